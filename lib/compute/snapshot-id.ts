import { parseResourceIdOfType, ResourceId } from '../core/resource-id';

/** Parses a snapshot's resource ID, rejecting malformed IDs and IDs of other resource types. */
export function parseSnapshotId(id: string): ResourceId {
  return parseResourceIdOfType(id, 'Microsoft.Compute/snapshots', 'snapshot');
}
