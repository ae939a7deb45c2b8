import { ImageKind, PoolDescription } from '../model';
import { finding, Rule, RuleContext, RuleResult, RuleSeverity } from '../rule';
import { imageLabel, poolLabel } from '../wording';

/** The last day Azure Batch supports pools on bare managed images (see https://learn.microsoft.com/azure/batch/batch-custom-image-pools-to-azure-compute-gallery-migration-guide), at 00:00 UTC. */
const LAST_SUPPORTED_DAY = Date.UTC(2026, 2, 31);

/**
 * AZB005: after 31 March 2026 Azure Batch takes custom images only from Azure Compute Gallery
 * (see https://learn.microsoft.com/azure/batch/batch-custom-image-pools-to-azure-compute-gallery-migration-guide). A pool on a bare managed image is an error after that date and a warning until then;
 * the date is the App's evaluation date (context `batchImages.evaluationDate`).
 */
export const AZB005: Rule = {
  id: 'AZB005',
  severity: RuleSeverity.ERROR,
  title: 'Pool references a managed image directly: retired after 2026-03-31 (error after that date, warning until then)',
  source: 'https://learn.microsoft.com/azure/batch/batch-custom-image-pools-to-azure-compute-gallery-migration-guide',

  checkPool(pool: PoolDescription, context: RuleContext): RuleResult[] {
    if (pool.image.kind !== ImageKind.MANAGED_IMAGE) return [];
    const date = context.evaluationDate;
    const retired = date.getTime() > LAST_SUPPORTED_DAY;
    const day = date.toISOString().slice(0, 10);
    return [
      finding(
        `${poolLabel(pool)} uses ${imageLabel(pool.image)} directly; Azure Batch ` +
          `${retired ? 'no longer supports' : 'stops supporting'} managed-image pools after 2026-03-31 (evaluation date ${day})`,
        'publish the image to an Azure Compute Gallery with image.publishTo(definition, { version }) or ' +
          'new ComputeGallery(...).addImageDefinition(...).addVersion(...), and give the pool that gallery image version',
        retired ? RuleSeverity.ERROR : RuleSeverity.WARNING,
      ),
    ];
  },
};
