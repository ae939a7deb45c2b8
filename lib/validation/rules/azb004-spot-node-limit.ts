import { nodeLimitRule } from '../node-limit';
import { NodeKind } from '../lineage';

/**
 * AZB004: all pools on one managed image, or on managed images from the same OS-disk snapshot, share
 * a limit of 1000 Spot/low-priority nodes (F4). Summed over the whole App, across stacks.
 * Pools on gallery image versions are not counted: a gallery lifts the limit (AZW109).
 */
export const AZB004 = nodeLimitRule({
  id: 'AZB004',
  kind: NodeKind.SPOT,
  limit: 1000,
  title: 'Spot/low-priority nodes over all pools on managed images of one lineage (same image or same snapshot) exceed 1000',
  fixedProp: 'spotNodes',
  autoscaleProp: 'maxSpotNodes',
});
