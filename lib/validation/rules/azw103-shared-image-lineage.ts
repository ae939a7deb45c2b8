import { lineageMayBeShared, lineagePoolListing, possibleLineagePools } from '../lineage';
import { PoolDescription } from '../model';
import { finding, Rule, RuleContext, RuleResult, RuleSeverity } from '../rule';
import { imageLabel } from '../wording';

/**
 * AZW103: Azure recommends a unique custom image per pool (F5); pools on one image, or on
 * images from the same snapshot, also share the node limits of AZB003/AZB004. A pool alone on
 * its lineage gets AZW106 instead when a token image or snapshot ID may make it share one
 * (lineage.ts).
 */
export const AZW103: Rule = {
  id: 'AZW103',
  severity: RuleSeverity.WARNING,
  title: 'One image lineage (same image or same snapshot) used by more than one pool',
  source: 'F5; https://learn.microsoft.com/azure/batch/batch-custom-images#considerations-for-large-pools',

  checkPool(pool: PoolDescription, context: RuleContext): RuleResult[] {
    const group = context.poolsOfLineage(pool.image.lineage);
    if (group.length <= 1) {
      const family = context.poolsOfLineageFamily(pool.image.lineage);
      return possibleLineagePools(pool, group, family) > 1 ? [lineageMayBeShared(pool, family)] : [];
    }
    return [
      finding(
        `${imageLabel(pool.image)} or its snapshot is used by ${group.length} pools: ${lineagePoolListing(group)}`,
        'give each pool its own image built from its own snapshot (Azure recommends a unique custom image per pool; ' +
          'pools on managed images of one lineage share the 2500 dedicated / 1000 Spot node limits)',
      ),
    ];
  },
};
