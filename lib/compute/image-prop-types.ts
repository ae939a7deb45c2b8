import { IConstruct } from 'constructs';
import { CachingType } from '../core/caching-type';
import {
  optionalArray,
  optionalBoolean,
  optionalEnumValue,
  optionalNumber,
  optionalString,
  optionalStringMap,
  requireConstruct,
  requireEnumValue,
  requireNumber,
  requireObject,
  requireString,
} from '../core/guards';
import { OsType } from '../core/os-type';
import { HyperVGeneration } from './hyper-v-generation';
import { ImageProvisioning } from './image-provisioning';
import type { ManagedImageFromSnapshotsProps } from './managed-image-from-snapshots-props';
import { OsState } from './os-state';
import { StorageAccountType } from './storage-account-type';

const SNAPSHOT_FIX = 'pass Snapshot.fromSnapshotId(scope, id, snapshotResourceId)';

/**
 * Checks that every prop of a `ManagedImageFromSnapshots` is present when required and has its
 * type, before the construct reads them (the OS-disk snapshot's lineage, the data disks' LUNs).
 */
export function checkImagePropTypes(scope: IConstruct, props: ManagedImageFromSnapshotsProps): void {
  requireObject(scope, 'props', props, 'pass the image props { name, resourceGroupName, location, osType, osDiskSnapshot }');
  requireString(scope, 'name', props.name, "use 1-80 letters, digits, '_', '.' or '-', e.g. 'render-node'");
  requireString(scope, 'resourceGroupName', props.resourceGroupName, 'pass the name of the resource group to create the image in');
  requireString(scope, 'location', props.location, "pass the snapshots' Azure region, e.g. 'westeurope'");
  requireEnumValue(scope, 'osType', props.osType, OsType, 'OsType');
  requireSnapshot(scope, 'osDiskSnapshot', props.osDiskSnapshot);
  const diskFix = 'pass { lun, snapshot: Snapshot.fromSnapshotId(...) } for each data disk';
  optionalArray(scope, 'dataDiskSnapshots', props.dataDiskSnapshots, diskFix, (disk, at) => {
    requireObject(scope, at, disk, diskFix);
    requireNumber(scope, `${at}.lun`, disk.lun, 'pass a whole number from 0 to 63');
    requireSnapshot(scope, `${at}.snapshot`, disk.snapshot);
    optionalEnumValue(scope, `${at}.caching`, disk.caching as string | undefined, CachingType, 'CachingType');
    optionalNumber(scope, `${at}.sizeGb`, disk.sizeGb, 'pass a whole number of GB from 1 to 1023, or leave sizeGb out');
  });
  optionalString(scope, 'subscriptionId', props.subscriptionId, 'pass a subscription GUID, or leave subscriptionId out for the provider\'s');
  optionalEnumValue(scope, 'osState', props.osState, OsState, 'OsState');
  optionalEnumValue(scope, 'hyperVGeneration', props.hyperVGeneration, HyperVGeneration, 'HyperVGeneration');
  optionalBoolean(scope, 'zoneResilient', props.zoneResilient);
  optionalEnumValue(scope, 'storageAccountType', props.storageAccountType, StorageAccountType, 'StorageAccountType');
  optionalStringMap(scope, 'tags', props.tags);
  optionalBoolean(scope, 'preventDestroy', props.preventDestroy);
  optionalEnumValue(scope, 'provisioning', props.provisioning, ImageProvisioning, 'ImageProvisioning');
}

/** An `ISnapshot`: a construct with a snapshot ID and a lineage. */
function requireSnapshot(scope: IConstruct, path: string, value: unknown): void {
  requireConstruct(scope, path, value, 'ISnapshot', { strings: ['snapshotId', 'lineage'] }, SNAPSHOT_FIX);
}
