import { isUnresolved } from '../../core/tokens';
import { sameIgnoringCase } from '../guards/expressions';
import { ImageKind, PoolDescription } from '../model';
import { finding, Rule, RuleResult, RuleSeverity, unresolved } from '../rule';
import { accountLabel, imageLabel } from '../wording';

/**
 * AZB002: a managed image must be in the Batch account's subscription (see https://learn.microsoft.com/azure/batch/batch-custom-images). Compute Gallery
 * images are exempt: Azure documents that a gallery image may sit in another subscription of
 * the same Microsoft Entra tenant once that subscription registers the Microsoft.Batch
 * resource provider, and the Batch management API requires only a replica in the account's
 * region.
 */
export const AZB002: Rule = {
  id: 'AZB002',
  severity: RuleSeverity.ERROR,
  title: "Managed image subscription differs from the Batch account's (gallery image versions are exempt)",
  source:
    'https://learn.microsoft.com/azure/batch/batch-custom-images (same subscription as the account); ' +
    'https://learn.microsoft.com/azure/batch/batch-sig-images (gallery images may be in another subscription of the same tenant)',

  checkPool(pool: PoolDescription): RuleResult[] {
    const { image, account } = pool;
    if (image.kind !== ImageKind.MANAGED_IMAGE) return [];
    if (image.subscriptionId === undefined || account.subscriptionId === undefined) return [];
    const mismatch = finding(
      `${imageLabel(image)} is in subscription '${image.subscriptionId}' but ${accountLabel(account)} is in subscription '${account.subscriptionId}'`,
      `create the image in subscription '${account.subscriptionId}', or publish it to an Azure Compute Gallery ` +
        '(gallery images may be in another subscription of the same tenant that registers Microsoft.Batch)',
    );
    if (isUnresolved(image.subscriptionId) || isUnresolved(account.subscriptionId)) {
      const [what, token] = isUnresolved(image.subscriptionId)
        ? ['the image subscription', image.subscriptionId]
        : ['the Batch account subscription', account.subscriptionId];
      const condition = sameIgnoringCase(image.subscriptionId, account.subscriptionId);
      return [unresolved(what, token, { condition, ...mismatch })];
    }
    if (image.subscriptionId.toLowerCase() === account.subscriptionId.toLowerCase()) return [];
    return [mismatch];
  },
};
