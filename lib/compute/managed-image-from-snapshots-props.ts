import { OsType } from '../core/os-type';
import { OsState } from './os-state';
import { HyperVGeneration } from './hyper-v-generation';
import { StorageAccountType } from './storage-account-type';
import { ISnapshot } from './snapshot';
import { DataDiskSnapshot } from './data-disk-snapshot';
import { ImageProvisioning } from './image-provisioning';

/** Properties of a `ManagedImageFromSnapshots`. */
export interface ManagedImageFromSnapshotsProps {
  /**
   * Image name: 1-80 letters, digits, `_`, `.` or `-`, starting with a letter or digit and not
   * ending with `.` or `-`.
   * @see https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftcompute
   */
  readonly name: string;
  /** Resource group the image is created in. */
  readonly resourceGroupName: string;
  /**
   * Region of the image: the region of its snapshots, and of the Batch account whose pools use
   * it (fact F1). `West Europe` and `westeurope` are the same region.
   */
  readonly location: string;
  /** OS on the OS-disk snapshot. */
  readonly osType: OsType;
  /** Snapshot of the source VM's OS disk (fact F2). Its lineage becomes the image's. */
  readonly osDiskSnapshot: ISnapshot;
  /**
   * Snapshots of the source VM's data disks, each at its own LUN.
   * @default - no data disks
   */
  readonly dataDiskSnapshots?: DataDiskSnapshot[];
  /**
   * Subscription the image is created in. When given, the rules can compare it with the Batch
   * account's subscription (fact F1). With `ImageProvisioning.VIA_MANAGED_DISKS` the azurerm
   * provider's subscription is used regardless, so this must be that subscription.
   * @default - the subscription the azurerm provider deploys to, read at plan time
   *   (`data.azurerm_client_config`); the subscription rules are then skipped
   */
  readonly subscriptionId?: string;
  /**
   * Whether the OS disk was generalized. Managed images must be generalized (fact F12), so
   * `OsState.SPECIALIZED` is rejected; generalize the VM before taking the snapshot.
   * @default OsState.GENERALIZED
   * @see https://learn.microsoft.com/azure/virtual-machines/generalize
   */
  readonly osState?: OsState;
  /**
   * Hyper-V generation of the VMs the image boots. It must match the source VM's: a wrong
   * generation gives an image whose nodes do not boot. V2 is the default because current
   * Azure Marketplace images, the recommended base for Batch custom images, are Generation 2,
   * and Azure cannot always deduce the generation from a snapshot; set V1 for a Generation 1
   * source VM.
   * @default HyperVGeneration.V2
   * @see https://learn.microsoft.com/azure/virtual-machines/generation-2
   */
  readonly hyperVGeneration?: HyperVGeneration;
  /**
   * Whether the image is stored zone-redundantly; only in regions with zone-redundant storage.
   * @default false (Azure's default)
   */
  readonly zoneResilient?: boolean;
  /**
   * Storage type of the image's disks (and, with `VIA_MANAGED_DISKS`, of the disk copies).
   * @default StorageAccountType.STANDARD_LRS
   */
  readonly storageAccountType?: StorageAccountType;
  /**
   * Tags of the image (and of the disk copies).
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
  /**
   * Adds Terraform's `lifecycle { prevent_destroy = true }` to the image, and in the ARM/Bicep
   * output (`ArmSynthesizer`) a `CanNotDelete` management lock on it (creating a lock needs
   * `Microsoft.Authorization/locks/write`, e.g. the Owner role, not Contributor). Pools need
   * their image for as long as they exist: if it is deleted, scaling up fails with
   * `AllocationFailed` (fact F3).
   * @default false
   * @see https://learn.microsoft.com/azure/batch/batch-custom-images
   */
  readonly preventDestroy?: boolean;
  /**
   * How the image is created in Terraform.
   * @default ImageProvisioning.AZAPI
   */
  readonly provisioning?: ImageProvisioning;
}
