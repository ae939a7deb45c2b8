/**
 * Storage type of an image's disks.
 *
 * @see https://learn.microsoft.com/rest/api/compute/images/create-or-update#storageaccounttypes
 */
export enum StorageAccountType {
  /** Standard HDD, locally redundant. */
  STANDARD_LRS = 'Standard_LRS',
  /** Standard SSD, locally redundant. */
  STANDARD_SSD_LRS = 'StandardSSD_LRS',
  /** Standard SSD, zone redundant. */
  STANDARD_SSD_ZRS = 'StandardSSD_ZRS',
  /** Premium SSD, locally redundant. */
  PREMIUM_LRS = 'Premium_LRS',
  /** Premium SSD, zone redundant. */
  PREMIUM_ZRS = 'Premium_ZRS',
}
