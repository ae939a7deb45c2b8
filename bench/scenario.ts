/**
 * The app the benchmark synthesizes, in the example app's shape: per image, an OS-disk and a
 * data-disk snapshot and a managed image built from them; on the gallery path also a gallery
 * image definition with version 1.0.0 of that image (one gallery holds every definition); per
 * pool, a fixed-size pool on an imported Batch account that boots one of those versions, or
 * the managed image itself on the legacy path.
 */
export interface Scenario {
  /** Number of pools. */
  readonly pools: number;
  /** Pools that share one image: 1 = each pool has its own image. */
  readonly poolsPerImage: number;
  /** What the pools boot. */
  readonly imagePath: ImagePath;
}

/** What a pool boots: a gallery image version, or (legacy) the managed image directly. */
export type ImagePath = 'gallery' | 'managed-image';

/**
 * Evaluation date the L2 app is synthesized at, so the results do not depend on the day. It is
 * before 2026-04-01, so managed-image pools are a warning (fact F9), not an error.
 */
export const EVALUATION_DATE = '2026-01-15';

export const SUBSCRIPTION_ID = '00000000-0000-0000-0000-000000000000';
export const LOCATION = 'westeurope';
export const IMAGE_RESOURCE_GROUP = 'rg-batch-images';
export const BATCH_RESOURCE_GROUP = 'rg-batch';
export const BATCH_ACCOUNT_NAME = 'acmebatch';
export const BATCH_ACCOUNT_ID = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${BATCH_RESOURCE_GROUP}/providers/Microsoft.Batch/batchAccounts/${BATCH_ACCOUNT_NAME}`;
export const GALLERY_NAME = 'gal_batch_images';
export const VM_SIZE = 'Standard_D4s_v5';
export const NODES_PER_POOL = 4;

/** Number of images of the scenario. */
export function imageCount(scenario: Scenario): number {
  return Math.ceil(scenario.pools / scenario.poolsPerImage);
}

/** Resource ID of a snapshot of image `i` (`os` or `data`). */
export function snapshotId(i: number, disk: 'os' | 'data'): string {
  return `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${IMAGE_RESOURCE_GROUP}/providers/Microsoft.Compute/snapshots/snap-${i}-${disk}`;
}
