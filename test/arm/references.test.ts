import { TerraformStack } from 'cdktf';
import { BatchAccount } from '../../lib/batch/batch-account';
import { CustomImageBatchPool } from '../../lib/batch/custom-image-batch-pool';
import { NodeAgentSku } from '../../lib/batch/node-agent-sku';
import { PoolScale } from '../../lib/batch/pool-scale';
import { ComputeGallery } from '../../lib/compute/gallery/compute-gallery';
import { GalleryImageVersion } from '../../lib/compute/gallery/image-version';
import { ManagedImage } from '../../lib/compute/managed-image';
import { OsType } from '../../lib/core/os-type';
import { allResources, armFiles, LOCATION, newStack, resourceNamed, SUBSCRIPTION } from './support/stacks';

const RG = `/subscriptions/${SUBSCRIPTION}/resourceGroups`;
const IMAGE_ID = `${RG}/rg-images/providers/Microsoft.Compute/images/img-golden`;
const VERSION_ID = `${RG}/rg-images/providers/Microsoft.Compute/galleries/gal/images/render/versions/1.0.0`;
const OTHER_SUBSCRIPTION = '11111111-1111-1111-1111-111111111111';

/** An account created in `rg-batch`, a pool on the version imported by ID, and a definition in a gallery imported by ID. */
function importsStack(): TerraformStack {
  const stack = newStack('imports');
  const account = new BatchAccount(stack, 'Account', { name: 'acmebatch', resourceGroupName: 'rg-batch', location: LOCATION });
  new CustomImageBatchPool(stack, 'Pool', {
    account,
    poolName: 'render',
    image: GalleryImageVersion.fromVersionId(stack, 'Version', VERSION_ID, { location: LOCATION, osType: OsType.LINUX }),
    vmSize: 'Standard_D4s_v5',
    nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
    scale: PoolScale.fixed({ dedicatedNodes: 1 }),
    subnetId: `${RG}/rg-batch/providers/Microsoft.Network/virtualNetworks/vnet/subnets/batch`,
  });
  const gallery = ComputeGallery.fromGalleryId(stack, 'Gallery', `/subscriptions/${OTHER_SUBSCRIPTION}/resourceGroups/rg-shared/providers/Microsoft.Compute/galleries/shared`, { location: LOCATION });
  const definition = gallery.addImageDefinition('Definition', { name: 'golden', osType: OsType.LINUX, identifier: { publisher: 'acme', offer: 'golden', sku: 'ubuntu' } });
  definition.addVersion('Version', { version: '2.0.0', source: ManagedImage.fromImageId(stack, 'Golden', IMAGE_ID, { location: LOCATION, osType: OsType.LINUX }) });
  return stack;
}

describe('resources imported by ID', () => {
  const files = armFiles(importsStack());
  const template = JSON.parse(files['template.json']);

  it('are referenced by their ID, not declared', () => {
    const pool = resourceNamed(template, 'Microsoft.Batch/batchAccounts/pools', 'render');
    expect(pool.properties.deploymentConfiguration.virtualMachineConfiguration.imageReference.id).toBe(VERSION_ID);
    const version = resourceNamed(template, 'Microsoft.Compute/galleries/images/versions', '2.0.0');
    expect(version.properties.storageProfile.source.id).toBe(IMAGE_ID);
    expect(allResources(template).map((r) => `${r.type} ${r.name}`)).toEqual([
      'Microsoft.Batch/batchAccounts acmebatch',
      "Microsoft.Batch/batchAccounts/pools [format('{0}/{1}', 'acmebatch', 'render')]",
      'Microsoft.Resources/deployments imports-rg-shared',
      "Microsoft.Compute/galleries/images [format('{0}/{1}', 'shared', 'golden')]",
      "Microsoft.Compute/galleries/images/versions [format('{0}/{1}/{2}', 'shared', 'golden', '2.0.0')]",
    ]);
  });

  it('add no dependency: the template cannot order anything after them', () => {
    const version = resourceNamed(template, 'Microsoft.Compute/galleries/images/versions', '2.0.0');
    expect(version.dependsOn).toEqual(["[resourceId('Microsoft.Compute/galleries/images', 'shared', 'golden')]"]);
    expect(resourceNamed(template, 'Microsoft.Resources/deployments', 'imports-rg-shared').dependsOn).toBeUndefined();
  });

  it('are named as the parent of new child resources with Bicep `existing`, deployed in their resource group and subscription', () => {
    const deployment = resourceNamed(template, 'Microsoft.Resources/deployments', 'imports-rg-shared');
    expect(deployment.subscriptionId).toBe(OTHER_SUBSCRIPTION);
    expect(deployment.resourceGroup).toBe('rg-shared');
    expect(files['main.bicep']).toContain(`scope: resourceGroup('${OTHER_SUBSCRIPTION}', 'rg-shared')`);
    expect(files['modules/imports-rg-shared.bicep']).toContain(
      "resource gallery 'Microsoft.Compute/galleries@2025-03-03' existing = {\n  name: 'shared'\n}\n\nresource definition 'Microsoft.Compute/galleries/images@2025-03-03' = {\n  parent: gallery\n",
    );
  });
});

it('numbers the nested deployments of one resource group name in two subscriptions', () => {
  const stack = newStack('shared');
  new ComputeGallery(stack, 'Home', { name: 'home', resourceGroupName: 'rg-home', location: LOCATION });
  for (const [id, subscription] of [['A', SUBSCRIPTION], ['B', OTHER_SUBSCRIPTION]]) {
    ComputeGallery.fromGalleryId(stack, `Gallery${id}`, `/subscriptions/${subscription}/resourceGroups/rg-shared/providers/Microsoft.Compute/galleries/gal${id}`, { location: LOCATION })
      .addImageDefinition('Definition', { name: 'render', osType: OsType.LINUX, identifier: { publisher: 'acme', offer: 'render', sku: id } });
  }
  const template = JSON.parse(armFiles(stack)['template.json']);
  expect(template.resources.map((r: any) => [r.name, r.subscriptionId])).toEqual([
    ['home', undefined],
    ['shared-rg-shared', SUBSCRIPTION],
    ['shared-rg-shared-2', OTHER_SUBSCRIPTION],
  ]);
});
