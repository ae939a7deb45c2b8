import { nodeLimitRule } from '../node-limit';
import { NodeKind } from '../lineage';

/**
 * AZB003: all pools on one managed image, or on managed images from the same OS-disk snapshot, share
 * a limit of 2500 dedicated nodes (F4). Summed over the whole App, across stacks.
 * Pools on gallery image versions are not counted: a gallery lifts the limit (AZW109).
 */
export const AZB003 = nodeLimitRule({
  id: 'AZB003',
  kind: NodeKind.DEDICATED,
  limit: 2500,
  title: 'Dedicated nodes over all pools on managed images of one lineage (same image or same snapshot) exceed 2500',
  fixedProp: 'dedicatedNodes',
  autoscaleProp: 'maxDedicatedNodes',
});
