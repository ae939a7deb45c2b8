import { Token } from 'cdktf';
import { isUnresolved } from '../../core/tokens';
import { atMost, sum } from '../guards/expressions';
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
    const total = sum([dedicated, spot]);
    const large = finding(
      `fixed ${poolLabel(pool)} targets ${text(total)} nodes (${text(dedicated)} dedicated + ${text(spot)} Spot); ` +
        'custom-image pools over 300 nodes may stop short of the target and need several resize operations',
      'be ready to resize the pool again when a resize stops short of the target, and allow a resizeTimeout of ' +
        'at least 15 minutes per 1000 nodes',
    );
    if (isUnresolved(dedicated) || isUnresolved(spot)) {
      const [what, token] = isUnresolved(dedicated) ? ['the dedicated node count', dedicated] : ['the Spot node count', spot];
      return [unresolved(what, token, { condition: atMost(total, NODES_PER_RESIZE), ...large })];
    }
    if (total <= NODES_PER_RESIZE) return [];
    return [large];
  },
};

/** A count for a message: the number, or the Terraform expression of a token. */
function text(count: number): string {
  return isUnresolved(count) ? Token.asString(count) : String(count);
}
