import { ArmResourceDeclaration } from '../arm-resources';
import { SNAPSHOTS_API_VERSION } from './api-versions';

/** What the ARM output needs of a `DiskSnapshot` (its props, with no import of the construct). */
export interface DiskSnapshotArmInput {
  readonly name: string;
  readonly resourceGroupName: string;
  readonly location: string;
  readonly sourceDiskId: string;
  readonly incremental?: boolean;
  readonly tags?: { [key: string]: string };
}

/**
 * A `DiskSnapshot` in ARM: `Microsoft.Compute/snapshots` copying the disk
 * (`creationData.createOption` `Copy`; `sourceResourceId` is the field the snapshots API
 * documents for the ARM ID of a source disk), full unless `incremental`.
 *
 * @see https://learn.microsoft.com/rest/api/compute/snapshots/create-or-update
 */
export function diskSnapshotArmResource(props: DiskSnapshotArmInput, snapshotId: string): ArmResourceDeclaration {
  return {
    type: 'Microsoft.Compute/snapshots',
    apiVersion: SNAPSHOTS_API_VERSION,
    name: props.name,
    resourceGroupName: props.resourceGroupName,
    location: props.location,
    tags: props.tags,
    properties: {
      creationData: { createOption: 'Copy', sourceResourceId: props.sourceDiskId },
      incremental: props.incremental ?? false,
    },
    id: snapshotId,
  };
}
