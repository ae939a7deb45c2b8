import { normalizeLocation } from '../../core/location';
import { isUnresolved } from '../../core/tokens';
import { ImageDescription, ImageKind, PoolDescription, SnapshotDescription } from '../model';
import { finding, Rule, RuleResult, RuleSeverity, unresolved } from '../rule';
import { accountLabel, imageLabel, named, quotedList } from '../wording';

/**
 * AZB001: a custom image must be in the Batch account's region (see https://learn.microsoft.com/azure/batch/batch-custom-images). A Compute Gallery image
 * version may live elsewhere if it has a replica in the account's region. An image is built
 * in the region of its snapshots, and a snapshot taken here in the region of its disk.
 */
export const AZB001: Rule = {
  id: 'AZB001',
  severity: RuleSeverity.ERROR,
  title:
    "Image region differs from the Batch account's (gallery versions: account region not among the target regions), or a snapshot's region differs from its image's, or a disk's from its snapshot's",
  source:
    'https://learn.microsoft.com/azure/batch/batch-custom-images (same region as the account), ' +
    'https://learn.microsoft.com/azure/batch/batch-sig-images (gallery image needs a replica in the account region)',

  checkPool(pool: PoolDescription): RuleResult[] {
    const { image, account } = pool;
    if (account.location === undefined) return [];
    if (isUnresolved(account.location)) return [unresolved('the Batch account location', account.location)];
    if (image.kind === ImageKind.GALLERY_IMAGE_VERSION && image.targetRegions !== undefined) {
      return checkReplicas(pool, image.targetRegions);
    }
    if (image.location === undefined) return [];
    if (isUnresolved(image.location)) return [unresolved('the image location', image.location)];
    if (normalizeLocation(image.location) === normalizeLocation(account.location)) return [];
    return [
      finding(
        `${imageLabel(image)} is in '${image.location}' but ${accountLabel(account)} is in '${account.location}'`,
        image.kind === ImageKind.GALLERY_IMAGE_VERSION
          ? `replicate the version to '${account.location}' (add it to targetRegions); Batch needs a replica in the account's region`
          : `create the image in '${account.location}' (custom images must share the account's region)`,
      ),
    ];
  },

  checkImage(image: ImageDescription): RuleResult[] {
    // A gallery version repeats its source image's snapshots; the source image reports them.
    if (image.kind !== ImageKind.MANAGED_IMAGE) return [];
    const results: RuleResult[] = (image.snapshots ?? []).flatMap(checkSourceDisk);
    const located = (image.snapshots ?? []).filter((s) => s.location !== undefined);
    if (image.location === undefined || located.length === 0) return results;
    if (isUnresolved(image.location)) return [...results, unresolved('the image location', image.location)];
    for (const snapshot of located) {
      if (isUnresolved(snapshot.location)) {
        results.push(unresolved(`the location of snapshot '${snapshot.constructPath}'`, snapshot.location));
      } else if (normalizeLocation(snapshot.location!) !== normalizeLocation(image.location)) {
        results.push(
          finding(
            `snapshot ${named(snapshotName(snapshot.snapshotId), snapshot.constructPath)} is in '${snapshot.location}' but ${imageLabel(image)} is in '${image.location}'`,
            `create the image in '${snapshot.location}', or copy the snapshot to '${image.location}' first (an image is built in its snapshots' region)`,
          ),
        );
      }
    }
    return results;
  },
};

/** A snapshot taken here (`DiskSnapshot`) is created in its disk's region: Azure copies a disk within its region. */
function checkSourceDisk(snapshot: SnapshotDescription): RuleResult[] {
  const disk = snapshot.sourceDisk;
  if (disk?.location === undefined || snapshot.location === undefined) return [];
  if (isUnresolved(disk.location)) return [unresolved(`the source disk location of snapshot '${snapshot.constructPath}'`, disk.location)];
  if (isUnresolved(snapshot.location)) return [unresolved(`the location of snapshot '${snapshot.constructPath}'`, snapshot.location)];
  if (normalizeLocation(disk.location) === normalizeLocation(snapshot.location)) return [];
  const diskName = isUnresolved(disk.diskId) ? undefined : disk.diskId.split('/').pop();
  return [
    finding(
      `disk ${named(diskName, snapshot.constructPath)} is in '${disk.location}' but its snapshot '${snapshot.constructPath}' is in '${snapshot.location}'`,
      `create the snapshot in '${disk.location}' (a Copy snapshot is made in its disk's region) and build the image there`,
    ),
  ];
}

function checkReplicas(pool: PoolDescription, targetRegions: string[]): RuleResult[] {
  const { image, account } = pool;
  const accountRegion = normalizeLocation(account.location!);
  if (isUnresolved(targetRegions)) {
    const known = Array.isArray(targetRegions) ? targetRegions.filter((r) => !isUnresolved(r)) : [];
    if (known.some((r) => normalizeLocation(r) === accountRegion)) return [];
    return [unresolved("the gallery image version's target region list", targetRegions)];
  }
  if (targetRegions.some((r) => normalizeLocation(r) === accountRegion)) return [];
  return [
    finding(
      `${imageLabel(image)} is replicated to ${quotedList(targetRegions)} but ${accountLabel(account)} is in '${account.location}'`,
      `add '${account.location}' to the version's targetRegions (Batch needs a replica in the account's region)`,
    ),
  ];
}

/** The last segment of a resource ID, when the ID is known. */
function snapshotName(snapshotId: string): string | undefined {
  if (isUnresolved(snapshotId)) return undefined;
  return snapshotId.split('/').pop();
}
