import { TerraformStack, Testing } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ArmSynthesizer } from '../../../lib/arm/synthesizer';
import { BatchAccount } from '../../../lib/batch/batch-account';
import { BatchAccountIdentity } from '../../../lib/batch/batch-account-identity';
import { AutoStorageAuthenticationMode, BatchAuthenticationMode, BatchPublicNetworkAccess } from '../../../lib/batch/batch-account-settings';
import { CustomImageBatchPool } from '../../../lib/batch/custom-image-batch-pool';
import { InboundEndpointProtocol, NetworkSecurityGroupRuleAccess } from '../../../lib/batch/inbound-nat-pool';
import { NodeAgentSku } from '../../../lib/batch/node-agent-sku';
import { NodeDeallocationMethod, PoolScale } from '../../../lib/batch/pool-scale';
import { ContainerType, DataDiskStorageAccountType, NodeFillType, PublicIpAddressProvisioning } from '../../../lib/batch/pool-settings';
import { AutoUserScope, ElevationLevel, ResourceFile } from '../../../lib/batch/start-task';
import { ComputeGallery } from '../../../lib/compute/gallery/compute-gallery';
import { GalleryStorageAccountType } from '../../../lib/compute/gallery/target-region';
import { HyperVGeneration } from '../../../lib/compute/hyper-v-generation';
import { ImageProvisioning } from '../../../lib/compute/image-provisioning';
import { ManagedImageFromSnapshots } from '../../../lib/compute/managed-image-from-snapshots';
import { Snapshot } from '../../../lib/compute/snapshot';
import { StorageAccountType } from '../../../lib/compute/storage-account-type';
import { CachingType } from '../../../lib/core/caching-type';
import { Duration } from '../../../lib/core/duration';
import { OsType } from '../../../lib/core/os-type';

export const SUBSCRIPTION = '00000000-0000-0000-0000-000000000000';
export const LOCATION = 'westeurope';
const SNAPSHOTS = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-batch-images/providers/Microsoft.Compute/snapshots`;
export const ACCOUNT_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-batch/providers/Microsoft.Batch/batchAccounts/acmebatch`;

/** A fresh stack named `name` in a fresh app (with `context`), with the azurerm provider. */
export function newStack(name = 'batch-images', context: { [key: string]: string } = {}): TerraformStack {
  const stack = new TerraformStack(Testing.app({ context }), name);
  new AzurermProvider(stack, 'azurerm', { features: [{}], subscriptionId: SUBSCRIPTION });
  return stack;
}

/**
 * The example app of bin/main.ts, with its default values: images in one resource group, the imported account in another.
 * The pool keeps the default REPLACE rollout (named 'render'); bin/main.ts rolls over blue/green (test/bin checks that).
 */
export function exampleStack(): TerraformStack {
  const stack = newStack();
  const image = new ManagedImageFromSnapshots(stack, 'RenderImage', {
    name: 'img-render',
    resourceGroupName: 'rg-batch-images',
    location: LOCATION,
    subscriptionId: SUBSCRIPTION,
    osType: OsType.LINUX,
    osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'OsDiskSnapshot', `${SNAPSHOTS}/render-os`, { location: LOCATION }),
    dataDiskSnapshots: [{ lun: 0, snapshot: Snapshot.fromSnapshotId(stack, 'DataDiskSnapshot', `${SNAPSHOTS}/render-data`, { location: LOCATION }) }],
    preventDestroy: true,
  });
  const gallery = new ComputeGallery(stack, 'Gallery', { name: 'gal_batch_images', resourceGroupName: 'rg-batch-images', location: LOCATION });
  const definition = gallery.addImageDefinition('RenderDefinition', {
    name: 'render',
    osType: OsType.LINUX,
    identifier: { publisher: 'acme', offer: 'render', sku: 'ubuntu-22_04' },
  });
  new CustomImageBatchPool(stack, 'RenderPool', {
    account: BatchAccount.fromBatchAccountId(stack, 'BatchAccount', ACCOUNT_ID, { location: LOCATION }),
    poolName: 'render',
    image: image.publishTo(definition, { version: '1.0.0' }),
    vmSize: 'Standard_D4s_v5',
    nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
    scale: PoolScale.fixed({ dedicatedNodes: 4 }),
  });
  return stack;
}

/**
 * Every resource the synthesizer emits with every optional setting, all in one resource group:
 * an image from two data disks (built via managed disks in Terraform), a gallery, a definition,
 * a version in two regions, a Batch account created here, a fixed pool with every setting and
 * an autoscale pool that leaves its settings to their defaults.
 */
export function fullestStack(): TerraformStack {
  const stack = newStack('fullest');
  const rg = 'rg-render';
  const snapshot = (id: string, name: string) =>
    Snapshot.fromSnapshotId(stack, id, `/subscriptions/${SUBSCRIPTION}/resourceGroups/${rg}/providers/Microsoft.Compute/snapshots/${name}`, { location: LOCATION });
  const image = new ManagedImageFromSnapshots(stack, 'Image', {
    name: 'img-render',
    resourceGroupName: rg,
    location: LOCATION,
    osType: OsType.LINUX,
    osDiskSnapshot: snapshot('Os', 'os'),
    dataDiskSnapshots: [
      { lun: 0, snapshot: snapshot('Data0', 'data0'), caching: CachingType.READ_ONLY, sizeGb: 512 },
      { lun: 1, snapshot: snapshot('Data1', 'data1') },
    ],
    hyperVGeneration: HyperVGeneration.V2,
    zoneResilient: true,
    storageAccountType: StorageAccountType.PREMIUM_LRS,
    tags: { team: 'render' },
    provisioning: ImageProvisioning.VIA_MANAGED_DISKS,
  });
  const gallery = new ComputeGallery(stack, 'Gallery', {
    name: 'gal_render',
    resourceGroupName: rg,
    location: LOCATION,
    description: 'Render node images',
    tags: { team: 'render' },
  });
  const definition = gallery.addImageDefinition('Definition', {
    name: 'render-node',
    osType: OsType.LINUX,
    hyperVGeneration: HyperVGeneration.V2,
    identifier: { publisher: 'acme', offer: 'render', sku: 'ubuntu-22_04' },
    description: 'Render nodes',
    endOfLifeDate: '2030-12-31T00:00:00Z',
    tags: { team: 'render' },
  });
  const version = image.publishTo(definition, {
    version: '2026.3.14',
    targetRegions: [
      { name: LOCATION, replicaCount: 2, storageAccountType: GalleryStorageAccountType.STANDARD_ZRS },
      { name: 'northeurope' },
    ],
    excludeFromLatest: true,
    endOfLifeDate: '2030-12-31T00:00:00Z',
    tags: { build: '42' },
  });
  const account = new BatchAccount(stack, 'Account', {
    name: 'acmerender',
    resourceGroupName: rg,
    location: LOCATION,
    publicNetworkAccess: BatchPublicNetworkAccess.DISABLED,
    allowedAuthenticationModes: [BatchAuthenticationMode.AAD],
    storageAccountId: `/subscriptions/${SUBSCRIPTION}/resourceGroups/${rg}/providers/Microsoft.Storage/storageAccounts/acmerenderdata`,
    storageAccountAuthenticationMode: AutoStorageAuthenticationMode.BATCH_ACCOUNT_MANAGED_IDENTITY,
    identity: BatchAccountIdentity.userAssigned([identityId('batch-account')]),
    tags: { team: 'render' },
  });
  const subnetId = `/subscriptions/${SUBSCRIPTION}/resourceGroups/${rg}/providers/Microsoft.Network/virtualNetworks/vnet/subnets/batch`;
  new CustomImageBatchPool(stack, 'FixedPool', {
    account,
    poolName: 'render-fixed',
    displayName: 'Render (fixed)',
    image: version,
    vmSize: 'Standard_D4s_v5',
    nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
    scale: PoolScale.fixed({ dedicatedNodes: 3, spotNodes: 2, resizeTimeout: Duration.minutes(25), nodeDeallocationMethod: NodeDeallocationMethod.TASK_COMPLETION }),
    inboundNatPools: [
      {
        name: 'ssh',
        protocol: InboundEndpointProtocol.TCP,
        backendPort: 2222,
        frontendPortRangeStart: 1000,
        frontendPortRangeEnd: 1100,
        networkSecurityGroupRules: [
          { access: NetworkSecurityGroupRuleAccess.ALLOW, priority: 150, sourceAddressPrefix: '10.0.0.0/8' },
          { access: NetworkSecurityGroupRuleAccess.DENY, priority: 4000, sourceAddressPrefix: '*', sourcePortRanges: ['*'] },
        ],
      },
    ],
    subnetId,
    publicIpAddressProvisioning: PublicIpAddressProvisioning.USER_MANAGED,
    publicIpAddressIds: [`/subscriptions/${SUBSCRIPTION}/resourceGroups/${rg}/providers/Microsoft.Network/publicIPAddresses/pip-batch`],
    startTask: {
      commandLine: "/bin/sh -c './setup.sh'",
      elevationLevel: ElevationLevel.ADMIN,
      autoUserScope: AutoUserScope.TASK,
      waitForSuccess: false,
      maxTaskRetryCount: 2,
      environment: { RENDERER: 'blender' },
      resourceFiles: [
        ResourceFile.fromHttpUrl('https://acmerenderdata.blob.core.windows.net/setup/setup.sh', 'setup.sh', { fileMode: '0755', userAssignedIdentityId: identityId('pool') }),
        ResourceFile.fromStorageContainerUrl('https://acmerenderdata.blob.core.windows.net/assets', { filePath: 'assets', blobPrefix: 'v1/' }),
        ResourceFile.fromAutoStorageContainer('scenes'),
      ],
    },
    maxTasksPerNode: 4,
    taskSchedulingPolicy: NodeFillType.PACK,
    interNodeCommunication: true,
    userAssignedIdentityIds: [identityId('pool')],
    metadata: { owner: 'render-team' },
    containerConfiguration: {
      type: ContainerType.DOCKER_COMPATIBLE,
      containerImageNames: ['acme.azurecr.io/render:1'],
      containerRegistries: [{ registryServer: 'acme.azurecr.io', userAssignedIdentityId: identityId('pool') }],
    },
    dataDisks: [{ lun: 0, diskSizeGb: 256, caching: CachingType.READ_WRITE, storageAccountType: DataDiskStorageAccountType.PREMIUM_LRS }],
  });
  new CustomImageBatchPool(stack, 'AutoscalePool', {
    account,
    poolName: 'render-auto',
    image: version,
    vmSize: 'Standard_D4s_v5',
    nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
    scale: PoolScale.autoscale({ formula: '$TargetDedicatedNodes = 2;', evaluationInterval: Duration.minutes(10), maxDedicatedNodes: 10, maxSpotNodes: 0 }),
    subnetId,
    // Settings with their defaults.
    startTask: { commandLine: '/bin/true' },
    dataDisks: [{ lun: 0, diskSizeGb: 64 }],
    containerConfiguration: { containerImageNames: ['acme.azurecr.io/render:1'] },
  });
  return stack;
}

function identityId(name: string): string {
  return `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-render/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}`;
}

/** The ARM files of a stack, by relative path. */
export function armFiles(stack: TerraformStack): { [path: string]: string } {
  return ArmSynthesizer.render(stack);
}

/** The stack's template.json, parsed. */
export function armTemplate(stack: TerraformStack): any {
  return JSON.parse(armFiles(stack)['template.json']);
}

/** Every resource of a template, those of nested deployments' templates included. */
export function allResources(template: any): any[] {
  return template.resources.flatMap((r: any) =>
    r.type === 'Microsoft.Resources/deployments' ? [r, ...allResources(r.properties.template)] : [r],
  );
}

/** Every template: the template and the templates of its nested deployments. */
export function allTemplates(template: any): any[] {
  return [
    template,
    ...template.resources.filter((r: any) => r.type === 'Microsoft.Resources/deployments').flatMap((r: any) => allTemplates(r.properties.template)),
  ];
}

/** The resource of `type` whose name (or last name segment) is `name`. */
export function resourceNamed(template: any, type: string, name: string): any {
  const found = allResources(template).filter((r) => r.type === type && (r.name === name || r.name.endsWith(`'${name}')]`)));
  if (found.length !== 1) throw new Error(`expected one ${type} named ${name}, found ${found.length}`);
  return found[0];
}
