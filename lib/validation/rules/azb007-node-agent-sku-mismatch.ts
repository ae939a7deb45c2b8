import { OsType } from '../../core/os-type';
import { isUnresolved } from '../../core/tokens';
import { PoolDescription } from '../model';
import { finding, Rule, RuleResult, RuleSeverity, unresolved } from '../rule';
import { imageLabel } from '../wording';

const WINDOWS_SKU_PREFIX = 'batch.node.windows';

/**
 * AZB007: the node agent SKU must fit the image's OS (F10); otherwise the nodes do not start.
 * Windows images take `batch.node.windows amd64`; Linux images a Linux SKU.
 */
export const AZB007: Rule = {
  id: 'AZB007',
  severity: RuleSeverity.ERROR,
  title: "Node agent SKU does not fit the image's OS (Windows image with a Linux SKU, or the reverse)",
  source:
    'F10; https://learn.microsoft.com/azure/batch/batch-sig-images (the node agent SKU must align with the image) ' +
    'and https://learn.microsoft.com/azure/batch/batch-linux-nodes',

  checkPool(pool: PoolDescription): RuleResult[] {
    const { image, nodeAgentSkuId } = pool;
    if (image.osType === undefined) return [];
    if (isUnresolved(image.osType)) return [unresolved('the image OS type', image.osType)];
    if (isUnresolved(nodeAgentSkuId)) return [unresolved('the node agent SKU', nodeAgentSkuId)];
    const windowsSku = nodeAgentSkuId.trim().toLowerCase().startsWith(WINDOWS_SKU_PREFIX);
    if (image.osType === OsType.WINDOWS && !windowsSku) {
      return [
        finding(
          `${imageLabel(image)} is a Windows image but the pool's node agent SKU is '${nodeAgentSkuId}'`,
          "use node agent SKU 'batch.node.windows amd64' for Windows images",
        ),
      ];
    }
    if (image.osType === OsType.LINUX && windowsSku) {
      return [
        finding(
          `${imageLabel(image)} is a Linux image but the pool's node agent SKU is '${nodeAgentSkuId}'`,
          "use the Linux SKU of the image's distribution, e.g. 'batch.node.ubuntu 22.04' or 'batch.node.el 9'",
        ),
      ];
    }
    return [];
  },
};
