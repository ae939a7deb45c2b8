import { TerraformStack } from 'cdktf';
import { ManagedImage } from '../../lib/compute/managed-image';
import { ManagedImageFromSnapshots, ManagedImageFromSnapshotsProps } from '../../lib/compute/managed-image-from-snapshots';
import { Snapshot } from '../../lib/compute/snapshot';
import { ConstructValidationError } from '../../lib/core/errors';
import { OsType } from '../../lib/core/os-type';
import { definition } from './gallery/support/gallery-fixtures';
import { DATA_SNAPSHOT_ID, IMAGE_ID, newStack, OS_SNAPSHOT_ID, synthJson } from './fixtures';
import { errorOf } from '../support/rejections';

/*
 * What JavaScript callers (and jsii languages) can pass despite the TypeScript types: missing
 * props, null, wrong types, values outside an enum. Each is rejected at construction with the
 * prop's path, the value and the fix, never a TypeError or `undefined` in the output.
 */

function image(stack: TerraformStack, overrides: { [prop: string]: unknown }): ManagedImageFromSnapshots {
  const props = {
    name: 'render-image',
    resourceGroupName: 'rg-images',
    location: 'westeurope',
    osType: OsType.LINUX,
    osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'OsDisk', OS_SNAPSHOT_ID),
    ...overrides,
  };
  return new ManagedImageFromSnapshots(stack, 'Image', props as unknown as ManagedImageFromSnapshotsProps);
}

/** A data disk on a fresh snapshot reference. */
const dataDisk = (stack: TerraformStack, overrides: { [prop: string]: unknown } = {}) => ({
  lun: 0,
  snapshot: Snapshot.fromSnapshotId(stack, 'DataDisk', DATA_SNAPSHOT_ID),
  ...overrides,
});

describe('ManagedImageFromSnapshots under hostile input', () => {
  it('rejects missing props as a whole', () => {
    const stack = newStack();
    expect(() => new ManagedImageFromSnapshots(stack, 'Image', undefined as any)).toThrow(
      '[Stack/Image] props is missing; pass the image props { name, resourceGroupName, location, osType, osDiskSnapshot }.',
    );
  });

  it.each<[string, (stack: TerraformStack) => { [prop: string]: unknown }, string]>([
    ['an undefined resource group (was written as .../resourceGroups/undefined)', () => ({ resourceGroupName: undefined }), 'resourceGroupName is missing; pass the name of the resource group to create the image in.'],
    ['an undefined name', () => ({ name: undefined }), "name is missing; use 1-80 letters, digits, '_', '.' or '-', e.g. 'render-node'."],
    ['a numeric name (was "is empty")', () => ({ name: 42 }), "name is 42 (a number), not a string; use 1-80 letters, digits, '_', '.' or '-', e.g. 'render-node'."],
    ['an undefined location', () => ({ location: undefined }), "location is missing; pass the snapshots' Azure region, e.g. 'westeurope'."],
    ['an undefined osType', () => ({ osType: undefined }), 'osType is missing; use OsType.LINUX or OsType.WINDOWS.'],
    ["osType 'Mac'", () => ({ osType: 'Mac' }), "osType is 'Mac', not an OsType; use OsType.LINUX or OsType.WINDOWS."],
    ["provisioning 'X' (was taken for azapi)", () => ({ provisioning: 'X' }), "provisioning is 'X', not an ImageProvisioning; use ImageProvisioning.AZAPI or ImageProvisioning.VIA_MANAGED_DISKS."],
    ['an unknown osState', () => ({ osState: 'generalized' }), "osState is 'generalized', not an OsState; use OsState.GENERALIZED or OsState.SPECIALIZED."],
    ['an unknown hyperVGeneration', () => ({ hyperVGeneration: 'V3' }), "hyperVGeneration is 'V3', not a HyperVGeneration; use HyperVGeneration.V1 or HyperVGeneration.V2."],
    ['an unknown storageAccountType', () => ({ storageAccountType: 'Ultra' }), "storageAccountType is 'Ultra', not a StorageAccountType; use StorageAccountType.STANDARD_LRS,"],
    ['an undefined osDiskSnapshot', () => ({ osDiskSnapshot: undefined }), 'osDiskSnapshot is missing; pass Snapshot.fromSnapshotId(scope, id, snapshotResourceId).'],
    ['a plain object as osDiskSnapshot', () => ({ osDiskSnapshot: { snapshotId: OS_SNAPSHOT_ID } }), 'osDiskSnapshot is an object without a construct node, not an ISnapshot;'],
    ['dataDiskSnapshots that are not a list', () => ({ dataDiskSnapshots: { lun: 0 } }), 'dataDiskSnapshots is an object, not an array; pass { lun, snapshot: Snapshot.fromSnapshotId(...) } for each data disk.'],
    ['a null data disk', () => ({ dataDiskSnapshots: [null] }), 'dataDiskSnapshots[0] is null; pass { lun, snapshot: Snapshot.fromSnapshotId(...) } for each data disk.'],
    ['a data disk without a snapshot', () => ({ dataDiskSnapshots: [{ lun: 0 }] }), 'dataDiskSnapshots[0].snapshot is missing; pass Snapshot.fromSnapshotId(scope, id, snapshotResourceId).'],
    ["LUN '0' (was \"LUN 0 is outside 0-63\")", (s) => ({ dataDiskSnapshots: [dataDisk(s, { lun: '0' })] }), "dataDiskSnapshots[0].lun is '0' (a string), not a number; pass a whole number from 0 to 63."],
    ['a data disk without a LUN', (s) => ({ dataDiskSnapshots: [dataDisk(s, { lun: undefined })] }), 'dataDiskSnapshots[0].lun is missing; pass a whole number from 0 to 63.'],
    ['an unknown caching', (s) => ({ dataDiskSnapshots: [dataDisk(s, { caching: 'All' })] }), "dataDiskSnapshots[0].caching is 'All', not a CachingType; use CachingType.NONE, CachingType.READ_ONLY or CachingType.READ_WRITE."],
    ["sizeGb '10'", (s) => ({ dataDiskSnapshots: [dataDisk(s, { sizeGb: '10' })] }), "dataDiskSnapshots[0].sizeGb is '10' (a string), not a number; pass a whole number of GB from 1 to 1023, or leave sizeGb out."],
    ['a numeric tag value', () => ({ tags: { team: 7 } }), "tags['team'] is 7 (a number), not a string; pass an object of string values, e.g. { team: 'render' }."],
    ["zoneResilient 'yes'", () => ({ zoneResilient: 'yes' }), "zoneResilient is 'yes' (a string), not a boolean; pass true or false, or leave it out for the default."],
    ['a numeric subscriptionId', () => ({ subscriptionId: 1 }), "subscriptionId is 1 (a number), not a string; pass a subscription GUID, or leave subscriptionId out for the provider's."],
  ])('rejects %s', (_, overrides, message) => {
    const stack = newStack();
    const error = errorOf(() => image(stack, overrides(stack)));
    expect(error).toBeInstanceOf(ConstructValidationError);
    expect(error.message).toContain(`[Stack/Image] ${message}`);
  });
});

describe('references to existing snapshots and images under hostile input', () => {
  it.each<[string, (stack: TerraformStack) => unknown, string]>([
    ['a numeric snapshot ID', (s) => Snapshot.fromSnapshotId(s, 'Ref', 123 as any), "[Stack/Ref] snapshotResourceId is 123 (a number), not a string; pass the snapshot's resource ID,"],
    ['an undefined snapshot ID', (s) => Snapshot.fromSnapshotId(s, 'Ref', undefined as any), "[Stack/Ref] snapshotResourceId is missing; pass the snapshot's resource ID,"],
    ['a string azureDiskEncryption', (s) => Snapshot.fromSnapshotId(s, 'Ref', OS_SNAPSHOT_ID, { azureDiskEncryption: 'false' as any }), "[Stack/Ref] options.azureDiskEncryption is 'false' (a string), not a boolean;"],
    ['options that are a string', (s) => Snapshot.fromSnapshotId(s, 'Ref', OS_SNAPSHOT_ID, 'westeurope' as any), "[Stack/Ref] options is 'westeurope' (a string), not an object; pass { location, azureDiskEncryption } or leave the options out."],
    ['an undefined image ID', (s) => ManagedImage.fromImageId(s, 'Ref', undefined as any), "[Stack/Ref] imageResourceId is missing; pass the image's resource ID,"],
    ["osType 'Mac' of an imported image", (s) => ManagedImage.fromImageId(s, 'Ref', IMAGE_ID, { osType: 'Mac' as any }), "[Stack/Ref] options.osType is 'Mac', not an OsType; use OsType.LINUX or OsType.WINDOWS."],
    ['an unknown hyperVGeneration of an imported image', (s) => ManagedImage.fromImageId(s, 'Ref', IMAGE_ID, { hyperVGeneration: 2 as any }), '[Stack/Ref] options.hyperVGeneration is 2, not a HyperVGeneration; use HyperVGeneration.V1 or HyperVGeneration.V2.'],
  ])('rejects %s', (_, make, message) => {
    const stack = newStack();
    expect(() => make(stack)).toThrow(message);
  });

  it('takes null options as no options, as JavaScript and jsii callers pass them', () => {
    const stack = newStack();
    const snapshot = Snapshot.fromSnapshotId(stack, 'Snap', OS_SNAPSHOT_ID, null as any);
    const managed = ManagedImage.fromImageId(stack, 'Img', IMAGE_ID, null as any);
    expect(snapshot.location).toBeUndefined();
    expect(snapshot.name).toBe('render-os');
    expect(managed.osType).toBeUndefined();
    expect(managed.imageName).toBe('render-image');
  });
});

describe('publishTo under hostile input', () => {
  it.each<[string, (stack: TerraformStack, target: ManagedImageFromSnapshots) => unknown, string]>([
    ['no image definition', (_, target) => target.publishTo(undefined as any, { version: '1.0.0' }), '[Stack/Image] publishTo: imageDefinition is missing; pass the definition returned by gallery.addImageDefinition(...).'],
    ['a gallery in place of a definition', (s, target) => target.publishTo(s as any, { version: '1.0.0' }), '[Stack/Image] publishTo: imageDefinition is an object whose imageDefinitionName is undefined, not a GalleryImageDefinition;'],
    ['no options', (s, target) => target.publishTo(definition(s), undefined as any), "[Stack/Image] publishTo: options is missing; pass { version: '1.0.0' }."],
    ['a numeric version', (s, target) => target.publishTo(definition(s), { version: 1 as any }), "[Stack/Image] publishTo: options.version is 1 (a number), not a string; pass a version such as '1.0.0'."],
  ])('rejects %s', (_, publish, message) => {
    const stack = newStack();
    const target = image(stack, {});
    expect(() => publish(stack, target)).toThrow(message);
  });

  it('still publishes with valid input, writing no undefined anywhere', () => {
    const stack = newStack();
    image(stack, { dataDiskSnapshots: [dataDisk(stack, { lun: 1 })] }).publishTo(definition(stack), { version: '1.0.0' });
    const text = JSON.stringify(synthJson(stack));
    expect(text).not.toContain('undefined');
    expect(text).toContain('"managed_image_id"');
  });
});
