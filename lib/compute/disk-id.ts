import { parseResourceIdOfType, ResourceId } from '../core/resource-id';

/** Parses a managed disk's resource ID, rejecting malformed IDs and IDs of other resource types. */
export function parseDiskId(id: string): ResourceId {
  return parseResourceIdOfType(id, 'Microsoft.Compute/disks', 'managed disk');
}
