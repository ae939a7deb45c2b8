import { PoolDescription } from '../model';
import { finding, Rule, RuleResult, RuleSeverity } from '../rule';
import { poolLabel, quotedList } from '../wording';

/** AZW104: inbound NAT pools may lower the custom-image node limits below 2500/1000 (see https://learn.microsoft.com/azure/batch/batch-custom-images#considerations-for-large-pools). */
export const AZW104: Rule = {
  id: 'AZW104',
  severity: RuleSeverity.WARNING,
  title: 'Pool with inbound NAT pools: the node limits may be lower than 2500 dedicated / 1000 Spot',
  source:
    'https://learn.microsoft.com/azure/batch/batch-custom-images#considerations-for-large-pools, ' +
    'https://learn.microsoft.com/azure/batch/pool-endpoint-configuration',

  checkPool(pool: PoolDescription): RuleResult[] {
    const natPools = pool.inboundNatPools;
    if (natPools.length === 0) return [];
    return [
      finding(
        `${poolLabel(pool)} has ${natPools.length} inbound NAT pool${natPools.length === 1 ? '' : 's'} ` +
          `(${quotedList(natPools.map((n) => n.name))}); Azure may then allow fewer than 2500 dedicated / 1000 Spot nodes for its image`,
        'keep the node counts well below the limits, or remove the inbound NAT pools if the nodes need no inbound endpoints',
      ),
    ];
  },
};
