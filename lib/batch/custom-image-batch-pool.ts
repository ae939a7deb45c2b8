import {
  BatchPool,
  BatchPoolContainerConfiguration,
  BatchPoolNetworkConfiguration,
  BatchPoolStartTask,
} from '@cdktf/provider-azurerm/lib/batch-pool';
import { TerraformResource, TerraformStack, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { declareArmResource } from '../arm/arm-resources';
import { batchPoolArmResource } from '../arm/resources/batch-pool';
import { IBatchPoolImage } from '../compute/batch-pool-image';
import { ConstructValidationError, withConstructPath } from '../core/errors';
import { validateResourceIdProp } from '../core/resource-id-prop';
import { isUnresolved } from '../core/tokens';
import { AppModel } from '../validation/app-model';
import { CustomImagePoolChecks } from '../validation/checks';
import { PoolDescription, ScaleDescription } from '../validation/model';
import { accountLabel } from '../validation/wording';
import { IBatchAccount } from './batch-account';
import { AZURERM_BATCH_API_VERSION } from './batch-api-version';
import { InboundNatPool } from './inbound-nat-pool';
import { addNatPoolPortGuards } from './inbound-nat-pool-guards';
import { validateInboundNatPools } from './inbound-nat-pool-validation';
import { PoolScale } from './pool-scale';
import { checkPoolPropTypes } from './pool-prop-types';
import { bindPoolScale } from './pool-scale-binding';
import { CachingType } from '../core/caching-type';
import {
  ContainerConfiguration,
  ContainerType,
  DataDisk,
  DataDiskStorageAccountType,
  NodeFillType,
  PublicIpAddressProvisioning,
} from './pool-settings';
import { AutoUserScope, ElevationLevel, StartTask } from './start-task';
import { escapeTemplates } from '../core/template-escape';

// Fact F14 (azurerm validates the same).
const POOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
const MAX_DISPLAY_NAME_LENGTH = 1024;
const MAX_TASKS_PER_NODE = 256;
// Largest Standard HDD / Premium SSD managed disk (the storage types a pool's data disks take).
const MAX_DATA_DISK_GB = 32767;

/** Properties of a `CustomImageBatchPool`. */
export interface CustomImageBatchPoolProps {
  /** The Batch account the pool belongs to. */
  readonly account: IBatchAccount;
  /** Pool ID within the account: letters, digits, `-` and `_`, at most 64 characters. */
  readonly poolName: string;
  /**
   * Display name.
   *
   * @default - none
   */
  readonly displayName?: string;
  /**
   * The custom image the nodes boot: a managed image or a gallery image version. When the image
   * is created in this app, Terraform creates it before the pool and destroys it after the pool
   * (fact F3).
   */
  readonly image: IBatchPoolImage;
  /** VM size of the nodes, e.g. `Standard_D4s_v5`. */
  readonly vmSize: string;
  /**
   * Node agent SKU matching the image's OS (fact F10); see `NodeAgentSku` for common values.
   */
  readonly nodeAgentSkuId: string;
  /** Fixed size or autoscale: `PoolScale.fixed(...)` or `PoolScale.autoscale(...)`. */
  readonly scale: PoolScale;
  /**
   * Inbound NAT pools giving public access to ports of individual nodes (at most 5).
   *
   * @default - none
   */
  readonly inboundNatPools?: InboundNatPool[];
  /**
   * Resource ID of the virtual network subnet the nodes join; it must be in the account's
   * region and subscription. Required for a pool in a `BatchAccount` created here with public
   * network access disabled (its default): the nodes then reach the account's node management
   * endpoint through a `nodeManagement` private endpoint in this virtual network.
   *
   * @default - no virtual network: Batch places the nodes
   * @see https://learn.microsoft.com/azure/batch/private-connectivity
   */
  readonly subnetId?: string;
  /**
   * How nodes get public IP addresses.
   *
   * @default - not set: Batch uses BATCH_MANAGED
   */
  readonly publicIpAddressProvisioning?: PublicIpAddressProvisioning;
  /**
   * Public IP address resource IDs for `USER_MANAGED` provisioning (each serves up to 100
   * dedicated and 100 Spot nodes).
   *
   * @default - none
   */
  readonly publicIpAddressIds?: string[];
  /**
   * Task run on every node when it joins the pool.
   *
   * @default - none
   */
  readonly startTask?: StartTask;
  /**
   * Task slots per node: 1 to 256 (Azure also caps it at 4 times the VM's cores).
   *
   * @default 1
   */
  readonly maxTasksPerNode?: number;
  /**
   * How tasks are distributed across nodes.
   *
   * @default NodeFillType.SPREAD - Azure's default
   */
  readonly taskSchedulingPolicy?: NodeFillType;
  /**
   * Whether nodes can talk to each other directly (MPI workloads). Enabling it constrains
   * where Batch can place nodes and may limit the pool's size.
   *
   * @default false - Azure's default (azurerm would enable it)
   * @see https://learn.microsoft.com/azure/batch/batch-mpi
   */
  readonly interNodeCommunication?: boolean;
  /**
   * Resource IDs of user-assigned managed identities for the nodes.
   *
   * @default - no identity
   */
  readonly userAssignedIdentityIds?: string[];
  /**
   * Name-value pairs stored with the pool.
   *
   * @default - none
   */
  readonly metadata?: { [key: string]: string };
  /**
   * Makes the pool run container tasks.
   *
   * @default - no container support
   */
  readonly containerConfiguration?: ContainerConfiguration;
  /**
   * Empty data disks attached to every node.
   *
   * @default - none
   */
  readonly dataDisks?: DataDisk[];
}

/**
 * An Azure Batch pool whose nodes boot a custom image (`azurerm_batch_pool`). Azure's
 * custom-image rules are checked at synth by `CustomImagePoolChecks`, which this construct
 * adds to its stack.
 *
 * @see https://learn.microsoft.com/azure/batch/batch-custom-images
 */
export class CustomImageBatchPool extends Construct {
  /** Pool name (ID within the account). */
  public readonly poolName: string;
  /** ARM resource ID of the pool (a Terraform token). */
  public get poolId(): string {
    // Read on demand: each read of an L1 `id` creates a token, and most apps never read this one.
    return (this.cachedPoolId ??= this.resource.id);
  }
  /** The account the pool belongs to. */
  public readonly account: IBatchAccount;
  /** The image the nodes boot. */
  public readonly image: IBatchPoolImage;
  /** The scale settings as given. */
  public readonly scale: PoolScale;
  /** The scale as the node-limit rules see it: dedicated and Spot counts, whether bounded. */
  public readonly scaleDescription: ScaleDescription;
  /** The underlying `azurerm_batch_pool` resource. */
  public readonly resource: BatchPool;

  private readonly props: CustomImageBatchPoolProps;
  private cachedPoolId?: string;

  constructor(scope: Construct, id: string, props: CustomImageBatchPoolProps) {
    super(scope, id);
    validateProps(this, props);
    const scale = bindPoolScale(this, props.scale);
    validateInboundNatPools(
      this,
      props.inboundNatPools ?? [],
      props.publicIpAddressProvisioning === PublicIpAddressProvisioning.NO_PUBLIC_IP_ADDRESSES,
    );

    this.props = props;
    this.poolName = props.poolName;
    this.account = props.account;
    this.image = props.image;
    this.scale = props.scale;
    this.scaleDescription = scale.description;

    this.resource = new BatchPool(this, 'Resource', escapeTemplates({
      name: props.poolName,
      accountName: props.account.accountName,
      resourceGroupName: props.account.resourceGroupName,
      displayName: props.displayName,
      vmSize: props.vmSize,
      nodeAgentSkuId: props.nodeAgentSkuId,
      storageImageReference: { id: props.image.imageId },
      fixedScale: scale.fixedScale,
      autoScale: scale.autoScale,
      maxTasksPerNode: props.maxTasksPerNode ?? 1,
      taskSchedulingPolicy: [{ nodeFillType: props.taskSchedulingPolicy ?? NodeFillType.SPREAD }],
      interNodeCommunication: props.interNodeCommunication ? 'Enabled' : 'Disabled',
      identity:
        props.userAssignedIdentityIds && props.userAssignedIdentityIds.length > 0
          ? { type: 'UserAssigned', identityIds: props.userAssignedIdentityIds }
          : undefined,
      metadata: props.metadata,
      startTask: props.startTask ? renderStartTask(props.startTask) : undefined,
      networkConfiguration: renderNetworkConfiguration(props),
      containerConfiguration: props.containerConfiguration
        ? renderContainerConfiguration(props.containerConfiguration)
        : undefined,
      dataDisks: props.dataDisks?.map((disk) => ({
        lun: disk.lun,
        diskSizeGb: disk.diskSizeGb,
        caching: disk.caching ?? CachingType.READ_ONLY,
        storageAccountType: disk.storageAccountType ?? DataDiskStorageAccountType.STANDARD_LRS,
      })),
      // Terraform destroys dependents first: the pool goes before its image (fact F3). The
      // account is referenced by its literal name, so the order is made explicit here too.
      dependsOn: nonEmpty([...terraformResourcesOf(this, props.image), ...terraformResourcesOf(this, props.account)]),
    }));
    addNatPoolPortGuards(this, this.resource, props.inboundNatPools ?? []);
    declareArmResource(this, () => batchPoolArmResource(this, props, scale));

    AppModel.of(this).registerPool(this, () => this.describePool());
    CustomImagePoolChecks.ensureOn(this);
  }

  /** The typed description the validation rules read. */
  public describePool(): PoolDescription {
    const props = this.props;
    const startTask = props.startTask;
    return {
      constructPath: this.node.path,
      poolName: this.poolName,
      account: this.account.describeAccount(),
      image: this.image.describeImage(),
      vmSize: props.vmSize,
      nodeAgentSkuId: props.nodeAgentSkuId,
      scale: this.scaleDescription,
      inboundNatPools: (props.inboundNatPools ?? []).map((pool) => ({
        name: pool.name,
        protocol: pool.protocol,
        backendPort: pool.backendPort,
        frontendPortRangeStart: pool.frontendPortRangeStart,
        frontendPortRangeEnd: pool.frontendPortRangeEnd,
        networkSecurityGroupRules: (pool.networkSecurityGroupRules ?? []).map((rule) => ({
          access: rule.access,
          priority: rule.priority,
          sourceAddressPrefix: rule.sourceAddressPrefix,
          sourcePortRanges: rule.sourcePortRanges,
        })),
      })),
      subnetId: props.subnetId,
      publicIpAddressProvisioning: props.publicIpAddressProvisioning,
      startTask: startTask
        ? {
            commandLine: startTask.commandLine,
            elevatedAdmin: (startTask.elevationLevel ?? ElevationLevel.NON_ADMIN) === ElevationLevel.ADMIN,
            resourceFiles: (startTask.resourceFiles ?? []).map((file) => ({
              url: file.httpUrl ?? file.storageContainerUrl,
              autoStorageContainerName: file.autoStorageContainerName,
            })),
          }
        : undefined,
      batchApiVersion: AZURERM_BATCH_API_VERSION,
    };
  }
}

/**
 * The Terraform resources under `construct` in the pool's stack: empty for an image or account
 * referenced by ID. Other stacks are left out; cdktf orders stacks through the references.
 */
function terraformResourcesOf(pool: IConstruct, construct: IConstruct): TerraformResource[] {
  const stack = TerraformStack.of(pool);
  return construct.node
    .findAll()
    .filter((c): c is TerraformResource => c instanceof TerraformResource && TerraformStack.of(c) === stack);
}

function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length > 0 ? items : undefined;
}

function renderStartTask(task: StartTask): BatchPoolStartTask {
  return {
    commandLine: task.commandLine,
    waitForSuccess: task.waitForSuccess ?? true,
    taskRetryMaximum: task.maxTaskRetryCount,
    commonEnvironmentProperties: task.environment,
    userIdentity: {
      autoUser: {
        elevationLevel: task.elevationLevel ?? ElevationLevel.NON_ADMIN,
        scope: task.autoUserScope ?? AutoUserScope.POOL,
      },
    },
    resourceFile: task.resourceFiles?.map((file) => ({
      httpUrl: file.httpUrl,
      storageContainerUrl: file.storageContainerUrl,
      autoStorageContainerName: file.autoStorageContainerName,
      filePath: file.filePath,
      blobPrefix: file.blobPrefix,
      fileMode: file.fileMode,
      userAssignedIdentityId: file.userAssignedIdentityId,
    })),
  };
}

function renderNetworkConfiguration(props: CustomImageBatchPoolProps): BatchPoolNetworkConfiguration | undefined {
  const natPools = props.inboundNatPools ?? [];
  if (props.subnetId === undefined && natPools.length === 0 && props.publicIpAddressProvisioning === undefined) {
    return undefined;
  }
  return {
    subnetId: props.subnetId,
    publicAddressProvisioningType: props.publicIpAddressProvisioning,
    publicIps: props.publicIpAddressIds,
    endpointConfiguration:
      natPools.length > 0
        ? natPools.map((pool) => ({
            name: pool.name,
            protocol: pool.protocol,
            backendPort: pool.backendPort,
            // Token.asString keeps number tokens intact inside the string.
            frontendPortRange: `${Token.asString(pool.frontendPortRangeStart)}-${Token.asString(pool.frontendPortRangeEnd)}`,
            networkSecurityGroupRules: pool.networkSecurityGroupRules?.map((rule) => ({
              access: rule.access,
              priority: rule.priority,
              sourceAddressPrefix: rule.sourceAddressPrefix,
              sourcePortRanges: rule.sourcePortRanges ?? ['*'],
            })),
          }))
        : undefined,
  };
}

function renderContainerConfiguration(config: ContainerConfiguration): BatchPoolContainerConfiguration {
  return {
    type: config.type ?? ContainerType.DOCKER_COMPATIBLE,
    containerImageNames: config.containerImageNames,
    containerRegistries: config.containerRegistries?.map((registry) => ({
      registryServer: registry.registryServer,
      userName: registry.userName,
      password: registry.password,
      userAssignedIdentityId: registry.userAssignedIdentityId,
    })),
  };
}

function validateProps(scope: IConstruct, props: CustomImageBatchPoolProps): void {
  const fail = (message: string): never => {
    throw new ConstructValidationError(scope, message);
  };
  const known = (value: unknown): boolean => value !== undefined && !isUnresolved(value);

  checkPoolPropTypes(scope, props);
  const account = props.account.describeAccount();
  if (account.managedInApp && account.publicNetworkAccessEnabled === false && props.subnetId === undefined) {
    fail(
      `subnetId is not set, but ${accountLabel(account)} has public network access disabled: nodes outside a virtual network cannot reach its node management endpoint and become unusable — ` +
        "pass the subnetId of a virtual network that has a 'nodeManagement' private endpoint of the account, or create the account with publicNetworkAccess: BatchPublicNetworkAccess.ENABLED.",
    );
  }
  if (known(props.poolName) && (typeof props.poolName !== 'string' || !POOL_NAME.test(props.poolName))) {
    fail(
      `poolName '${props.poolName}' is not valid; use 1-64 letters, digits, '-' and '_' (e.g. '${String(props.poolName ?? '').replace(/[^a-zA-Z0-9_-]/g, '-').slice(0, 64) || 'render-pool'}').`,
    );
  }
  if (known(props.displayName) && props.displayName!.length > MAX_DISPLAY_NAME_LENGTH) {
    fail(`displayName has ${props.displayName!.length} characters; Batch allows at most ${MAX_DISPLAY_NAME_LENGTH} — shorten it.`);
  }
  if (!isUnresolved(props.vmSize) && (typeof props.vmSize !== 'string' || props.vmSize.trim() === '')) {
    fail("vmSize is empty; pass a VM size such as 'Standard_D4s_v5'.");
  }
  if (!isUnresolved(props.nodeAgentSkuId) && (typeof props.nodeAgentSkuId !== 'string' || props.nodeAgentSkuId.trim() === '')) {
    fail("nodeAgentSkuId is empty; pass the SKU matching the image's OS, e.g. NodeAgentSku.UBUNTU_22_04.");
  }
  if (known(props.maxTasksPerNode)) {
    const slots = props.maxTasksPerNode!;
    if (!Number.isInteger(slots) || slots < 1 || slots > MAX_TASKS_PER_NODE) {
      fail(`maxTasksPerNode is ${slots}; use a whole number from 1 to ${MAX_TASKS_PER_NODE} (and at most 4 times the VM's cores).`);
    }
  }

  withConstructPath(scope, () => {
    validateResourceIdProp('subnetId', props.subnetId, 'Microsoft.Network/virtualNetworks/subnets', 'subnet');
    // Each ID on its own: a list with one token in it still has literal IDs to check.
    (props.publicIpAddressIds ?? []).forEach((id, i) =>
      validateResourceIdProp(`publicIpAddressIds[${i}]`, id, 'Microsoft.Network/publicIPAddresses', 'public IP address'),
    );
    (props.userAssignedIdentityIds ?? []).forEach((id, i) =>
      validateResourceIdProp(`userAssignedIdentityIds[${i}]`, id, 'Microsoft.ManagedIdentity/userAssignedIdentities', 'user-assigned identity'),
    );
  });

  const provisioning = props.publicIpAddressProvisioning;
  const ips = props.publicIpAddressIds;
  if (provisioning === PublicIpAddressProvisioning.USER_MANAGED && (!ips || (!isUnresolved(ips) && ips.length === 0))) {
    fail("publicIpAddressProvisioning is 'UserManaged' but publicIpAddressIds is empty; pass the public IP address IDs, or use BATCH_MANAGED.");
  }
  if (ips && provisioning !== PublicIpAddressProvisioning.USER_MANAGED) {
    fail(
      `publicIpAddressIds is set but publicIpAddressProvisioning is '${provisioning ?? 'not set'}'; set publicIpAddressProvisioning to PublicIpAddressProvisioning.USER_MANAGED or remove publicIpAddressIds.`,
    );
  }

  const task = props.startTask;
  if (task) {
    if (!isUnresolved(task.commandLine) && (typeof task.commandLine !== 'string' || task.commandLine.trim() === '')) {
      fail("startTask.commandLine is empty; pass the command to run, e.g. '/bin/sh -c \"./setup.sh\"'.");
    }
    if (known(task.maxTaskRetryCount) && (!Number.isInteger(task.maxTaskRetryCount) || task.maxTaskRetryCount! < -1)) {
      fail(`startTask.maxTaskRetryCount is ${task.maxTaskRetryCount}; use a whole number >= 0, or -1 to retry without limit.`);
    }
    (task.resourceFiles ?? []).forEach((file, i) => {
      const at = `startTask.resourceFiles[${i}]`;
      // Read from the fields, not the `source` getter: a plain object in place of a ResourceFile has none.
      const source = file.httpUrl ?? file.storageContainerUrl ?? file.autoStorageContainerName;
      if (!isUnresolved(source) && (typeof source !== 'string' || source.trim() === '')) {
        fail(`${at} has an empty source; pass a URL or container name to ResourceFile.fromHttpUrl/fromStorageContainerUrl/fromAutoStorageContainer.`);
      }
      if (file.httpUrl !== undefined && !isUnresolved(file.filePath) && (file.filePath ?? '').trim() === '') {
        fail(`${at}.filePath is empty; a file from an HTTP URL needs the path to write it to, e.g. 'setup.sh'.`);
      }
      if (known(file.filePath) && file.filePath!.split(/[\\/]/).includes('..')) {
        fail(`${at}.filePath '${file.filePath}' leaves the task's working directory ('..'); use a path inside it.`);
      }
    });
  }

  const luns = new Map<number, number>();
  (props.dataDisks ?? []).forEach((disk, i) => {
    const at = `dataDisks[${i}]`;
    if (known(disk.lun)) {
      if (!Number.isInteger(disk.lun) || disk.lun < 0 || disk.lun > 63) fail(`${at}.lun is ${disk.lun}; use a whole number from 0 to 63.`);
      const other = luns.get(disk.lun);
      if (other !== undefined) fail(`${at}.lun ${disk.lun} is also the LUN of dataDisks[${other}]; give each data disk its own LUN.`);
      luns.set(disk.lun, i);
    }
    if (known(disk.diskSizeGb) && (!Number.isInteger(disk.diskSizeGb) || disk.diskSizeGb < 1 || disk.diskSizeGb > MAX_DATA_DISK_GB)) {
      fail(`${at}.diskSizeGb is ${disk.diskSizeGb}; use a whole number of GiB from 1 to ${MAX_DATA_DISK_GB} (the largest Standard or Premium managed disk).`);
    }
  });
}
