/*
 * The example app (bin/main.ts) written with the provider bindings and the azapi L1 only: the
 * same Terraform resources, no library constructs, no validation. Compared end to end with
 * `npm run synth` by the benchmark.
 */
import { App, TerraformStack } from 'cdktf';
import { BatchPool } from '@cdktf/provider-azurerm/lib/batch-pool';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { SharedImage } from '@cdktf/provider-azurerm/lib/shared-image';
import { SharedImageGallery } from '@cdktf/provider-azurerm/lib/shared-image-gallery';
import { SharedImageVersion } from '@cdktf/provider-azurerm/lib/shared-image-version';
import { AzapiProvider } from '../lib/providers/azapi/provider';
import { AzapiResource } from '../lib/providers/azapi/resource';

const subscriptionId = '00000000-0000-0000-0000-000000000000';
const location = 'westeurope';
const imageResourceGroup = 'rg-batch-images';
const snapshotPrefix = `/subscriptions/${subscriptionId}/resourceGroups/${imageResourceGroup}/providers/Microsoft.Compute/snapshots`;

const app = new App();
const stack = new TerraformStack(app, 'batch-images');
new AzurermProvider(stack, 'azurerm', { features: [{}], subscriptionId });
new AzapiProvider(stack, 'azapi');

const image = new AzapiResource(stack, 'RenderImage', {
  type: 'Microsoft.Compute/images@2025-04-01',
  name: 'img-render',
  parentId: `/subscriptions/${subscriptionId}/resourceGroups/${imageResourceGroup}`,
  location,
  body: {
    properties: {
      hyperVGeneration: 'V2',
      storageProfile: {
        osDisk: {
          osType: 'Linux',
          osState: 'Generalized',
          snapshot: { id: `${snapshotPrefix}/render-os` },
          storageAccountType: 'Standard_LRS',
        },
        dataDisks: [{ lun: 0, snapshot: { id: `${snapshotPrefix}/render-data` }, storageAccountType: 'Standard_LRS' }],
      },
    },
  },
  lifecycle: { preventDestroy: true },
});
const gallery = new SharedImageGallery(stack, 'Gallery', {
  name: 'gal_batch_images',
  resourceGroupName: imageResourceGroup,
  location,
});
const definition = new SharedImage(stack, 'RenderDefinition', {
  name: 'render',
  galleryName: 'gal_batch_images',
  resourceGroupName: imageResourceGroup,
  location,
  osType: 'Linux',
  hyperVGeneration: 'V2',
  specialized: false,
  identifier: { publisher: 'acme', offer: 'render', sku: 'ubuntu-22_04' },
  dependsOn: [gallery],
});
const version = new SharedImageVersion(stack, 'RenderVersion', {
  name: '1.0.0',
  galleryName: 'gal_batch_images',
  imageName: 'render',
  resourceGroupName: imageResourceGroup,
  location,
  managedImageId: image.id,
  targetRegion: [{ name: location, regionalReplicaCount: 1, storageAccountType: 'Standard_LRS' }],
  excludeFromLatest: false,
  dependsOn: [definition, image],
});
new BatchPool(stack, 'RenderPool', {
  name: 'render',
  accountName: 'acmebatch',
  resourceGroupName: 'rg-batch',
  vmSize: 'Standard_D4s_v5',
  nodeAgentSkuId: 'batch.node.ubuntu 22.04',
  storageImageReference: { id: version.id },
  fixedScale: { targetDedicatedNodes: 4, targetLowPriorityNodes: 0, resizeTimeout: 'PT30M' },
  maxTasksPerNode: 1,
  taskSchedulingPolicy: [{ nodeFillType: 'Spread' }],
  interNodeCommunication: 'Disabled',
  dependsOn: [version],
});

app.synth();
