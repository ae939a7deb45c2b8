import { TerraformStack } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import {
  BatchAccount,
  ComputeGallery,
  CustomImageBatchPool,
  CustomImagePoolChecks,
  IBatchPoolImage,
  ManagedImageFromSnapshots,
  NodeAgentSku,
  OsType,
  PoolScale,
  Snapshot,
} from '../lib';
import * as s from './scenario';

export const EVALUATION_DATE_CONTEXT_KEY = CustomImagePoolChecks.EVALUATION_DATE_CONTEXT_KEY;

/** The scenario with the library's constructs (validation included). */
export function buildL2(stack: TerraformStack, scenario: s.Scenario): void {
  new AzurermProvider(stack, 'azurerm', { features: [{}], subscriptionId: s.SUBSCRIPTION_ID });
  const gallery =
    scenario.imagePath === 'gallery'
      ? new ComputeGallery(stack, 'Gallery', {
          name: s.GALLERY_NAME,
          resourceGroupName: s.IMAGE_RESOURCE_GROUP,
          location: s.LOCATION,
        })
      : undefined;
  const account = BatchAccount.fromBatchAccountId(stack, 'BatchAccount', s.BATCH_ACCOUNT_ID, { location: s.LOCATION });

  const images: IBatchPoolImage[] = [];
  for (let i = 0; i < s.imageCount(scenario); i++) {
    const osDisk = Snapshot.fromSnapshotId(stack, `OsSnapshot${i}`, s.snapshotId(i, 'os'), { location: s.LOCATION });
    const dataDisk = Snapshot.fromSnapshotId(stack, `DataSnapshot${i}`, s.snapshotId(i, 'data'), { location: s.LOCATION });
    const image = new ManagedImageFromSnapshots(stack, `Image${i}`, {
      name: `img-${i}`,
      resourceGroupName: s.IMAGE_RESOURCE_GROUP,
      location: s.LOCATION,
      subscriptionId: s.SUBSCRIPTION_ID,
      osType: OsType.LINUX,
      osDiskSnapshot: osDisk,
      dataDiskSnapshots: [{ lun: 0, snapshot: dataDisk }],
      preventDestroy: true,
    });
    if (!gallery) {
      images.push(image);
      continue;
    }
    const definition = gallery.addImageDefinition(`Definition${i}`, {
      name: `def-${i}`,
      osType: OsType.LINUX,
      identifier: { publisher: 'acme', offer: 'render', sku: `sku-${i}` },
    });
    images.push(image.publishTo(definition, { version: '1.0.0' }));
  }

  for (let p = 0; p < scenario.pools; p++) {
    new CustomImageBatchPool(stack, `Pool${p}`, {
      account,
      poolName: `pool-${p}`,
      image: images[Math.floor(p / scenario.poolsPerImage)],
      vmSize: s.VM_SIZE,
      nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
      scale: PoolScale.fixed({ dedicatedNodes: s.NODES_PER_POOL }),
    });
  }
}
