import { OsType } from '../../core/os-type';
import { IBatchPoolImage } from '../batch-pool-image';
import { IManagedImage } from '../managed-image';
import { GalleryTargetRegion } from './target-region';

// The version's option types, apart from the construct so that checks and imports read them without it.

/**
 * How to publish an image as a gallery image version; shared by
 * `GalleryImageDefinition.addVersion` and the image's `publishTo`.
 */
export interface PublishImageOptions {
  /**
   * Version number, `MAJOR.MINOR.PATCH`: three integers of at most 2,147,483,647
   * (e.g. `1.0.0`, `2026.3.14`). Unique within the image definition.
   *
   * @see https://learn.microsoft.com/azure/virtual-machines/troubleshooting-shared-images#creating-or-updating-image-versions
   */
  readonly version: string;
  /**
   * Regions the version is replicated to. Azure requires the gallery's own region among them,
   * and a Batch pool can use the version only in a region listed here.
   *
   * @default - the gallery's region (which is also the source image's region), one replica
   */
  readonly targetRegions?: GalleryTargetRegion[];
  /**
   * Hide this version from consumers that ask for the definition's `latest` version.
   *
   * @default false
   */
  readonly excludeFromLatest?: boolean;
  /**
   * End-of-life date of the version, as an RFC 3339 timestamp (`2027-12-31T00:00:00Z`). Azure
   * rejects dates in the past, so a date before the evaluation date (today, UTC, or the context
   * `batchImages.evaluationDate`) is rejected here.
   *
   * @default - none
   */
  readonly endOfLifeDate?: string;
  /** Resource tags. @default - none */
  readonly tags?: { [key: string]: string };
}

/** Options of `GalleryImageDefinition.addVersion`. */
export interface GalleryImageVersionOptions extends PublishImageOptions {
  /**
   * The managed image the version is made from (`managed_image_id`, which carries the data disks
   * too). It must be in the gallery's region and match the definition's OS type and Hyper-V
   * generation. It stays the version's source: keep it in the app.
   */
  readonly source: IManagedImage;
}

/**
 * A gallery image version, created here or imported by ID: the kind of custom image Azure
 * Batch accepts after 31 March 2026.
 */
export interface IGalleryImageVersion extends IBatchPoolImage {
  /** Version number, e.g. `1.0.0` (a token when the version is imported by a token ID). */
  readonly versionName: string;
}

/** What is known about a gallery image version imported with `GalleryImageVersion.fromVersionId`. */
export interface GalleryImageVersionReferenceOptions {
  /** OS of the image. @default - not known */
  readonly osType?: OsType;
  /**
   * Names of the regions the version is replicated to.
   *
   * @default - the version's `location` when given (Azure always replicates a version to its
   * own region), otherwise not known
   */
  readonly targetRegions?: string[];
  /** Region of the version (its gallery's region). @default - not known */
  readonly location?: string;
}
