import { isUnresolved } from '../../core/tokens';
import { PoolDescription, ScaleMode } from '../model';
import { finding, Rule, RuleResult, RuleSeverity, unresolved } from '../rule';
import { poolLabel } from '../wording';

const NODES_PER_RESIZE = 300;

/**
 * AZW102: a fixed custom-image pool of more than 300 nodes may need several resize operations
 * to reach its target (see https://learn.microsoft.com/azure/batch/batch-custom-images#considerations-for-large-pools).
 */
export const AZW102: Rule = {
  id: 'AZW102',
  severity: RuleSeverity.WARNING,
  title: 'Fixed pool with more than 300 target nodes (dedicated + Spot): several resizes may be needed',
  source:
    'https://learn.microsoft.com/azure/batch/batch-custom-images#considerations-for-large-pools, ' +
    'https://learn.microsoft.com/azure/batch/batch-sig-images#considerations-for-large-pools',

  checkPool(pool: PoolDescription): RuleResult[] {
    if (pool.scale.mode !== ScaleMode.FIXED) return [];
    const dedicated = pool.scale.dedicatedNodes ?? 0;
    const spot = pool.scale.spotNodes ?? 0;
    if (isUnresolved(dedicated)) return [unresolved('the dedicated node count', dedicated)];
    if (isUnresolved(spot)) return [unresolved('the Spot node count', spot)];
    const total = dedicated + spot;
    if (total <= NODES_PER_RESIZE) return [];
    return [
      finding(
        `fixed ${poolLabel(pool)} targets ${total} nodes (${dedicated} dedicated + ${spot} Spot); ` +
          'custom-image pools over 300 nodes may stop short of the target and need several resize operations',
        'be ready to resize the pool again when a resize stops short of the target, and allow a resizeTimeout of ' +
          'at least 15 minutes per 1000 nodes',
      ),
    ];
  },
};
