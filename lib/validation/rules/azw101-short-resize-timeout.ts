import { isUnresolved } from '../../core/tokens';
import { ImageKind, PoolDescription, ScaleMode } from '../model';
import { finding, Rule, RuleResult, RuleSeverity, unresolved } from '../rule';
import { poolLabel } from '../wording';

/** Managed images: Azure recommends 20-30 minutes. */
const MANAGED_IMAGE_MINUTES = 20;
/** Gallery images: at least 15 minutes per 1000 nodes. */
const GALLERY_MINUTES_PER_1000_NODES = 15;

const MANAGED_SOURCE = 'https://learn.microsoft.com/azure/batch/batch-custom-images#considerations-for-large-pools';
const GALLERY_SOURCE = 'https://learn.microsoft.com/azure/batch/batch-sig-images#considerations-for-large-pools';

/** The whole minutes a fixed gallery pool of `nodes` nodes should allow to resize. */
export function galleryResizeMinutes(nodes: number): number {
  return Math.ceil((nodes * GALLERY_MINUTES_PER_1000_NODES) / 1000);
}

/**
 * AZW101: fixed custom-image pools need time to allocate. On a managed image Azure recommends a
 * resizeTimeout of 20–30 minutes (F7); on a gallery image version at least 15 minutes per 1000
 * nodes (G2), so 2000 nodes need 30 minutes. azurerm's default of 15 minutes often ends the
 * resize before the pool reaches its target.
 */
export const AZW101: Rule = {
  id: 'AZW101',
  severity: RuleSeverity.WARNING,
  title: 'Fixed pool with a short resizeTimeout: under 20 minutes on a managed image, under 15 minutes per 1000 nodes on a gallery image version',
  source: `F7, G2; ${MANAGED_SOURCE}, ${GALLERY_SOURCE}`,

  checkPool(pool: PoolDescription): RuleResult[] {
    const minutes = pool.scale.resizeTimeoutMinutes;
    if (pool.scale.mode !== ScaleMode.FIXED || minutes === undefined) return [];
    if (isUnresolved(minutes)) return [unresolved('the resize timeout', minutes)];
    if (pool.image.kind === ImageKind.GALLERY_IMAGE_VERSION) return checkGalleryPool(pool, minutes);
    if (minutes >= MANAGED_IMAGE_MINUTES) return [];
    return [
      finding(
        `fixed ${poolLabel(pool)} has a resizeTimeout of ${minutes} minutes, under the 20–30 minutes Azure recommends for pools on managed images`,
        `set resizeTimeout to Duration.minutes(20) or more (the default is 30 minutes; see ${MANAGED_SOURCE})`,
      ),
    ];
  },
};

function checkGalleryPool(pool: PoolDescription, minutes: number): RuleResult[] {
  const dedicated = pool.scale.dedicatedNodes ?? 0;
  const spot = pool.scale.spotNodes ?? 0;
  if (isUnresolved(dedicated)) return [unresolved('the dedicated node count', dedicated)];
  if (isUnresolved(spot)) return [unresolved('the Spot node count', spot)];
  const nodes = dedicated + spot;
  const needed = galleryResizeMinutes(nodes);
  if (minutes >= needed) return [];
  return [
    finding(
      `fixed ${poolLabel(pool)} targets ${nodes} nodes with a resizeTimeout of ${minutes} minutes; ` +
        `Azure recommends at least ${GALLERY_MINUTES_PER_1000_NODES} minutes per 1000 nodes for pools on gallery images`,
      `set resizeTimeout to Duration.minutes(${needed}) or more (see ${GALLERY_SOURCE})`,
    ),
  ];
}
