import { TerraformStack } from 'cdktf';
import { ComputeGallery } from '../../../lib/compute/gallery/compute-gallery';
import { GalleryImageDefinition } from '../../../lib/compute/gallery/image-definition';
import { GalleryImageVersion } from '../../../lib/compute/gallery/image-version';
import { OsType } from '../../../lib/core/os-type';
import { definition, definitionOptions, gallery, GALLERY_ID, importedImage, synthResource, testStack, VERSION_ID } from './support/gallery-fixtures';
import { expectRejected } from '../../support/rejections';

/*
 * What JavaScript callers (and jsii languages) can pass despite the TypeScript types. Each is
 * rejected at construction with the prop's path, the value and the fix.
 */

describe('ComputeGallery under hostile input', () => {
  it.each<[string, (stack: TerraformStack) => unknown, string]>([
    ['missing props', (s) => new ComputeGallery(s, 'Gallery', undefined as any), '[Stack/Gallery] props is missing; pass the gallery props { name, resourceGroupName, location }.'],
    ['a numeric name (was "is empty")', (s) => gallery(s, { name: 42 as any }), "[Stack/Gallery] name is 42 (a number), not a string; use 1-80 letters, digits, '_' and '.', e.g. 'batch_images'."],
    ['an undefined resource group', (s) => gallery(s, { resourceGroupName: undefined }), '[Stack/Gallery] resourceGroupName is missing;'],
    ['an undefined location', (s) => gallery(s, { location: undefined }), "[Stack/Gallery] location is missing; pass an Azure region such as 'westeurope'."],
    ['a numeric description', (s) => gallery(s, { description: 5 as any }), '[Stack/Gallery] description is 5 (a number), not a string;'],
    ['a numeric gallery ID', (s) => ComputeGallery.fromGalleryId(s, 'Gallery', 5 as any), "[Stack/Gallery] galleryResourceId is 5 (a number), not a string; pass the gallery's resource ID,"],
    ['a numeric location of an imported gallery', (s) => ComputeGallery.fromGalleryId(s, 'Gallery', GALLERY_ID, { location: 1 as any }), '[Stack/Gallery] options.location is 1 (a number), not a string;'],
  ])('rejects %s', (_, make, message) => expectRejected(() => make(testStack()), message));

  it('takes null options of fromGalleryId as no options', () => {
    const imported = ComputeGallery.fromGalleryId(testStack(), 'Gallery', GALLERY_ID, null as any);
    expect(imported.galleryName).toBe('batch_images');
    expect(imported.location).toBeUndefined();
  });
});

describe('GalleryImageDefinition under hostile input', () => {
  it.each<[string, { [option: string]: unknown }, string]>([
    ['an undefined osType (was accepted)', { osType: undefined }, 'osType is missing; use OsType.LINUX or OsType.WINDOWS.'],
    ["osType 'Mac' (was accepted)", { osType: 'Mac' }, "osType is 'Mac', not an OsType; use OsType.LINUX or OsType.WINDOWS."],
    ['an unknown hyperVGeneration', { hyperVGeneration: 'Gen2' }, "hyperVGeneration is 'Gen2', not a HyperVGeneration; use HyperVGeneration.V1 or HyperVGeneration.V2."],
    ['an unknown osState', { osState: 'Sealed' }, "osState is 'Sealed', not an OsState; use OsState.GENERALIZED or OsState.SPECIALIZED."],
    ['an undefined identifier', { identifier: undefined }, "identifier is missing; pass { publisher: 'Contoso', offer: 'Render', sku: 'ubuntu-22_04' }."],
    ['an identifier without a SKU', { identifier: { publisher: 'Contoso', offer: 'Render' } }, 'identifier.sku is missing;'],
    ['a numeric publisher', { identifier: { publisher: 1, offer: 'Render', sku: 'x' } }, 'identifier.publisher is 1 (a number), not a string;'],
    ['an undefined name', { name: undefined }, "name is missing; use 1-80 letters, digits, '_', '-' and '.', e.g. 'render-node'."],
    ['a Date as end-of-life date', { endOfLifeDate: new Date(0) }, "endOfLifeDate is an object, not a string; pass an RFC 3339 timestamp such as '2027-12-31T00:00:00Z'."],
  ])('rejects %s', (_, options, message) => {
    const stack = testStack();
    expectRejected(() => gallery(stack).addImageDefinition('RenderNode', { ...definitionOptions(), ...options } as any), `[Stack/Gallery/RenderNode] ${message}`);
  });

  it('rejects missing options of addImageDefinition and a definition without a gallery', () => {
    const stack = testStack();
    expectRejected(() => gallery(stack).addImageDefinition('RenderNode', undefined as any), '[Stack/Gallery/RenderNode] name is missing;');
    expectRejected(
      () => new GalleryImageDefinition(stack, 'Orphan', definitionOptions() as any),
      '[Stack/Orphan] gallery is missing; add definitions with gallery.addImageDefinition(...) on a ComputeGallery.',
    );
  });
});

describe('GalleryImageVersion under hostile input', () => {
  it.each<[string, (stack: TerraformStack) => { [option: string]: unknown }, string]>([
    ['no source (was a TypeError)', () => ({ source: undefined }), 'source is missing; pass the managed image to publish, e.g. a ManagedImageFromSnapshots or ManagedImage.fromImageId(...).'],
    ['a plain object as source', () => ({ source: { imageId: 'x' } }), 'source is an object without a construct node, not an IManagedImage;'],
    ['a numeric version', () => ({ version: 1 }), "version is 1 (a number), not a string; pass a version such as '1.0.0'."],
    ['target regions that are not a list', () => ({ targetRegions: 'westeurope' }), "targetRegions is 'westeurope' (a string), not an array;"],
    ['a null target region (was a TypeError)', () => ({ targetRegions: [null] }), "targetRegions[0] is null; pass [{ name: 'westeurope' }, ...], or leave targetRegions out for the gallery's region."],
    ['a target region without a name', () => ({ targetRegions: [{ replicaCount: 1 }] }), "targetRegions[0].name is missing; pass an Azure region such as 'westeurope'."],
    ["replicaCount '2'", () => ({ targetRegions: [{ name: 'westeurope', replicaCount: '2' }] }), "targetRegions[0].replicaCount is '2' (a string), not a number; pass a whole number from 1 to 2147483647."],
    ['an unknown replica storage type', () => ({ targetRegions: [{ name: 'westeurope', storageAccountType: 'Premium_ZRS' }] }), "targetRegions[0].storageAccountType is 'Premium_ZRS', not a GalleryStorageAccountType;"],
    ["excludeFromLatest 'true'", () => ({ excludeFromLatest: 'true' }), "excludeFromLatest is 'true' (a string), not a boolean;"],
  ])('rejects %s', (_, options, message) => {
    const stack = testStack();
    const target = definition(stack);
    expectRejected(
      () => target.addVersion('Version', { version: '1.0.0', source: importedImage(stack), ...options(stack) } as any),
      `[Stack/Gallery/RenderNode/Version] ${message}`,
    );
  });

  it('rejects missing options of addVersion', () => {
    const stack = testStack();
    expectRejected(() => definition(stack).addVersion('Version', undefined as any), '[Stack/Gallery/RenderNode/Version] version is missing;');
  });

  it.each<[string, unknown, unknown, string]>([
    ['a numeric version ID', 7, {}, "[Stack/Version] versionResourceId is 7 (a number), not a string; pass the version's resource ID,"],
    ['an unknown osType', VERSION_ID, { osType: 'linux' }, "[Stack/Version] options.osType is 'linux', not an OsType; use OsType.LINUX or OsType.WINDOWS."],
    ['a null target region', VERSION_ID, { targetRegions: [null] }, "[Stack/Version] options.targetRegions[0] is null; pass a list of region names, e.g. ['westeurope']."],
  ])('fromVersionId rejects %s', (_, id, options, message) => {
    expectRejected(() => GalleryImageVersion.fromVersionId(testStack(), 'Version', id as any, options as any), message);
  });

  it('fromVersionId takes null options as no options', () => {
    const version = GalleryImageVersion.fromVersionId(testStack(), 'Version', VERSION_ID, null as any);
    expect(version.versionName).toBe('1.2.3');
    expect(version.osType).toBeUndefined();
  });

  it('still synthesizes a version from valid input', () => {
    const stack = testStack();
    definition(stack, { osType: OsType.LINUX }).addVersion('Version', { version: '1.0.0', source: importedImage(stack) });
    const version = synthResource(stack, 'azurerm_shared_image_version', 'Gallery/RenderNode/Version');
    expect(version.name).toBe('1.0.0');
    expect(JSON.stringify(version)).not.toContain('undefined');
  });
});
