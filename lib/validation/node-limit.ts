import { Token } from 'cdktf';
import { isUnresolved } from '../core/tokens';
import { atMost, sum } from './guards/expressions';
import { PlanGuard } from './guards/plan-guard';
import { declaredNodes, lineageMayBeShared, lineageTotal, NodeKind, overlapFactor, possibleLineageTotal } from './lineage';
import { ImageKind, PoolDescription } from './model';
import { finding, LineageFamilyPools, Rule, RuleContext, RuleResult, RuleSeverity, unresolved } from './rule';
import { imageLabel, poolLabel, shortList } from './wording';

/** What distinguishes the dedicated-node rule from the Spot-node rule. */
export interface NodeLimitOptions {
  readonly id: string;
  readonly kind: NodeKind;
  readonly limit: number;
  readonly title: string;
  /** The pool prop that sets the count of a fixed pool, for the fix. */
  readonly fixedProp: string;
  /** The pool prop that declares the maximum of an autoscale pool, for the fix. */
  readonly autoscaleProp: string;
}

/**
 * A rule for Azure's per-lineage node limit of pools on managed images: the sum over every pool
 * of the App whose managed image shares the lineage (same image, or built from the same
 * snapshot). Pools on gallery image versions are neither checked nor counted: galleries lift
 * this limit, given enough replicas (AZW109 checks those). Each lineage's sum is computed once per synth, so
 * the cost stays linear in the number of pools. Autoscale pools without a declared maximum are
 * left out (AZW107 reports them).
 *
 * When an image ID or snapshot ID is a token, pools of lineages that may turn out to be one are
 * not added up as if they were (nor kept apart as if they were not): the rule errs on what is
 * certain, and reports AZW106 when the total would exceed the limit only if some token IDs name
 * the same resource (lineage.ts).
 */
export function nodeLimitRule(options: NodeLimitOptions): Rule {
  const { id, kind, limit } = options;
  return {
    id,
    severity: RuleSeverity.ERROR,
    title: options.title,
    source:
      'https://learn.microsoft.com/azure/batch/batch-custom-images#considerations-for-large-pools ' +
      '(managed images: 2500 dedicated or 1000 low-priority nodes per image, shared by pools on the same image or snapshot; ' +
      'gallery images are not bound by it: https://learn.microsoft.com/azure/batch/batch-sig-images#considerations-for-large-pools)',

    checkPool(pool: PoolDescription, context: RuleContext): RuleResult[] {
      if (pool.image.kind !== ImageKind.MANAGED_IMAGE) return [];
      const own = declaredNodes(pool.scale, kind);
      if (own === undefined) return [];
      const group = onManagedImages(context.poolsOfLineage(pool.image.lineage));
      const totals = lineageTotal(group, kind);
      if (totals.total > limit) {
        const what =
          totals.pools === 1 && totals.rollovers === 0
            ? `${poolLabel(pool)} on ${imageLabel(pool.image)} requests ${totals.total} ${kind} nodes`
            : totals.pools === 1
              ? `${poolLabel(pool)} on ${imageLabel(pool.image)} requests ${totals.total / 2} ${kind} nodes, ` +
                `${totals.total} while its blue/green rollout keeps the previous pool beside the new one`
              : `${totals.pools} pools on ${imageLabel(pool.image)} or on images from the same snapshot request ` +
                `${totals.total} ${kind} nodes in total${totals.rollovers > 0 ? ', blue/green pools counted twice for their rollover' : ''} (${totals.listing})`;
        return [
          finding(
            `${what}, above Azure's limit of ${limit} for one managed image`,
            limitFix(options) + (totals.rollovers > 0 ? '; a blue/green pool needs room for its predecessor until the rollover ends' : ''),
          ),
        ];
      }
      const results: RuleResult[] = [];
      if (isUnresolved(own)) results.push(unresolved(`the ${kind} node count`, own, limitGuard(pool, group, options)));
      const family = familyOnManagedImages(context.poolsOfLineageFamily(pool.image.lineage));
      if (possibleLineageTotal(pool, totals, family, kind) > limit) results.push(lineageMayBeShared(pool, family));
      return results;
    },
  };
}

/**
 * At plan, the sum over the lineage with its token counts must stay within the limit. Pools of
 * lineages that may turn out to be the same (token IDs) are not in the sum: they stay AZW106.
 */
function limitGuard(pool: PoolDescription, group: PoolDescription[], options: NodeLimitOptions): PlanGuard {
  // One guard per lineage and rule: every token pool of the lineage hands the same one.
  let byRule = GUARDS.get(group);
  if (!byRule) {
    byRule = new Map();
    GUARDS.set(group, byRule);
  }
  let guard = byRule.get(options.id);
  if (!guard) {
    guard = buildLimitGuard(pool, group, options);
    byRule.set(options.id, guard);
  }
  return guard;
}

const GUARDS = new WeakMap<PoolDescription[], Map<string, PlanGuard>>();

function buildLimitGuard(pool: PoolDescription, group: PoolDescription[], options: NodeLimitOptions): PlanGuard {
  const { kind, limit } = options;
  // A blue/green pool counts twice, as in lineageTotal: its predecessor runs beside it.
  const counted = group.flatMap((p) => {
    const count = declaredNodes(p.scale, kind);
    return count === undefined ? [] : [{ path: p.constructPath, count, factor: overlapFactor(p) }];
  });
  const total = sum(counted.flatMap((c) => (isUnresolved(c.count) ? Array(c.factor).fill(c.count) : [c.count * c.factor])));
  const listing = shortList(
    counted.map((c) => `'${c.path}' ${isUnresolved(c.count) ? Token.asString(c.count) : c.count}${c.factor > 1 ? ' x2 (blue/green)' : ''}`),
  );
  const what =
    counted.length === 1
      ? `${poolLabel(pool)} on ${imageLabel(pool.image)} requests ${Token.asString(total)} ${kind} nodes`
      : `${counted.length} pools on ${imageLabel(pool.image)} or on images from the same snapshot request ` +
        `${Token.asString(total)} ${kind} nodes in total (${listing})`;
  // One token among known counts: ARM output can cap its parameter.
  const tokens = counted.filter((c) => isUnresolved(c.count));
  const known = counted.reduce((n, c) => (isUnresolved(c.count) ? n : n + c.count * c.factor), 0);
  // One precondition per lineage, on the first pool whose count is a token: n token pools would
  // otherwise carry n copies of an n-term sum.
  return {
    condition: atMost(total, limit),
    placeOn: tokens[0].path,
    ...(tokens.length === 1 ? { restriction: { value: tokens[0].count, maxValue: Math.floor((limit - known) / tokens[0].factor) } } : {}),
    message: `${what}, above Azure's limit of ${limit} for one managed image`,
    fix: limitFix(options),
  };
}

function limitFix(options: NodeLimitOptions): string {
  return (
    `lower ${options.fixedProp} (fixed pools) or ${options.autoscaleProp} (autoscale pools) so these pools total at most ${options.limit}, ` +
    'give some pools their own image built from a separate snapshot, or publish the image to an Azure Compute Gallery ' +
    '(gallery image versions are not bound by this limit; see https://learn.microsoft.com/azure/batch/batch-sig-images)'
  );
}

// The model returns the same arrays until it changes; keying on them filters each lineage once
// per synth and hands lineageTotal a stable array to cache its sums on.
const MANAGED = new WeakMap<PoolDescription[], PoolDescription[]>();
const MANAGED_FAMILIES = new WeakMap<LineageFamilyPools, LineageFamilyPools>();

/** The pools of `pools` that run on a managed image (a gallery version shares its source's lineage). */
function onManagedImages(pools: PoolDescription[]): PoolDescription[] {
  let result = MANAGED.get(pools);
  if (!result) {
    result = pools.filter((p) => p.image.kind === ImageKind.MANAGED_IMAGE);
    MANAGED.set(pools, result);
  }
  return result;
}

function familyOnManagedImages(family: LineageFamilyPools): LineageFamilyPools {
  let result = MANAGED_FAMILIES.get(family);
  if (!result) {
    result = { pools: onManagedImages(family.pools), tokenPools: onManagedImages(family.tokenPools) };
    MANAGED_FAMILIES.set(family, result);
  }
  return result;
}
