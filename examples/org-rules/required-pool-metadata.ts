// In your project: from 'cdktf-azure-batch-custom-images'.
import { CustomRule, Finding, Findings, PoolDescription, RuleSeverity } from '../../lib';

/** ORG002: pools carry the metadata keys cost reports and on-call routing read. */
export class RequiredPoolMetadata extends CustomRule {
  constructor(private readonly keys: string[]) {
    super({
      id: 'ORG002',
      title: 'Pools carry the required metadata keys',
      severity: RuleSeverity.WARNING,
      source: 'Platform policy: pool metadata for cost reports and on-call routing',
    });
  }

  public checkPool(pool: PoolDescription): Finding[] {
    const metadata = pool.metadata ?? {};
    const missing = this.keys.filter((key) => !(key in metadata));
    if (missing.length === 0) return [];
    return [
      Findings.of(
        `pool '${pool.poolName}' has no metadata ${missing.map((k) => `'${k}'`).join(', ')}`,
        `add metadata: { ${missing.map((k) => `${k}: '...'`).join(', ')} } to the pool`,
      ),
    ];
  }
}
