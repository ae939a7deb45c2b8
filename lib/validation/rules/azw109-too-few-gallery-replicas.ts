import { normalizeLocation } from '../../core/location';
import { isUnresolved } from '../../core/tokens';
import { declaredNodes, NodeKind } from '../lineage';
import { ImageDescription, ImageKind, PoolDescription } from '../model';
import { finding, Rule, RuleContext, RuleResult, RuleSeverity, unresolved } from '../rule';
import { imageLabel, shortList } from '../wording';

/** Azure's guidance for gallery images: at least one replica per 300 VMs created at once. */
export const NODES_PER_REPLICA = 300;

const SOURCE = 'https://learn.microsoft.com/azure/batch/batch-sig-images#considerations-for-large-pools';

/** Replicas a region needs for `nodes` nodes: at least one, and one per 300 nodes. */
export function replicasNeeded(nodes: number): number {
  return Math.max(1, Math.ceil(nodes / NODES_PER_REPLICA));
}

/**
 * AZW109: pools on a gallery image version grow beyond the managed-image limits only if the
 * version has enough replicas where the pools are: one per 300 nodes (G1). Checked per
 * version and region, over every pool of the App that uses the version in that region (the
 * Batch account's region): dedicated plus Spot nodes of fixed pools, the declared `max*` of
 * autoscale pools (AZW107 reports autoscale pools without them).
 */
export const AZW109: Rule = {
  id: 'AZW109',
  severity: RuleSeverity.WARNING,
  title: 'Gallery image version with fewer replicas in a region than the pools using it there need (one per 300 nodes)',
  source: `G1; ${SOURCE}`,

  checkImage(image: ImageDescription, context: RuleContext): RuleResult[] {
    if (image.kind !== ImageKind.GALLERY_IMAGE_VERSION) return [];
    const results: RuleResult[] = [];
    for (const [region, usage] of usageByRegion(context.poolsOfImage(image), results)) {
      const needed = replicasNeeded(usage.nodes);
      if (needed <= 1 && usage.tokens.length === 0) continue; // every target region holds at least one replica
      const held = replicasIn(image, region);
      if (held === 'not a target') continue; // AZB001 reports a pool whose region has no replica
      if (typeof held === 'object') {
        results.push(unresolved(`a target region of ${imageLabel(image)}`, held.tokenRegion));
        continue;
      }
      if (held === undefined) {
        if (needed > 1) results.push(notVerifiable(image, usage, needed));
        continue;
      }
      if (isUnresolved(held)) {
        results.push(unresolved(`the replica count of target region '${usage.region}' of ${imageLabel(image)}`, held));
        continue;
      }
      if (held >= needed) {
        for (const token of usage.tokens) results.push(unresolved(`the node count of pool '${token.constructPath}'`, token.value));
        continue;
      }
      results.push(
        finding(
          `${imageLabel(image)} has ${held} replica${held === 1 ? '' : 's'} in '${usage.region}', but ${usageText(usage)}; ` +
            `Azure recommends one replica per ${NODES_PER_REPLICA} nodes`,
          `set replicaCount: ${needed} on the version's target region '${usage.region}' (see ${SOURCE})`,
        ),
      );
    }
    return results;
  },
};

/** The pools that use a version in one region, and their nodes. */
interface RegionUsage {
  /** The region as the first pool's account names it. */
  readonly region: string;
  nodes: number;
  readonly pools: string[];
  readonly tokens: { constructPath: string; value: unknown }[];
}

function usageByRegion(pools: PoolDescription[], results: RuleResult[]): Map<string, RegionUsage> {
  const regions = new Map<string, RegionUsage>();
  for (const pool of pools) {
    const location = pool.account.location;
    if (location === undefined) continue; // the account's region is not known: nothing to compare
    if (isUnresolved(location)) {
      results.push(unresolved(`the region of the Batch account of pool '${pool.constructPath}'`, location));
      continue;
    }
    const key = normalizeLocation(location);
    let usage = regions.get(key);
    if (!usage) {
      usage = { region: location, nodes: 0, pools: [], tokens: [] };
      regions.set(key, usage);
    }
    let known = 0;
    for (const kind of [NodeKind.DEDICATED, NodeKind.SPOT]) {
      const count = declaredNodes(pool.scale, kind);
      if (count === undefined) continue;
      if (isUnresolved(count)) usage.tokens.push({ constructPath: pool.constructPath, value: count });
      else known += count;
    }
    usage.nodes += known;
    usage.pools.push(`'${pool.constructPath}' (${known} nodes)`);
  }
  return regions;
}

/**
 * Replicas of `image` in the normalised `region`: a count (maybe a token); undefined when the
 * version's replicas are not known; 'not a target' when the region holds none; or the target
 * region name that is a token, when the region may be that one.
 */
function replicasIn(image: ImageDescription, region: string): number | undefined | 'not a target' | { tokenRegion: string } {
  // An array holding tokens counts as unresolved as a whole: look at each entry instead.
  if (!Array.isArray(image.replicas)) return undefined;
  let tokenRegion: string | undefined;
  for (const replica of image.replicas) {
    if (isUnresolved(replica.region)) {
      tokenRegion ??= replica.region;
    } else if (normalizeLocation(replica.region) === region) {
      return replica.replicaCount;
    }
  }
  return tokenRegion !== undefined ? { tokenRegion } : 'not a target';
}

function usageText(usage: RegionUsage): string {
  const pools = usage.pools.length === 1 ? `pool ${usage.pools[0]} uses` : `pools ${shortList(usage.pools)} use`;
  return `${pools} it there with ${usage.nodes} nodes${usage.pools.length === 1 ? '' : ' in all'}`;
}

function notVerifiable(image: ImageDescription, usage: RegionUsage, needed: number): RuleResult {
  const pools = usage.pools.length === 1 ? `pool ${usage.pools[0]}` : `pools ${shortList(usage.pools)}`;
  return finding(
    `${imageLabel(image)} is used in '${usage.region}' by ${pools}, ${usage.nodes} nodes that need ${needed} replicas there; ` +
      'the version is imported by ID and its replica counts are not known to this app, so this cannot be verified',
    `make sure the version has at least ${needed} replicas in '${usage.region}' (replicaCount of that target region), ` +
      `then suppress AZW109 on the version with that reason (see ${SOURCE})`,
  );
}
