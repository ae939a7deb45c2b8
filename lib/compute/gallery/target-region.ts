/**
 * Storage of an image version's replicas in a region.
 *
 * @see https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/shared_image_version#storage_account_type
 */
export enum GalleryStorageAccountType {
  /** Standard HDD, locally redundant (Azure's default). */
  STANDARD_LRS = 'Standard_LRS',
  /** Standard HDD, zone redundant: replicas survive a zone outage (not offered in every region). */
  STANDARD_ZRS = 'Standard_ZRS',
  /** Premium SSD, locally redundant. */
  PREMIUM_LRS = 'Premium_LRS',
}

/**
 * A region an image version is replicated to. A Batch pool can use the version only in a
 * region that holds a replica, so the Batch account's region must be a target region.
 *
 * @see https://learn.microsoft.com/azure/batch/batch-sig-images#prerequisites
 */
export interface GalleryTargetRegion {
  /** Region name, e.g. `westeurope` or `West Europe`. */
  readonly name: string;
  /**
   * Replicas kept in this region. Batch recommends at least one replica per 300 pool nodes
   * created at the same time.
   *
   * @default 1
   * @see https://learn.microsoft.com/azure/batch/batch-sig-images#considerations-for-large-pools
   */
  readonly replicaCount?: number;
  /** Storage of the replicas. @default GalleryStorageAccountType.STANDARD_LRS */
  readonly storageAccountType?: GalleryStorageAccountType;
}
