/*
 * A disk snapshot taken in the app (`DiskSnapshot`), as its renderers read it: the Terraform
 * `azurerm_snapshot` and the ARM `Microsoft.Compute/snapshots`. Values may be tokens.
 */

/** A snapshot that copies a managed disk (create option `Copy`). */
export interface DiskSnapshotSpec {
  /** Construct path of the snapshot. */
  readonly constructPath: string;
  /** Snapshot name. */
  readonly name: string;
  /** Resource group of the snapshot. */
  readonly resourceGroupName: string;
  /** Region of the snapshot. */
  readonly location: string;
  /** Resource ID of the disk it copies. */
  readonly sourceDiskId: string;
  /** True for an incremental snapshot. */
  readonly incremental: boolean;
  /** Resource tags. @default - none */
  readonly tags?: { [key: string]: string };
}
