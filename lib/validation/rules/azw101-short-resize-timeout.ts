import { isUnresolved } from '../../core/tokens';
import { PoolDescription, ScaleMode } from '../model';
import { finding, Rule, RuleResult, RuleSeverity, unresolved } from '../rule';
import { poolLabel } from '../wording';

const RECOMMENDED_MINUTES = 20;

/**
 * AZW101: fixed custom-image pools should allow 20–30 minutes to resize (see https://learn.microsoft.com/azure/batch/batch-custom-images#considerations-for-large-pools); azurerm's
 * default of 15 minutes often ends the resize before the pool reaches its target.
 */
export const AZW101: Rule = {
  id: 'AZW101',
  severity: RuleSeverity.WARNING,
  title: 'Fixed pool with a resizeTimeout under 20 minutes',
  source: 'https://learn.microsoft.com/azure/batch/batch-custom-images#considerations-for-large-pools',

  checkPool(pool: PoolDescription): RuleResult[] {
    const minutes = pool.scale.resizeTimeoutMinutes;
    if (pool.scale.mode !== ScaleMode.FIXED || minutes === undefined) return [];
    if (isUnresolved(minutes)) return [unresolved('the resize timeout', minutes)];
    if (minutes >= RECOMMENDED_MINUTES) return [];
    return [
      finding(
        `fixed ${poolLabel(pool)} has a resizeTimeout of ${minutes} minutes, under the 20–30 minutes Azure recommends for custom-image pools`,
        'set resizeTimeout to Duration.minutes(20) or more (the default is 30 minutes)',
      ),
    ];
  },
};
