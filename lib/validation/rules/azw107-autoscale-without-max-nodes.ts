import { PoolDescription, ScaleMode } from '../model';
import { finding, Rule, RuleResult, RuleSeverity } from '../rule';
import { poolLabel } from '../wording';

/**
 * AZW107: an autoscale pool's node counts come from its formula at run time; without declared
 * maxima the node-limit rules (AZB003/AZB004) cannot count it.
 */
export const AZW107: Rule = {
  id: 'AZW107',
  severity: RuleSeverity.WARNING,
  title: 'Autoscale pool without maxDedicatedNodes/maxSpotNodes: the node limits cannot be verified',
  source: 'https://learn.microsoft.com/azure/batch/batch-custom-images#considerations-for-large-pools',

  checkPool(pool: PoolDescription): RuleResult[] {
    if (pool.scale.mode !== ScaleMode.AUTOSCALE) return [];
    const missing: string[] = [];
    if (pool.scale.dedicatedNodes === undefined) missing.push('maxDedicatedNodes');
    if (pool.scale.spotNodes === undefined) missing.push('maxSpotNodes');
    if (missing.length === 0) return [];
    return [
      finding(
        `autoscale ${poolLabel(pool)} declares no ${missing.join(' or ')}, so AZB003/AZB004 cannot count it toward its image's node limits`,
        `declare ${missing.join(' and ')} in PoolScale.autoscale({...}) as the most nodes the formula may request (use 0 for a kind it never uses)`,
      ),
    ];
  },
};
