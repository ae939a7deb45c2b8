import { OsType } from '../core/os-type';

/*
 * The spec of a `ManagedImageFromSnapshots`: its props with every default applied, produced once
 * by the construct and read by both Terraform provisionings (azapi, or managed-disk copies) and
 * by the ARM rendering. Tokens are kept as tokens.
 */

/** A data disk of a managed image, as the renderers read it. */
export interface ManagedImageDataDiskSpec {
  /** Logical unit number, 0-63. */
  readonly lun: number;
  /** Resource ID of the data-disk snapshot (may be a token). */
  readonly snapshotId: string;
  /** Host caching (`None`, `ReadOnly`, `ReadWrite`). @default - Azure's default */
  readonly caching?: string;
  /** Size in GB, to grow the disk beyond the snapshot's size. @default - the snapshot's size */
  readonly sizeGb?: number;
}

/** A managed image built from snapshots, with every default applied. */
export interface ManagedImageSpec {
  /** Construct path of the image construct. */
  readonly constructPath: string;
  /** Image name. */
  readonly name: string;
  /** Region of the image. */
  readonly location: string;
  /** Resource group of the image. */
  readonly resourceGroupName: string;
  /** Subscription, as given. @default - the azurerm provider's subscription */
  readonly subscriptionId?: string;
  /** OS of the image. */
  readonly osType: OsType;
  /** `Generalized` (Batch needs generalized images). */
  readonly osState: string;
  /** Hyper-V generation, `V1` or `V2`. */
  readonly hyperVGeneration: string;
  /** Storage account type of the image's disks. */
  readonly storageAccountType: string;
  /** Zone resilience. @default - not set: Azure's default */
  readonly zoneResilient?: boolean;
  /** Resource tags. @default - none */
  readonly tags?: { [key: string]: string };
  /** True when the image must outlive every `terraform destroy` and ARM deletion (fact F3). */
  readonly preventDestroy: boolean;
  /** Resource ID of the OS-disk snapshot (may be a token). */
  readonly osDiskSnapshotId: string;
  /** Data disks, each from its snapshot. */
  readonly dataDisks: ManagedImageDataDiskSpec[];
}
