import { TerraformResource, TerraformStack } from 'cdktf';
import { BatchPool } from '@cdktf/provider-azurerm/lib/batch-pool';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { SharedImage } from '@cdktf/provider-azurerm/lib/shared-image';
import { SharedImageGallery } from '@cdktf/provider-azurerm/lib/shared-image-gallery';
import { SharedImageVersion } from '@cdktf/provider-azurerm/lib/shared-image-version';
import { Construct } from 'constructs';
import { AzapiProvider } from '../lib/providers/azapi/provider';
import { AzapiResource } from '../lib/providers/azapi/resource';
import * as s from './scenario';

/** Where the L1 resources go in the construct tree. */
export enum L1Layout {
  /** At the top of the stack, as one writes them by hand. */
  FLAT = 'flat',
  /**
   * In the construct tree the library builds (same paths and logical IDs, empty constructs in
   * place of its constructs): a control that shows what nesting itself costs in cdktf.
   */
  NESTED_LIKE_L2 = 'nested',
}

/**
 * The scenario written by hand with the provider bindings and the azapi L1: the same Terraform
 * resources and arguments as `buildL2`, without any validation.
 */
export function buildL1(stack: TerraformStack, scenario: s.Scenario, layout: L1Layout = L1Layout.FLAT): void {
  const nested = layout === L1Layout.NESTED_LIKE_L2;
  // [scope, id] of a resource: `id` in the stack, or `Resource` of a construct `id` in `parent`.
  const place = (parent: Construct, id: string, flatId: string = id): [Construct, string] =>
    nested ? [new Construct(parent, id), 'Resource'] : [stack, flatId];

  new AzurermProvider(stack, 'azurerm', { features: [{}], subscriptionId: s.SUBSCRIPTION_ID });
  new AzapiProvider(stack, 'azapi');
  const viaGallery = scenario.imagePath === 'gallery';
  const gallery = viaGallery
    ? new SharedImageGallery(...place(stack, 'Gallery'), {
        name: s.GALLERY_NAME,
        resourceGroupName: s.IMAGE_RESOURCE_GROUP,
        location: s.LOCATION,
      })
    : undefined;
  if (nested) new Construct(stack, 'BatchAccount');

  // What each pool boots, with the resource it depends on.
  const images: Array<{ id: string; resource: TerraformResource }> = [];
  for (let i = 0; i < s.imageCount(scenario); i++) {
    if (nested) {
      new Construct(stack, `OsSnapshot${i}`);
      new Construct(stack, `DataSnapshot${i}`);
    }
    const image = new AzapiResource(...place(stack, `Image${i}`), {
      type: 'Microsoft.Compute/images@2025-04-01',
      name: `img-${i}`,
      parentId: `/subscriptions/${s.SUBSCRIPTION_ID}/resourceGroups/${s.IMAGE_RESOURCE_GROUP}`,
      location: s.LOCATION,
      body: {
        properties: {
          hyperVGeneration: 'V2',
          storageProfile: {
            osDisk: {
              osType: 'Linux',
              osState: 'Generalized',
              snapshot: { id: s.snapshotId(i, 'os') },
              storageAccountType: 'Standard_LRS',
            },
            dataDisks: [{ lun: 0, snapshot: { id: s.snapshotId(i, 'data') }, storageAccountType: 'Standard_LRS' }],
          },
        },
      },
      lifecycle: { preventDestroy: true },
    });
    if (!gallery) {
      images.push({ id: image.id, resource: image });
      continue;
    }
    const definition = new SharedImage(...place(gallery.node.scope as Construct, `Definition${i}`), {
      name: `def-${i}`,
      galleryName: s.GALLERY_NAME,
      resourceGroupName: s.IMAGE_RESOURCE_GROUP,
      location: s.LOCATION,
      osType: 'Linux',
      hyperVGeneration: 'V2',
      specialized: false,
      identifier: { publisher: 'acme', offer: 'render', sku: `sku-${i}` },
      dependsOn: [gallery],
    });
    const version = new SharedImageVersion(...place(definition.node.scope as Construct, 'Version-1.0.0', `Version${i}`), {
      name: '1.0.0',
      galleryName: s.GALLERY_NAME,
      imageName: `def-${i}`,
      resourceGroupName: s.IMAGE_RESOURCE_GROUP,
      location: s.LOCATION,
      managedImageId: image.id,
      targetRegion: [{ name: s.LOCATION, regionalReplicaCount: 1, storageAccountType: 'Standard_LRS' }],
      excludeFromLatest: false,
      dependsOn: [definition, image],
    });
    images.push({ id: version.id, resource: version });
  }

  for (let p = 0; p < scenario.pools; p++) {
    const image = images[Math.floor(p / scenario.poolsPerImage)];
    new BatchPool(...place(stack, `Pool${p}`), {
      name: `pool-${p}`,
      accountName: s.BATCH_ACCOUNT_NAME,
      resourceGroupName: s.BATCH_RESOURCE_GROUP,
      vmSize: s.VM_SIZE,
      nodeAgentSkuId: 'batch.node.ubuntu 22.04',
      storageImageReference: { id: image.id },
      fixedScale: { targetDedicatedNodes: s.NODES_PER_POOL, targetLowPriorityNodes: 0, resizeTimeout: 'PT30M' },
      maxTasksPerNode: 1,
      taskSchedulingPolicy: [{ nodeFillType: 'Spread' }],
      interNodeCommunication: 'Disabled',
      dependsOn: [image.resource],
    });
  }
}
