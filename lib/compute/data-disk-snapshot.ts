// One enum for Batch pool and image data disks; it lives with the pool settings for now.
import { CachingType } from '../core/caching-type';
import { ISnapshot } from './snapshot';

/** A data disk of an image, built from a snapshot of the source VM's data disk. */
export interface DataDiskSnapshot {
  /**
   * Logical unit number the disk is attached at on every node: 0-63, unique per image.
   * @see https://learn.microsoft.com/rest/api/compute/images/create-or-update#imagedatadisk
   */
  readonly lun: number;
  /** The snapshot of the data disk. */
  readonly snapshot: ISnapshot;
  /**
   * Host caching of the disk.
   * @default - Azure's default: None for Standard storage, ReadOnly for Premium storage
   */
  readonly caching?: CachingType;
  /**
   * Size of the disk in GB, to grow it beyond the snapshot's size (at most 1023).
   * @default - the snapshot's size
   */
  readonly sizeGb?: number;
}
