import { PoolRollout } from '../../spec/pool-rollout';
import { ImageKind, PoolDescription } from '../model';
import { finding, Rule, RuleResult, RuleSeverity } from '../rule';
import { imageLabel, poolLabel } from '../wording';

/**
 * AZW108: a pool that is replaced in place (`PoolRollout.REPLACE`, the default) on a gallery
 * image version this app publishes. Publishing the next version changes the pool's image
 * reference, which azurerm cannot update: Terraform deletes the pool, ending its running tasks
 * and removing its nodes, and only then creates it again, so jobs submitted in between fail.
 */
export const AZW108: Rule = {
  id: 'AZW108',
  severity: RuleSeverity.WARNING,
  title: 'Pool replaced in place (PoolRollout.REPLACE) on a gallery image version created in this app: a new version ends its running tasks',
  source:
    'azurerm batch_pool: storage_image_reference forces a new pool; ' +
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/batch_pool',

  checkPool(pool: PoolDescription): RuleResult[] {
    if (pool.rollout !== PoolRollout.REPLACE) return [];
    if (pool.image.kind !== ImageKind.GALLERY_IMAGE_VERSION || !pool.image.managedInApp) return [];
    return [
      finding(
        `${poolLabel(pool)} is replaced in place when its image changes: publishing the next version after ${imageLabel(pool.image)} ` +
          'makes Terraform delete the pool, ending its running tasks and removing its nodes, before creating it again',
        'set rollout: PoolRollout.BLUE_GREEN (the pool ID then carries the version and the new pool exists before the old one is deleted), ' +
          'or drain the pool (stop submitting jobs, let its tasks finish) before each new version and suppress AZW108 with that reason',
      ),
    ];
  },
};
