import { IConstruct } from 'constructs';
import { OsType } from '../core/os-type';
import { ImageDescription, ImageKind, ReplicaDescription, SnapshotDescription } from '../spec/image';

/**
 * An image a `CustomImageBatchPool` can run on: a managed image (created here or imported)
 * or an Azure Compute Gallery image version. It tells the pool what the rules need.
 *
 * @see https://learn.microsoft.com/azure/batch/batch-custom-images#considerations-for-large-pools
 */
export interface IBatchPoolImage extends IConstruct {
  /** ARM resource ID of the image (a Terraform token when the image is created in this app). */
  readonly imageId: string;
  /** Managed image or gallery image version. */
  readonly imageKind: ImageKind;
  /** Region of the image, when known. */
  readonly location?: string;
  /** Subscription of the image, when known. */
  readonly subscriptionId?: string;
  /** OS of the image, when known. */
  readonly osType?: OsType;
  /**
   * Lineage key: equal for images built from the same OS-disk snapshot (or for the same
   * image). Azure's custom-image node limits are shared by all pools of one lineage.
   */
  readonly lineage: string;
  /** False when the image is only referenced by ID: this app cannot keep it alive (F3). */
  readonly managedInApp: boolean;
  /** Gallery image versions: regions the version is replicated to. */
  readonly targetRegionNames?: string[];
  /** The typed description the validation rules read. */
  describeImage(): ImageDescription;
}

/** Builds an image description; constructs call this from `describeImage()`. */
export function imageDescription(
  image: IBatchPoolImage,
  displayName: string,
  extra: { snapshots?: SnapshotDescription[]; sourceImage?: ImageDescription; replicas?: ReplicaDescription[] } = {},
): ImageDescription {
  return {
    constructPath: image.node.path,
    kind: image.imageKind,
    imageId: image.imageId,
    displayName,
    location: image.location,
    subscriptionId: image.subscriptionId,
    osType: image.osType,
    lineage: image.lineage,
    managedInApp: image.managedInApp,
    targetRegions: image.targetRegionNames,
    ...extra,
  };
}
