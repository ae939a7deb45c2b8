import { DiskSnapshotSpec } from '../../spec/disk-snapshot';
import { ArmResourceDeclaration } from '../declaration';
import { SNAPSHOTS_API_VERSION } from './api-versions';


/**
 * A `DiskSnapshot` in ARM: `Microsoft.Compute/snapshots` copying the disk
 * (`creationData.createOption` `Copy`; `sourceResourceId` is the field the snapshots API
 * documents for the ARM ID of a source disk), full unless `incremental`.
 *
 * @see https://learn.microsoft.com/rest/api/compute/snapshots/create-or-update
 */
export function diskSnapshotArmResource(spec: DiskSnapshotSpec, snapshotId: string): ArmResourceDeclaration {
  return {
    type: 'Microsoft.Compute/snapshots',
    apiVersion: SNAPSHOTS_API_VERSION,
    name: spec.name,
    resourceGroupName: spec.resourceGroupName,
    location: spec.location,
    tags: spec.tags,
    properties: {
      creationData: { createOption: 'Copy', sourceResourceId: spec.sourceDiskId },
      incremental: spec.incremental,
    },
    id: snapshotId,
  };
}
