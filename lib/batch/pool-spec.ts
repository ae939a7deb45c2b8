import { IConstruct } from 'constructs';
import { ProblemList } from '../core/errors';
import { validateResourceIdProp } from '../core/resource-id-prop';
import { isUnresolved } from '../core/tokens';
import { CachingType } from '../core/caching-type';
import { PoolDescription, ScaleDescription } from '../spec/batch-pool';
import { accountLabel } from '../validation/wording';
import { AZURERM_BATCH_API_VERSION } from './batch-api-version';
import { CustomImageBatchPoolProps } from './custom-image-batch-pool-props';
import { validateInboundNatPools } from './inbound-nat-pool-validation';
import { checkPoolPropTypes } from './pool-prop-types';
import { bindPoolScale } from './pool-scale-binding';
import { ContainerType, DataDiskStorageAccountType, NodeFillType, PublicIpAddressProvisioning } from './pool-settings';
import { AutoUserScope, ElevationLevel, StartTask } from './start-task';
import { PoolRollout } from '../spec/pool-rollout';
import { blueGreenPoolId } from './blue-green-pool-id';

/*
 * The one place a pool's props are checked and normalised into its spec (`PoolDescription`).
 * Types are checked first (later checks read well-typed values); every value problem after that
 * is collected, so one error lists all of them, each with the value and its fix.
 */

// Batch pool IDs (https://learn.microsoft.com/rest/api/batchservice/pool/add); azurerm validates the same.
const POOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
const MAX_DISPLAY_NAME_LENGTH = 1024;
const MAX_TASKS_PER_NODE = 256;
// Largest Standard HDD / Premium SSD managed disk (the storage types a pool's data disks take).
const MAX_DATA_DISK_GB = 32767;

/** The pool's own spec: everything but the linked account and image, which are read when needed. */
export type PoolOwnSpec = Omit<PoolDescription, 'account' | 'image'>;

/** Checks `props` of the pool `scope` and returns its spec; throws one error listing every problem. */
export function normalisePoolProps(scope: IConstruct, props: CustomImageBatchPoolProps): PoolOwnSpec {
  checkPoolPropTypes(scope, props);
  const problems = new ProblemList(scope);
  checkPoolValues(props, problems);
  let scale: ScaleDescription | undefined;
  problems.collect(() => {
    scale = bindPoolScale(scope, props.scale);
  });
  problems.collect(() =>
    validateInboundNatPools(
      scope,
      props.inboundNatPools ?? [],
      props.publicIpAddressProvisioning === PublicIpAddressProvisioning.NO_PUBLIC_IP_ADDRESSES,
      problems,
    ),
  );
  const rollout = props.rollout ?? PoolRollout.REPLACE;
  const poolName = rollout === PoolRollout.BLUE_GREEN
    ? problems.collectValue(() => blueGreenPoolId(scope, props.poolName, props.image))
    : props.poolName;
  problems.throwIfAny();

  return {
    constructPath: scope.node.path,
    poolName: poolName!,
    rollout,
    displayName: props.displayName,
    vmSize: props.vmSize,
    nodeAgentSkuId: props.nodeAgentSkuId,
    scale: scale!,
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
    publicIpAddressIds: props.publicIpAddressIds,
    startTask: props.startTask ? startTaskSpec(props.startTask) : undefined,
    batchApiVersion: AZURERM_BATCH_API_VERSION,
    maxTasksPerNode: props.maxTasksPerNode ?? 1,
    taskSchedulingPolicy: props.taskSchedulingPolicy ?? NodeFillType.SPREAD,
    interNodeCommunication: props.interNodeCommunication ? true : false,
    userAssignedIdentityIds: props.userAssignedIdentityIds,
    metadata: props.metadata,
    containerConfiguration: props.containerConfiguration
      ? {
          type: props.containerConfiguration.type ?? ContainerType.DOCKER_COMPATIBLE,
          containerImageNames: props.containerConfiguration.containerImageNames,
          containerRegistries: props.containerConfiguration.containerRegistries?.map((registry) => ({
            registryServer: registry.registryServer,
            userName: registry.userName,
            password: registry.password,
            userAssignedIdentityId: registry.userAssignedIdentityId,
          })),
        }
      : undefined,
    dataDisks: props.dataDisks?.map((disk) => ({
      lun: disk.lun,
      diskSizeGb: disk.diskSizeGb,
      caching: disk.caching ?? CachingType.READ_ONLY,
      storageAccountType: disk.storageAccountType ?? DataDiskStorageAccountType.STANDARD_LRS,
    })),
  };
}

function startTaskSpec(task: StartTask): PoolDescription['startTask'] {
  const elevationLevel = task.elevationLevel ?? ElevationLevel.NON_ADMIN;
  return {
    commandLine: task.commandLine,
    elevatedAdmin: elevationLevel === ElevationLevel.ADMIN,
    resourceFiles: (task.resourceFiles ?? []).map((file) => ({
      url: file.httpUrl ?? file.storageContainerUrl,
      autoStorageContainerName: file.autoStorageContainerName,
      httpUrl: file.httpUrl,
      storageContainerUrl: file.storageContainerUrl,
      filePath: file.filePath,
      blobPrefix: file.blobPrefix,
      fileMode: file.fileMode,
      userAssignedIdentityId: file.userAssignedIdentityId,
    })),
    waitForSuccess: task.waitForSuccess ?? true,
    maxTaskRetryCount: task.maxTaskRetryCount,
    environment: task.environment,
    elevationLevel,
    autoUserScope: task.autoUserScope ?? AutoUserScope.POOL,
  };
}

function checkPoolValues(props: CustomImageBatchPoolProps, problems: ProblemList): void {
  const fail = (message: string): void => problems.add(message);
  const known = (value: unknown): boolean => value !== undefined && !isUnresolved(value);

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

  problems.collect(() => validateResourceIdProp('subnetId', props.subnetId, 'Microsoft.Network/virtualNetworks/subnets', 'subnet'));
  // Each ID on its own: a list with one token in it still has literal IDs to check.
  (props.publicIpAddressIds ?? []).forEach((id, i) =>
    problems.collect(() => validateResourceIdProp(`publicIpAddressIds[${i}]`, id, 'Microsoft.Network/publicIPAddresses', 'public IP address')),
  );
  (props.userAssignedIdentityIds ?? []).forEach((id, i) =>
    problems.collect(() =>
      validateResourceIdProp(`userAssignedIdentityIds[${i}]`, id, 'Microsoft.ManagedIdentity/userAssignedIdentities', 'user-assigned identity'),
    ),
  );

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
