import { OsType } from '../core/os-type';

/*
 * What a pool's image is, as the rules and the pool's renderers read it: one description for a
 * managed image or a gallery image version, created here or imported by ID. Values are kept as
 * given: a value may be an unresolved Terraform token, which a reader detects with
 * `isUnresolved` (a rule then reports AZW106 instead of guessing).
 */

/**
 * Where a pool's image comes from.
 *
 * @see https://learn.microsoft.com/azure/batch/batch-custom-image-pools-to-azure-compute-gallery-migration-guide
 */
export enum ImageKind {
  /** A bare managed image (`Microsoft.Compute/images`): retired for Batch pools after 2026-03-31. */
  MANAGED_IMAGE = 'ManagedImage',
  /** An Azure Compute Gallery image version (`Microsoft.Compute/galleries/images/versions`). */
  GALLERY_IMAGE_VERSION = 'GalleryImageVersion',
}

/** The managed disk a snapshot taken in this app copies. */
export interface SourceDiskDescription {
  /** Disk resource ID (may be a token). */
  readonly diskId: string;
  /** Region. @default - not known */
  readonly location?: string;
  /** Subscription, from the ID. @default - not known (the ID is a token) */
  readonly subscriptionId?: string;
}

/** A disk snapshot an image is built from. */
export interface SnapshotDescription {
  /** Construct path of the snapshot reference. */
  readonly constructPath: string;
  /** Snapshot resource ID (may be a token). */
  readonly snapshotId: string;
  /** Region. @default - not known */
  readonly location?: string;
  /** Subscription. @default - not known */
  readonly subscriptionId?: string;
  /**
   * True when the snapshot is known to be encrypted with Azure Disk Encryption (F13).
   * @default - not known to be encrypted
   */
  readonly azureDiskEncryption?: boolean;
  /**
   * The disk the snapshot was taken from, for snapshots taken in this app (`DiskSnapshot`).
   * @default - not known (the snapshot is referenced by ID)
   */
  readonly sourceDisk?: SourceDiskDescription;
}

/** The replicas a gallery image version keeps in one target region. */
export interface ReplicaDescription {
  /** Region name, as given (may be a token). */
  readonly region: string;
  /** Replicas in that region (may be a token). */
  readonly replicaCount: number;
}

/** An image a pool can use. */
export interface ImageDescription {
  /** Construct path of the image construct (or of its import). */
  readonly constructPath: string;
  /** Managed image or gallery image version. */
  readonly kind: ImageKind;
  /** Image resource ID (a token for images created in this app). */
  readonly imageId: string;
  /** Display name for messages, e.g. the image name. */
  readonly displayName: string;
  /** Region. @default - not known */
  readonly location?: string;
  /** Subscription. @default - not known */
  readonly subscriptionId?: string;
  /** OS type. @default - not known */
  readonly osType?: OsType;
  /**
   * Lineage key: images built from the same OS-disk snapshot (or the same image) share it.
   * The node limits of F4 are shared by all pools of one lineage. When the snapshot or image ID
   * is a Terraform token, the key holds the Terraform expression it resolves to in its stack
   * (`snapshot-token:<stack>:${var.snap}`): equal expressions share a lineage; whether other
   * IDs of the same kind name the same resource is known only at plan time, and the rules that
   * add pools up by lineage (AZB003, AZB004, AZW103) report AZW106 where it would matter.
   */
  readonly lineage: string;
  /** True when this app creates the image (it can keep it alive, F3); false when imported by ID. */
  readonly managedInApp: boolean;
  /** Snapshots the image is built from. @default - not known */
  readonly snapshots?: SnapshotDescription[];
  /**
   * Gallery versions: regions the version is replicated to.
   * @default - not a gallery image version, or not known
   */
  readonly targetRegions?: string[];
  /**
   * Gallery versions: the replicas kept in each target region.
   * @default - not a gallery image version, or not known (a version imported by ID)
   */
  readonly replicas?: ReplicaDescription[];
  /**
   * Gallery versions: the managed image the version was published from, when created here.
   * @default - not known (imported, or a managed image)
   */
  readonly sourceImage?: ImageDescription;
}

