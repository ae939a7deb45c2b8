import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { TerraformStack, Testing } from 'cdktf';
import { BatchAccount } from '../../../lib/batch/batch-account';
import { CustomImageBatchPool } from '../../../lib/batch/custom-image-batch-pool';
import { NodeAgentSku } from '../../../lib/batch/node-agent-sku';
import { PoolRollout } from '../../../lib/spec/pool-rollout';
import { PoolScale } from '../../../lib/batch/pool-scale';
import { DiskSnapshot } from '../../../lib/compute/disk-snapshot';
import { ComputeGallery } from '../../../lib/compute/gallery/compute-gallery';
import { ManagedImageFromSnapshots } from '../../../lib/compute/managed-image-from-snapshots';
import { Snapshot } from '../../../lib/compute/snapshot';
import { OsType } from '../../../lib/core/os-type';

/*
 * The monthly image refresh of the README, as one function: the source VM's disks are
 * snapshotted, imaged, published as a gallery version and rolled over to a pool.
 */

export const SUBSCRIPTION = '00000000-0000-0000-0000-000000000000';
export const LOCATION = 'westeurope';
const RG = `/subscriptions/${SUBSCRIPTION}/resourceGroups`;
export const OS_DISK_ID = `${RG}/rg-build/providers/Microsoft.Compute/disks/render-vm-os`;
export const DATA_DISK_ID = `${RG}/rg-build/providers/Microsoft.Compute/disks/render-vm-data`;
export const ACCOUNT_ID = `${RG}/rg-batch/providers/Microsoft.Batch/batchAccounts/acmebatch`;

/** What changes from one month to the next. */
export interface Refresh {
  /** Gallery image version, e.g. `1.0.1`. */
  readonly version: string;
  /** Suffix of the month's snapshot and image names, e.g. `2026-12`. */
  readonly month: string;
  /** @default PoolRollout.BLUE_GREEN */
  readonly rollout?: PoolRollout;
  /** Take the snapshots with `DiskSnapshot` (default) or reference snapshots taken elsewhere. */
  readonly snapshots?: 'taken-here' | 'imported';
  /** Keep last month's version in the gallery beside the new one. */
  readonly previous?: { version: string; month: string };
  /** Dedicated nodes of the pool. @default 4 */
  readonly dedicatedNodes?: number;
}

/** A stack with the refresh applied. */
export function refreshStack(refresh: Refresh): TerraformStack {
  const stack = new TerraformStack(Testing.app({ context: { 'batchImages.evaluationDate': '2026-12-01' } }), 'batch-images');
  new AzurermProvider(stack, 'azurerm', { features: [{}], subscriptionId: SUBSCRIPTION });
  const gallery = new ComputeGallery(stack, 'Gallery', { name: 'gal_batch_images', resourceGroupName: 'rg-images', location: LOCATION });
  const definition = gallery.addImageDefinition('Render', {
    name: 'render',
    osType: OsType.LINUX,
    identifier: { publisher: 'acme', offer: 'render', sku: 'ubuntu-22_04' },
  });
  if (refresh.previous) {
    const previous = monthlyImage(stack, refresh.previous.month, refresh.snapshots);
    previous.publishTo(definition, { version: refresh.previous.version, excludeFromLatest: true, endOfLifeDate: '2027-06-30T00:00:00Z' });
  }
  const image = monthlyImage(stack, refresh.month, refresh.snapshots);
  new CustomImageBatchPool(stack, 'RenderPool', {
    account: BatchAccount.fromBatchAccountId(stack, 'Account', ACCOUNT_ID, { location: LOCATION }),
    poolName: 'render',
    image: image.publishTo(definition, { version: refresh.version }),
    rollout: refresh.rollout ?? PoolRollout.BLUE_GREEN,
    vmSize: 'Standard_D4s_v5',
    nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
    scale: PoolScale.fixed({ dedicatedNodes: refresh.dedicatedNodes ?? 4 }),
  });
  return stack;
}

/** One month's snapshots of the two disks and the image built from them (construct IDs carry the month). */
export function monthlyImage(stack: TerraformStack, month: string, snapshots: Refresh['snapshots'] = 'taken-here'): ManagedImageFromSnapshots {
  const snapshot = (disk: 'os' | 'data', diskId: string) =>
    snapshots === 'imported'
      ? Snapshot.fromSnapshotId(stack, `Snapshot-${disk}-${month}`, `${RG}/rg-images/providers/Microsoft.Compute/snapshots/render-${disk}-${month}`, { location: LOCATION })
      : new DiskSnapshot(stack, `Snapshot-${disk}-${month}`, {
          name: `render-${disk}-${month}`,
          resourceGroupName: 'rg-images',
          location: LOCATION,
          sourceDiskId: diskId,
          sourceDiskLocation: LOCATION,
          incremental: true,
        });
  return new ManagedImageFromSnapshots(stack, `Image-${month}`, {
    name: `img-render-${month}`,
    resourceGroupName: 'rg-images',
    location: LOCATION,
    subscriptionId: SUBSCRIPTION,
    osType: OsType.LINUX,
    osDiskSnapshot: snapshot('os', OS_DISK_ID),
    dataDiskSnapshots: [{ lun: 0, snapshot: snapshot('data', DATA_DISK_ID) }],
  });
}
