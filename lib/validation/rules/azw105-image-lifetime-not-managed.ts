import { PoolDescription } from '../model';
import { finding, Rule, RuleResult, RuleSeverity } from '../rule';
import { imageLabel, poolLabel } from '../wording';

/**
 * AZW105: the image must exist for the pool's lifetime (see https://learn.microsoft.com/azure/batch/batch-custom-images). An image imported by ID is not
 * managed here, so nothing stops it from being deleted while the pool needs it.
 */
export const AZW105: Rule = {
  id: 'AZW105',
  severity: RuleSeverity.WARNING,
  title: "Pool on an image imported by ID: this app cannot keep the image alive for the pool's lifetime",
  source: 'https://learn.microsoft.com/azure/batch/batch-custom-images',

  checkPool(pool: PoolDescription): RuleResult[] {
    if (pool.image.managedInApp) return [];
    return [
      finding(
        `${poolLabel(pool)} uses ${imageLabel(pool.image)}, imported by ID; if that image is deleted while the pool exists, ` +
          'scale-up fails with AllocationFailed',
        'create the image in this app so Terraform keeps it for the pool, or make sure it outlives the pool ' +
          'and suppress AZW105 with that reason',
      ),
    ];
  },
};
