import { Fn } from 'cdktf';

/**
 * Positions of the segments of a gallery resource ID split at '/':
 * `/subscriptions/{2}/resourceGroups/{4}/providers/Microsoft.Compute/galleries/{8}/images/{10}/versions/{12}`
 * (index 0 is the empty string before the leading '/').
 */
export const ID_SEGMENT = { subscription: 2, resourceGroup: 4, gallery: 8, image: 10, version: 12 } as const;

/** A segment of a resource ID that is a Terraform token, read by Terraform at plan time. */
export function idSegment(resourceId: string, index: number): string {
  return Fn.element(Fn.split('/', resourceId), index);
}
