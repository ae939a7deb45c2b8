import { NODE_AGENT_SKU_FAMILIES, nodeAgentSkuOsType } from '../../core/node-agent-sku-os';
import { OsType } from '../../core/os-type';
import { isUnresolved } from '../../core/tokens';
import { skuFamilyNotAmong } from '../guards/expressions';
import { PlanGuard } from '../guards/plan-guard';
import { ImageDescription, PoolDescription } from '../model';
import { finding, Finding, Rule, RuleResult, RuleSeverity, unresolved } from '../rule';
import { imageLabel } from '../wording';

/**
 * AZB007: the node agent SKU must fit the image's OS (see https://learn.microsoft.com/azure/batch/batch-sig-images); otherwise the nodes do not start.
 * Windows images take `batch.node.windows amd64`; Linux images the SKU of their distribution
 * (`batch.node.ubuntu 22.04`, `batch.node.el 9`, ...).
 *
 * The OS of a SKU is read from its family (core/node-agent-sku-os.ts). A SKU whose family the
 * library does not recognise (a typo, or a family Azure added later) is not guessed to be
 * Linux or Windows: AZB007 reports it as a warning naming the SKU, so a new family can be
 * suppressed with a reason while a typo is fixed before deployment.
 */
export const AZB007: Rule = {
  id: 'AZB007',
  severity: RuleSeverity.ERROR,
  title: "Node agent SKU does not fit the image's OS (Windows image with a Linux SKU, or the reverse); warning for a SKU of unknown family",
  source:
    'https://learn.microsoft.com/azure/batch/batch-sig-images (the node agent SKU must align with the image) ' +
    'and https://learn.microsoft.com/rest/api/batchservice/account/list-supported-images',

  checkPool(pool: PoolDescription): RuleResult[] {
    const { image, nodeAgentSkuId } = pool;
    if (image.osType === undefined) return [];
    if (isUnresolved(image.osType)) return [unresolved('the image OS type', image.osType)];
    if (isUnresolved(nodeAgentSkuId)) return [unresolved('the node agent SKU', nodeAgentSkuId, skuGuard(image, nodeAgentSkuId))];
    const skuOs = nodeAgentSkuOsType(nodeAgentSkuId);
    if (skuOs === undefined) {
      return [
        finding(
          `the node agent SKU '${nodeAgentSkuId}' of the pool is not of a Batch node agent SKU family this library knows ` +
            `(batch.node.<family> <version>, family one of ${NODE_AGENT_SKU_FAMILIES.join(', ')}), so whether it fits ` +
            `${imageLabel(image)} (a ${image.osType} image) was not checked`,
          `use the SKU Azure lists for the image's OS (List Supported Images), e.g. ${example(image.osType)}; ` +
            'if the SKU is right and new, suppress AZB007 on the pool with a reason',
          RuleSeverity.WARNING,
        ),
      ];
    }
    if (skuOs === image.osType) return [];
    return [mismatch(image, nodeAgentSkuId)];
  },
};

function example(osType: OsType): string {
  return osType === OsType.WINDOWS ? "'batch.node.windows amd64'" : "'batch.node.ubuntu 22.04' or 'batch.node.el 9'";
}

function mismatch(image: ImageDescription, nodeAgentSkuId: string): Finding {
  return finding(
    `${imageLabel(image)} is a ${image.osType} image but the pool's node agent SKU is '${nodeAgentSkuId}'`,
    image.osType === OsType.WINDOWS
      ? "use node agent SKU 'batch.node.windows amd64' for Windows images"
      : "use the Linux SKU of the image's distribution, e.g. 'batch.node.ubuntu 22.04' or 'batch.node.el 9'",
  );
}

/**
 * At plan, a SKU token must not be of a family of the other OS. A family the library does not
 * know passes, as it is only a warning at synth.
 */
function skuGuard(image: ImageDescription, nodeAgentSkuId: string): PlanGuard {
  const otherOs = image.osType === OsType.WINDOWS ? OsType.LINUX : OsType.WINDOWS;
  const families = NODE_AGENT_SKU_FAMILIES.filter((family) => nodeAgentSkuOsType(`batch.node.${family} x`) === otherOs);
  return { condition: skuFamilyNotAmong(nodeAgentSkuId, families), ...mismatch(image, nodeAgentSkuId) };
}
