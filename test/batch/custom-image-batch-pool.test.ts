import { Aspects, TerraformResource, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { BatchAccount } from '../../lib/batch/batch-account';
import { BatchPublicNetworkAccess } from '../../lib/batch/batch-account-settings';
import { CustomImageBatchPool } from '../../lib/batch/custom-image-batch-pool';
import { InboundEndpointProtocol, NetworkSecurityGroupRuleAccess } from '../../lib/batch/inbound-nat-pool';
import { NodeAgentSku } from '../../lib/batch/node-agent-sku';
import { PoolScale } from '../../lib/batch/pool-scale';
import { CachingType } from '../../lib/core/caching-type';
import {
  ContainerType,
  DataDiskStorageAccountType,
  NodeFillType,
  PublicIpAddressProvisioning,
} from '../../lib/batch/pool-settings';
import { AutoUserScope, ElevationLevel, ResourceFile } from '../../lib/batch/start-task';
import { Duration } from '../../lib/core/duration';
import { OsType } from '../../lib/core/os-type';
import { AppModel } from '../../lib/validation/app-model';
import { CustomImagePoolChecks } from '../../lib/validation/checks';
import { ImageKind, ScaleMode } from '../../lib/validation/model';
import { FakeImage } from './support/fake-image';
import { ACCOUNT_ID, importedAccount, newPool, SUBSCRIPTION } from './support/pool';
import { newStack, onlyResource, resolve, synthJson } from './support/synth';

const POOL = 'azurerm_batch_pool';
const SUBNET_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/batch`;
const IDENTITY_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/nodes`;
const IP_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-net/providers/Microsoft.Network/publicIPAddresses/pool-ip`;

/** The Terraform address of a resource, e.g. `fake_image.Image_9D742C96`. */
function fqnOf(resource: TerraformResource): string {
  return `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
}

describe('CustomImageBatchPool: synthesis', () => {
  it('creates one azurerm_batch_pool in the account, on the image, with the documented defaults', () => {
    const stack = newStack();
    const image = new FakeImage(stack, 'Image');
    newPool(stack, { image });
    const json = synthJson(stack);
    expect(Object.keys(json.resource[POOL])).toHaveLength(1);
    const pool = onlyResource(stack, POOL);
    expect(pool).toMatchObject({
      name: 'render',
      account_name: 'acme',
      resource_group_name: 'rg-batch',
      vm_size: 'Standard_D4s_v5',
      node_agent_sku_id: 'batch.node.ubuntu 22.04',
      storage_image_reference: { id: `\${${fqnOf(image.resource!)}.id}` },
      max_tasks_per_node: 1,
      task_scheduling_policy: [{ node_fill_type: 'Spread' }],
      inter_node_communication: 'Disabled',
    });
    for (const absent of ['display_name', 'network_configuration', 'start_task', 'identity', 'metadata', 'container_configuration', 'data_disks']) {
      expect(pool[absent]).toBeUndefined();
    }
  });

  it('depends on the resources of an image created in the app, so Terraform destroys the pool first (F3)', () => {
    const stack = newStack();
    const image = new FakeImage(stack, 'Image');
    newPool(stack, { image });
    expect(onlyResource(stack, POOL).depends_on).toEqual([fqnOf(image.resource!)]);
  });

  it('has no dependency for an image referenced by ID', () => {
    const stack = newStack();
    const image = new FakeImage(stack, 'Image', { managedInApp: false });
    newPool(stack, { image });
    const pool = onlyResource(stack, POOL);
    expect(pool.depends_on).toBeUndefined();
    expect(pool.storage_image_reference.id).toBe(image.imageId);
  });

  it('depends on an account created in the app, which it names literally', () => {
    const stack = newStack();
    const image = new FakeImage(stack, 'Image');
    const account = new BatchAccount(stack, 'Account', {
      name: 'acmebatch',
      resourceGroupName: 'rg-batch',
      location: 'westeurope',
      publicNetworkAccess: BatchPublicNetworkAccess.ENABLED,
    });
    newPool(stack, { image, account });
    const pool = onlyResource(stack, POOL);
    expect(pool.account_name).toBe('acmebatch');
    expect(pool.depends_on).toEqual([fqnOf(image.resource!), fqnOf(account.resource)]);
  });

  it('leaves out resources of an image in another stack (cdktf orders the stacks through the reference)', () => {
    const app = Testing.app();
    const imageStack = new TerraformStack(app, 'Images');
    const poolStack = new TerraformStack(app, 'Pools');
    const image = new FakeImage(imageStack, 'Image');
    const pool = newPool(poolStack, { image, account: importedAccount(poolStack) });
    expect(pool.resource.dependsOn).toBeUndefined();
  });

  it('exposes pool name, pool ID token, account and image', () => {
    const stack = newStack();
    const pool = newPool(stack);
    expect(pool.poolName).toBe('render');
    expect(resolve(stack, pool.poolId)).toBe(`\${${fqnOf(pool.resource)}.id}`);
    expect(pool.account.accountId).toBe(ACCOUNT_ID);
    expect(pool.image).toBe(stack.node.findChild('Image'));
  });

  it('renders display name, VM size, SKU, task slots, scheduling, inter-node communication, identity and metadata', () => {
    const stack = newStack();
    newPool(stack, {
      displayName: 'Render farm',
      vmSize: 'Standard_F8s_v2',
      nodeAgentSkuId: NodeAgentSku.WINDOWS_AMD64,
      maxTasksPerNode: 4,
      taskSchedulingPolicy: NodeFillType.PACK,
      interNodeCommunication: true,
      userAssignedIdentityIds: [IDENTITY_ID],
      metadata: { team: 'render' },
    });
    expect(onlyResource(stack, POOL)).toMatchObject({
      display_name: 'Render farm',
      vm_size: 'Standard_F8s_v2',
      node_agent_sku_id: 'batch.node.windows amd64',
      max_tasks_per_node: 4,
      task_scheduling_policy: [{ node_fill_type: 'Pack' }],
      inter_node_communication: 'Enabled',
      identity: { type: 'UserAssigned', identity_ids: [IDENTITY_ID] },
      metadata: { team: 'render' },
    });
  });

  it('renders no identity for an empty identity list', () => {
    const stack = newStack();
    newPool(stack, { userAssignedIdentityIds: [] });
    expect(onlyResource(stack, POOL).identity).toBeUndefined();
  });

  it('renders the subnet and public IP provisioning', () => {
    const stack = newStack();
    newPool(stack, { subnetId: SUBNET_ID, publicIpAddressProvisioning: PublicIpAddressProvisioning.NO_PUBLIC_IP_ADDRESSES });
    expect(onlyResource(stack, POOL).network_configuration).toEqual({
      subnet_id: SUBNET_ID,
      public_address_provisioning_type: 'NoPublicIPAddresses',
    });
  });

  it('renders user-managed public IPs', () => {
    const stack = newStack();
    newPool(stack, { publicIpAddressProvisioning: PublicIpAddressProvisioning.USER_MANAGED, publicIpAddressIds: [IP_ID] });
    expect(onlyResource(stack, POOL).network_configuration).toEqual({
      public_address_provisioning_type: 'UserManaged',
      public_ips: [IP_ID],
    });
  });

  it('renders a start task with least privilege, pool scope and wait-for-success by default', () => {
    const stack = newStack();
    newPool(stack, { startTask: { commandLine: '/bin/sh -c "echo ready"' } });
    expect(onlyResource(stack, POOL).start_task).toEqual({
      command_line: '/bin/sh -c "echo ready"',
      wait_for_success: true,
      user_identity: { auto_user: { elevation_level: 'NonAdmin', scope: 'Pool' } },
    });
  });

  it('renders every start task setting and each kind of resource file', () => {
    const stack = newStack();
    newPool(stack, {
      startTask: {
        commandLine: '/bin/sh -c ./setup.sh',
        elevationLevel: ElevationLevel.ADMIN,
        autoUserScope: AutoUserScope.TASK,
        waitForSuccess: false,
        maxTaskRetryCount: 3,
        environment: { STAGE: 'prod' },
        resourceFiles: [
          ResourceFile.fromHttpUrl('https://acme.blob.core.windows.net/setup/setup.sh', 'setup.sh', { fileMode: '0755' }),
          ResourceFile.fromStorageContainerUrl('https://acme.blob.core.windows.net/tools', {
            filePath: 'tools',
            blobPrefix: 'linux/',
            userAssignedIdentityId: IDENTITY_ID,
          }),
          ResourceFile.fromAutoStorageContainer('scripts'),
        ],
      },
    });
    expect(onlyResource(stack, POOL).start_task).toEqual({
      command_line: '/bin/sh -c ./setup.sh',
      wait_for_success: false,
      task_retry_maximum: 3,
      common_environment_properties: { STAGE: 'prod' },
      user_identity: { auto_user: { elevation_level: 'Admin', scope: 'Task' } },
      resource_file: [
        { http_url: 'https://acme.blob.core.windows.net/setup/setup.sh', file_path: 'setup.sh', file_mode: '0755' },
        {
          storage_container_url: 'https://acme.blob.core.windows.net/tools',
          file_path: 'tools',
          blob_prefix: 'linux/',
          user_assigned_identity_id: IDENTITY_ID,
        },
        { auto_storage_container_name: 'scripts' },
      ],
    });
  });

  it('renders a container configuration, Docker-compatible by default', () => {
    const stack = newStack();
    newPool(stack, {
      containerConfiguration: {
        containerImageNames: ['acme.azurecr.io/render:1'],
        containerRegistries: [{ registryServer: 'acme.azurecr.io', userAssignedIdentityId: IDENTITY_ID }],
      },
    });
    expect(onlyResource(stack, POOL).container_configuration).toEqual({
      type: 'DockerCompatible',
      container_image_names: ['acme.azurecr.io/render:1'],
      container_registries: [{ registry_server: 'acme.azurecr.io', user_assigned_identity_id: IDENTITY_ID }],
    });
    const other = newStack();
    newPool(other, { containerConfiguration: { type: ContainerType.CRI_COMPATIBLE } });
    expect(onlyResource(other, POOL).container_configuration).toEqual({ type: 'CriCompatible' });
  });

  it('renders data disks, read-only cached Standard_LRS by default', () => {
    const stack = newStack();
    newPool(stack, {
      dataDisks: [
        { lun: 0, diskSizeGb: 128 },
        { lun: 1, diskSizeGb: 1024, caching: CachingType.NONE, storageAccountType: DataDiskStorageAccountType.PREMIUM_LRS },
      ],
    });
    expect(onlyResource(stack, POOL).data_disks).toEqual([
      { lun: 0, disk_size_gb: 128, caching: 'ReadOnly', storage_account_type: 'Standard_LRS' },
      { lun: 1, disk_size_gb: 1024, caching: 'None', storage_account_type: 'Premium_LRS' },
    ]);
  });
});

describe('CustomImageBatchPool: construction-time errors', () => {
  it.each([
    ['render pool', 'render-pool'],
    ['render.pool', 'render-pool'],
    ['', 'render-pool'],
    ['p'.repeat(65), 'p'.repeat(64)],
  ])('rejects the pool name %p', (poolName, suggestion) => {
    expect(() => newPool(newStack(), { poolName })).toThrow(
      `[Test/Pool] poolName '${poolName}' is not valid; use 1-64 letters, digits, '-' and '_' (e.g. '${suggestion}').`,
    );
  });

  it('accepts a 64-character name and a token name', () => {
    expect(() => newPool(newStack(), { poolName: 'P_-9'.repeat(16) })).not.toThrow();
    const stack = newStack();
    const name = new TerraformVariable(stack, 'pool', { type: 'string' });
    expect(() => newPool(stack, { poolName: name.stringValue })).not.toThrow();
  });

  it('rejects a display name over 1024 characters', () => {
    expect(() => newPool(newStack(), { displayName: 'd'.repeat(1025) })).toThrow(
      '[Test/Pool] displayName has 1025 characters; Batch allows at most 1024 — shorten it.',
    );
  });

  it('rejects an empty VM size or node agent SKU', () => {
    expect(() => newPool(newStack(), { vmSize: ' ' })).toThrow("[Test/Pool] vmSize is empty; pass a VM size such as 'Standard_D4s_v5'.");
    expect(() => newPool(newStack(), { nodeAgentSkuId: '' })).toThrow(
      "[Test/Pool] nodeAgentSkuId is empty; pass the SKU matching the image's OS, e.g. NodeAgentSku.UBUNTU_22_04.",
    );
  });

  it('rejects a pool without a subnet in an account created with public network access disabled', () => {
    const stack = newStack();
    const account = new BatchAccount(stack, 'Account', { name: 'acmebatch', resourceGroupName: 'rg-batch', location: 'westeurope' });
    expect(() => newPool(stack, { account })).toThrow(
      "[Test/Pool] subnetId is not set, but Batch account 'acmebatch' has public network access disabled: nodes outside a virtual network " +
        "cannot reach its node management endpoint and become unusable — pass the subnetId of a virtual network that has a 'nodeManagement' " +
        'private endpoint of the account, or create the account with publicNetworkAccess: BatchPublicNetworkAccess.ENABLED.',
    );
    expect(() => newPool(stack, { account, subnetId: SUBNET_ID }, 'InSubnet')).not.toThrow();
  });

  it('rejects a missing account or image', () => {
    const stack = newStack();
    const image = new FakeImage(stack, 'Image');
    expect(
      () =>
        new CustomImageBatchPool(stack, 'NoAccount', {
          image,
          account: undefined as never,
          poolName: 'p',
          vmSize: 'Standard_D4s_v5',
          nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
          scale: PoolScale.fixed(),
        }),
    ).toThrow('[Test/NoAccount] account is missing; pass a Batch account');
    expect(
      () =>
        new CustomImageBatchPool(stack, 'NoImage', {
          image: undefined as never,
          account: importedAccount(stack),
          poolName: 'p',
          vmSize: 'Standard_D4s_v5',
          nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
          scale: PoolScale.fixed(),
        }),
    ).toThrow('[Test/NoImage] image is missing; pass the custom image the nodes boot');
  });

  it.each([0, 257, 1.5])('rejects maxTasksPerNode %p', (maxTasksPerNode) => {
    expect(() => newPool(newStack(), { maxTasksPerNode })).toThrow(
      `[Test/Pool] maxTasksPerNode is ${maxTasksPerNode}; use a whole number from 1 to 256 (and at most 4 times the VM's cores).`,
    );
  });

  it('rejects user-managed provisioning without public IPs, and public IPs without it', () => {
    expect(() => newPool(newStack(), { publicIpAddressProvisioning: PublicIpAddressProvisioning.USER_MANAGED })).toThrow(
      "[Test/Pool] publicIpAddressProvisioning is 'UserManaged' but publicIpAddressIds is empty; pass the public IP address IDs, or use BATCH_MANAGED.",
    );
    expect(() => newPool(newStack(), { publicIpAddressIds: [IP_ID] })).toThrow(
      "[Test/Pool] publicIpAddressIds is set but publicIpAddressProvisioning is 'not set'; set publicIpAddressProvisioning to PublicIpAddressProvisioning.USER_MANAGED or remove publicIpAddressIds.",
    );
  });

  it('rejects an empty start task command line and a retry count under -1', () => {
    expect(() => newPool(newStack(), { startTask: { commandLine: '' } })).toThrow(
      '[Test/Pool] startTask.commandLine is empty; pass the command to run',
    );
    expect(() => newPool(newStack(), { startTask: { commandLine: 'x', maxTaskRetryCount: -2 } })).toThrow(
      '[Test/Pool] startTask.maxTaskRetryCount is -2; use a whole number >= 0, or -1 to retry without limit.',
    );
    expect(() => newPool(newStack(), { startTask: { commandLine: 'x', maxTaskRetryCount: -1 } })).not.toThrow();
  });

  it('rejects resource files without a source, without a file path for an HTTP URL, or leaving the working directory', () => {
    const task = (file: ResourceFile) => ({ startTask: { commandLine: 'x', resourceFiles: [file] } });
    expect(() => newPool(newStack(), task(ResourceFile.fromAutoStorageContainer('')))).toThrow(
      '[Test/Pool] startTask.resourceFiles[0] has an empty source',
    );
    expect(() => newPool(newStack(), task(ResourceFile.fromHttpUrl('https://x/y.sh', '')))).toThrow(
      "[Test/Pool] startTask.resourceFiles[0].filePath is empty; a file from an HTTP URL needs the path to write it to, e.g. 'setup.sh'.",
    );
    expect(() => newPool(newStack(), task(ResourceFile.fromStorageContainerUrl('https://x/c', { filePath: '../etc' })))).toThrow(
      "[Test/Pool] startTask.resourceFiles[0].filePath '../etc' leaves the task's working directory ('..'); use a path inside it.",
    );
  });

  it('rejects data disks with a LUN outside 0-63, a LUN used twice, or a size under 1 GiB', () => {
    expect(() => newPool(newStack(), { dataDisks: [{ lun: 64, diskSizeGb: 10 }] })).toThrow(
      '[Test/Pool] dataDisks[0].lun is 64; use a whole number from 0 to 63.',
    );
    expect(() => newPool(newStack(), { dataDisks: [{ lun: 3, diskSizeGb: 10 }, { lun: 3, diskSizeGb: 20 }] })).toThrow(
      '[Test/Pool] dataDisks[1].lun 3 is also the LUN of dataDisks[0]; give each data disk its own LUN.',
    );
    expect(() => newPool(newStack(), { dataDisks: [{ lun: 0, diskSizeGb: 0 }] })).toThrow(
      '[Test/Pool] dataDisks[0].diskSizeGb is 0; use a whole number of GiB from 1 to 32767 (the largest Standard or Premium managed disk).',
    );
  });
});

describe('CustomImageBatchPool: what the rules see', () => {
  it('registers its PoolDescription with the values given', () => {
    const stack = newStack();
    const image = new FakeImage(stack, 'Image', { location: 'westeurope', subscriptionId: SUBSCRIPTION, osType: OsType.LINUX, lineage: 'snap-1' });
    const pool = newPool(stack, {
      image,
      scale: PoolScale.fixed({ dedicatedNodes: 3, spotNodes: 1, resizeTimeout: Duration.minutes(20) }),
      subnetId: SUBNET_ID,
      publicIpAddressProvisioning: PublicIpAddressProvisioning.BATCH_MANAGED,
      inboundNatPools: [
        {
          name: 'ssh',
          protocol: InboundEndpointProtocol.TCP,
          backendPort: 2222,
          frontendPortRangeStart: 1000,
          frontendPortRangeEnd: 1100,
          networkSecurityGroupRules: [{ access: NetworkSecurityGroupRuleAccess.ALLOW, priority: 150, sourceAddressPrefix: '10.0.0.0/8' }],
        },
        { name: 'udp', protocol: InboundEndpointProtocol.UDP, backendPort: 9000, frontendPortRangeStart: 2000, frontendPortRangeEnd: 2100 },
      ],
      startTask: {
        commandLine: './setup.sh',
        elevationLevel: ElevationLevel.ADMIN,
        resourceFiles: [ResourceFile.fromHttpUrl('https://x/setup.sh', 'setup.sh'), ResourceFile.fromAutoStorageContainer('tools')],
      },
    });

    expect(AppModel.of(pool).poolOf(pool)).toMatchObject({
      constructPath: 'Test/Pool',
      poolName: 'render',
      rollout: 'Replace',
      account: {
        constructPath: 'Test/Account',
        accountName: 'acme',
        location: 'westeurope',
        subscriptionId: SUBSCRIPTION,
        managedInApp: false,
      },
      image: {
        constructPath: 'Test/Image',
        kind: ImageKind.MANAGED_IMAGE,
        imageId: image.imageId,
        displayName: 'Image',
        location: 'westeurope',
        subscriptionId: SUBSCRIPTION,
        osType: OsType.LINUX,
        lineage: 'snap-1',
        managedInApp: true,
        targetRegions: undefined,
      },
      vmSize: 'Standard_D4s_v5',
      nodeAgentSkuId: 'batch.node.ubuntu 22.04',
      scale: { mode: ScaleMode.FIXED, dedicatedNodes: 3, spotNodes: 1, resizeTimeoutMinutes: 20, bounded: true },
      inboundNatPools: [
        {
          name: 'ssh',
          protocol: 'TCP',
          backendPort: 2222,
          frontendPortRangeStart: 1000,
          frontendPortRangeEnd: 1100,
          networkSecurityGroupRules: [{ access: 'Allow', priority: 150, sourceAddressPrefix: '10.0.0.0/8', sourcePortRanges: undefined }],
        },
        { name: 'udp', protocol: 'UDP', backendPort: 9000, frontendPortRangeStart: 2000, frontendPortRangeEnd: 2100, networkSecurityGroupRules: [] },
      ],
      subnetId: SUBNET_ID,
      publicIpAddressProvisioning: 'BatchManaged',
      startTask: {
        commandLine: './setup.sh',
        elevatedAdmin: true,
        resourceFiles: [
          { url: 'https://x/setup.sh', autoStorageContainerName: undefined },
          { url: undefined, autoStorageContainerName: 'tools' },
        ],
      },
      batchApiVersion: '2024-07-01',
    });
  });

  it('describes a minimal pool with no NAT pools, no start task and unset provisioning', () => {
    const pool = newPool(newStack());
    const description = AppModel.of(pool).poolOf(pool)!;
    expect(description.inboundNatPools).toEqual([]);
    expect(description.startTask).toBeUndefined();
    expect(description.publicIpAddressProvisioning).toBeUndefined();
    expect(description.subnetId).toBeUndefined();
  });

  it('describes a non-admin start task as not elevated', () => {
    const pool = newPool(newStack(), { startTask: { commandLine: 'x' } });
    expect(AppModel.of(pool).poolOf(pool)!.startTask).toMatchObject({ commandLine: 'x', elevatedAdmin: false, resourceFiles: [] });
  });

  it('adds the custom-image checks to its stack', () => {
    const stack = newStack();
    newPool(stack);
    expect(Aspects.of(stack).all.filter((a) => a instanceof CustomImagePoolChecks)).toHaveLength(1);
  });
});
