import { Fn, Token } from 'cdktf';
import { normalizeLocation, sameLocation } from '../../core/location';
import { isUnresolved } from '../../core/tokens';
import { regionAmong, sameRegion } from '../guards/expressions';
import { ParameterRestriction } from '../guards/plan-guard';
import { ImageDescription, ImageKind, PoolDescription, SnapshotDescription } from '../model';
import { finding, Finding, Rule, RuleContext, RuleResult, RuleSeverity, unresolved } from '../rule';
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

  checkPool(pool: PoolDescription, context: RuleContext): RuleResult[] {
    const { image, account } = pool;
    if (account.location === undefined) return [];
    if (image.kind === ImageKind.GALLERY_IMAGE_VERSION && image.targetRegions !== undefined) {
      return checkReplicas(pool, image.targetRegions, context);
    }
    if (image.location === undefined) return [];
    // Two tokens for one expression (e.g. both `var.location`) are equal at plan.
    if (sameValue(context, image.location, account.location)) return [];
    const mismatch = regionMismatch(pool, image.location, account.location);
    if (isUnresolved(account.location) || isUnresolved(image.location)) {
      const [what, token] = isUnresolved(account.location)
        ? ['the Batch account location', account.location]
        : ['the image location', image.location];
      const guard = {
        condition: sameRegion(image.location, account.location),
        ...mismatch,
        ...allowedRegions(image.location, [account.location]),
        ...allowedRegions(account.location, [image.location]),
      };
      return [unresolved(what, token, guard)];
    }
    if (normalizeLocation(image.location) === normalizeLocation(account.location)) return [];
    return [mismatch];
  },

  checkImage(image: ImageDescription, context: RuleContext): RuleResult[] {
    // A gallery version repeats its source image's snapshots; the source image reports them.
    if (image.kind !== ImageKind.MANAGED_IMAGE) return [];
    const imageLocation = image.location;
    // Snapshots taken here are checked against their disks; then each snapshot against the image.
    const results: RuleResult[] = (image.snapshots ?? []).flatMap(checkSourceDisk);
    if (imageLocation === undefined) return results;
    for (const snapshot of image.snapshots ?? []) {
      const snapshotLocation = snapshot.location;
      if (snapshotLocation === undefined || sameValue(context, snapshotLocation, imageLocation)) continue;
      const mismatch = finding(
        `snapshot ${named(snapshotName(snapshot.snapshotId), snapshot.constructPath)} is in '${snapshotLocation}' but ${imageLabel(image)} is in '${imageLocation}'`,
        `create the image in '${snapshotLocation}', or copy the snapshot to '${imageLocation}' first (an image is built in its snapshots' region)`,
      );
      if (isUnresolved(imageLocation) || isUnresolved(snapshotLocation)) {
        const [what, token] = isUnresolved(imageLocation)
          ? ['the image location', imageLocation]
          : [`the location of snapshot '${snapshot.constructPath}'`, snapshotLocation];
        const guard = {
          condition: sameRegion(snapshotLocation, imageLocation),
          ...mismatch,
          ...allowedRegions(snapshotLocation, [imageLocation]),
          ...allowedRegions(imageLocation, [snapshotLocation]),
        };
        results.push(unresolved(what, token, guard));
      } else if (normalizeLocation(snapshotLocation) !== normalizeLocation(imageLocation)) {
        results.push(mismatch);
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

function checkReplicas(pool: PoolDescription, targetRegions: string[], context: RuleContext): RuleResult[] {
  const { image, account } = pool;
  const accountLocation = account.location!;
  if (!Token.isUnresolved(targetRegions) && targetRegions.some((r) => sameValue(context, r, accountLocation))) return [];
  // A known replica in the account's region settles it; checked before the finding and its
  // plan-time guard are built, as building the guard's expression cost ~0.1 s per 1000 pools.
  // sameLocation is false for a token on either side, so a list token or token entries never match here.
  if (Array.isArray(targetRegions) && targetRegions.some((r) => sameLocation(r, accountLocation))) return [];
  const missing = finding(
    `${imageLabel(image)} is replicated to ${regionList(targetRegions)} but ${accountLabel(account)} is in '${accountLocation}'`,
    `add '${accountLocation}' to the version's targetRegions (Batch needs a replica in the account's region)`,
  );
  const guard = {
    condition: regionAmong(targetRegions, accountLocation),
    ...missing,
    ...allowedRegions(accountLocation, targetRegions),
  };
  if (isUnresolved(accountLocation)) return [unresolved('the Batch account location', accountLocation, guard)];
  if (isUnresolved(targetRegions) || targetRegions.some(isUnresolved)) {
    return [unresolved("the gallery image version's target region list", targetRegions, guard)];
  }
  return [missing];
}

/** The regions quoted, or the list's Terraform expression when the list itself is a token. */
function regionList(regions: string[]): string {
  return Token.isUnresolved(regions) ? `'${Fn.join("', '", regions)}'` : quotedList(regions);
}

/**
 * When `value` is the only token and `regions` are known, the guard asks only that `value` be
 * one of them: ARM output can say so with allowedValues (each region as given and normalised).
 */
function allowedRegions(value: string, regions: string[]): { restriction?: ParameterRestriction } {
  if (!isUnresolved(value) || isUnresolved(regions)) return {};
  const allowedValues = [...new Set(regions.flatMap((r) => [r, normalizeLocation(r)]))];
  return { restriction: { value, allowedValues } };
}

/** The finding of a pool whose image is in another region than its account. */
function regionMismatch(pool: PoolDescription, imageLocation: string, accountLocation: string): Finding {
  const { image, account } = pool;
  return finding(
    `${imageLabel(image)} is in '${imageLocation}' but ${accountLabel(account)} is in '${accountLocation}'`,
    image.kind === ImageKind.GALLERY_IMAGE_VERSION
      ? `replicate the version to '${accountLocation}' (add it to targetRegions); Batch needs a replica in the account's region`
      : `create the image in '${accountLocation}' (custom images must share the account's region)`,
  );
}

/** The last segment of a resource ID, when the ID is known. */
function snapshotName(snapshotId: string): string | undefined {
  if (isUnresolved(snapshotId)) return undefined;
  return snapshotId.split('/').pop();
}

/** Two tokens for one Terraform expression (see `RuleContext.sameTerraformValue`). */
function sameValue(context: RuleContext, a: unknown, b: unknown): boolean {
  return context.sameTerraformValue?.(a, b) === true;
}
