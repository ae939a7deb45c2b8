import { TerraformVariable } from 'cdktf';
import { OsType } from '../../../lib/core/os-type';
import { GalleryImageVersion } from '../../../lib/compute/gallery/image-version';
import { AppModel } from '../../../lib/validation/app-model';
import { ImageKind } from '../../../lib/validation/model';
import { SUBSCRIPTION, VERSION_ID, resolved, testStack } from './support/gallery-fixtures';

describe('GalleryImageVersion.fromVersionId', () => {
  it('describes an existing version for the rules: not managed here, its own lineage, subscription from the ID', () => {
    const stack = testStack();
    const imported = GalleryImageVersion.fromVersionId(stack, 'Existing', VERSION_ID, {
      osType: OsType.LINUX,
      location: 'westeurope',
      targetRegions: ['westeurope', 'eastus'],
    });
    expect(imported.describeImage()).toEqual({
      constructPath: 'Stack/Existing',
      kind: ImageKind.GALLERY_IMAGE_VERSION,
      imageId: VERSION_ID,
      displayName: 'batch_images/render-node/1.2.3',
      location: 'westeurope',
      subscriptionId: SUBSCRIPTION,
      osType: OsType.LINUX,
      lineage: `gallery-version:${VERSION_ID.toLowerCase()}`,
      managedInApp: false,
      targetRegions: ['westeurope', 'eastus'],
    });
    expect(imported.versionName).toBe('1.2.3');
  });

  it('registers its description with the app model', () => {
    const stack = testStack();
    const imported = GalleryImageVersion.fromVersionId(stack, 'Existing', VERSION_ID);
    expect(AppModel.of(stack).imageOf(imported)).toEqual(imported.describeImage());
  });

  it('gives two imports of one version (any case) the same lineage', () => {
    const stack = testStack();
    const a = GalleryImageVersion.fromVersionId(stack, 'A', VERSION_ID);
    const b = GalleryImageVersion.fromVersionId(stack, 'B', VERSION_ID.toUpperCase());
    expect(a.lineage).toBe(b.lineage);
  });

  it('knows only what it is told: no location, OS or target regions by default', () => {
    const imported = GalleryImageVersion.fromVersionId(testStack(), 'Existing', VERSION_ID);
    expect([imported.location, imported.osType, imported.targetRegionNames]).toEqual([undefined, undefined, undefined]);
  });

  it('takes its own location as its one target region when only the location is given', () => {
    const imported = GalleryImageVersion.fromVersionId(testStack(), 'Existing', VERSION_ID, { location: 'westeurope' });
    expect(imported.targetRegionNames).toEqual(['westeurope']);
  });

  it('rejects target regions that leave out its own location', () => {
    expect(() =>
      GalleryImageVersion.fromVersionId(testStack(), 'Existing', VERSION_ID, { location: 'westeurope', targetRegions: ['eastus'] }),
    ).toThrow(
      "[Stack/Existing] targetRegions [eastus] do not include the version's location 'westeurope'; a gallery image version is always replicated to its own region, so add 'westeurope' or correct location.",
    );
  });

  it('rejects the ID of an image definition (no version)', () => {
    const definitionId = VERSION_ID.replace('/versions/1.2.3', '');
    expect(() => GalleryImageVersion.fromVersionId(testStack(), 'Existing', definitionId)).toThrow(
      `[Stack/Existing] '${definitionId}' is a Microsoft.Compute/galleries/images ID, not a gallery image version ID; pass the ID of a Microsoft.Compute/galleries/images/versions resource.`,
    );
  });

  it('rejects the ID of a managed image', () => {
    const imageId = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.Compute/images/img`;
    expect(() => GalleryImageVersion.fromVersionId(testStack(), 'Existing', imageId)).toThrow(
      'is a Microsoft.Compute/images ID, not a gallery image version ID',
    );
  });

  it('rejects a version name that is not MAJOR.MINOR.PATCH', () => {
    expect(() => GalleryImageVersion.fromVersionId(testStack(), 'Existing', VERSION_ID.replace('1.2.3', 'latest'))).toThrow(
      "[Stack/Existing] image version 'latest' is not MAJOR.MINOR.PATCH",
    );
  });

  it('rejects a location or target region that is not a region name', () => {
    expect(() => GalleryImageVersion.fromVersionId(testStack(), 'Existing', VERSION_ID, { targetRegions: ['west europe!'] })).toThrow(
      "[Stack/Existing] location 'west europe!' is not an Azure region name",
    );
  });

  it('reads an ID known only at plan time in Terraform, with its Terraform expression as lineage', () => {
    const stack = testStack();
    const id = new TerraformVariable(stack, 'version_id', { type: 'string' }).stringValue;
    const imported = GalleryImageVersion.fromVersionId(stack, 'Existing', id);
    expect(resolved(stack, imported.imageId)).toBe('${var.version_id}');
    expect(resolved(stack, imported.subscriptionId)).toBe('${element(split("/", var.version_id), 2)}');
    expect(resolved(stack, imported.versionName)).toBe('${element(split("/", var.version_id), 12)}');
    expect(imported.lineage).toBe('gallery-version-token:Stack:${var.version_id}');
    expect(imported.describeImage().displayName).toBe('Stack/Existing');
  });
});
