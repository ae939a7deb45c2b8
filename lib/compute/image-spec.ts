import { OsType } from '../core/os-type';
import { DataDiskSnapshot } from './data-disk-snapshot';
import { HyperVGeneration } from './hyper-v-generation';
import { OsState } from './os-state';
import { ISnapshot } from './snapshot';
import { StorageAccountType } from './storage-account-type';

/**
 * `ManagedImageFromSnapshots` props with every default applied: what each provisioning mode
 * turns into Terraform resources. Internal, not part of the public API.
 */
export interface ImageSpec {
  readonly name: string;
  readonly location: string;
  readonly resourceGroupName: string;
  /** As given; undefined means the azurerm provider's subscription. */
  readonly subscriptionId?: string;
  readonly osType: OsType;
  readonly osState: OsState;
  readonly hyperVGeneration: HyperVGeneration;
  readonly storageAccountType: StorageAccountType;
  readonly zoneResilient?: boolean;
  readonly tags?: { [key: string]: string };
  readonly preventDestroy: boolean;
  readonly osDiskSnapshot: ISnapshot;
  readonly dataDiskSnapshots: DataDiskSnapshot[];
}

