import { Token } from 'cdktf';
// In your project: from 'cdktf-azure-batch-custom-images'.
import { CustomRule, Finding, Findings, PoolDescription, RuleSeverity } from '../../lib';

/** ORG001: pools use one of the VM sizes the platform team approved (sizes compare ignoring case, as Azure's do). */
export class AllowedVmSizes extends CustomRule {
  private readonly allowed: string[];

  constructor(allowed: string[]) {
    super({
      id: 'ORG001',
      title: 'Pools use an approved VM size',
      severity: RuleSeverity.ERROR,
      source: 'Platform policy: approved VM sizes for Batch pools',
    });
    if (allowed.length === 0) throw new Error('AllowedVmSizes needs at least one VM size');
    this.allowed = allowed;
  }

  public checkPool(pool: PoolDescription): Finding[] {
    if (Token.isUnresolved(pool.vmSize)) return [Findings.unresolved(`the VM size of pool '${pool.constructPath}'`, pool.vmSize)];
    if (this.allowed.some((size) => size.toLowerCase() === pool.vmSize.toLowerCase())) return [];
    return [
      Findings.of(
        `pool '${pool.poolName}' uses VM size '${pool.vmSize}', which is not approved`,
        `use one of ${this.allowed.map((s) => `'${s}'`).join(', ')}, or ask the platform team to approve '${pool.vmSize}'`,
      ),
    ];
  }
}
