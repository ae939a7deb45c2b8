import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { OsType } from '../../../lib/core/os-type';
import { HyperVGeneration } from '../../../lib/compute/hyper-v-generation';
import { OsState } from '../../../lib/compute/os-state';
import { IBatchPoolImage } from '../../../lib/compute/batch-pool-image';
import { GalleryImageDefinitionOptions } from '../../../lib/compute/gallery/image-definition';
import { GalleryImageVersion, GalleryImageVersionOptions } from '../../../lib/compute/gallery/image-version';
import { GalleryStorageAccountType } from '../../../lib/compute/gallery/target-region';
import { AppModel } from '../../../lib/validation/app-model';
import { ImageKind } from '../../../lib/validation/model';
import {
  FakeManagedImage,
  IMAGE_ID,
  SUBSCRIPTION,
  definition,
  gallery,
  importedImage,
  resolved,
  synthResource,
  testStack,
} from './support/gallery-fixtures';

const VERSION = 'azurerm_shared_image_version';
const PATH = 'Gallery/RenderNode/V1';

/** A version of the standard definition from the standard imported image. */
function version(
  stack: TerraformStack,
  options: Partial<GalleryImageVersionOptions> = {},
  definitionOptions: Partial<GalleryImageDefinitionOptions> = {},
): GalleryImageVersion {
  return definition(stack, definitionOptions).addVersion('V1', {
    version: '1.0.0',
    source: options.source ?? importedImage(stack),
    ...options,
  });
}

describe('GalleryImageVersion', () => {
  it('synthesizes an azurerm_shared_image_version from the managed image, in the gallery and its region', () => {
    const stack = testStack();
    version(stack);
    expect(synthResource(stack, VERSION, PATH)).toMatchObject({
      name: '1.0.0',
      gallery_name: 'batch_images',
      image_name: 'render-node',
      resource_group_name: 'rg-gallery',
      location: 'westeurope',
      managed_image_id: IMAGE_ID,
    });
  });

  it('defaults to one Standard_LRS replica in the gallery region, included in latest, with no end of life', () => {
    const stack = testStack();
    const v = version(stack);
    const resource = synthResource(stack, VERSION, PATH);
    expect(resource.target_region).toEqual([
      { name: 'westeurope', regional_replica_count: 1, storage_account_type: 'Standard_LRS' },
    ]);
    expect(resource.exclude_from_latest).toBe(false);
    expect(resource).not.toHaveProperty('end_of_life_date');
    expect(resource).not.toHaveProperty('tags');
    expect(v.targetRegions).toEqual([{ name: 'westeurope' }]);
  });

  it('sets every optional property', () => {
    const stack = testStack();
    version(stack, {
      targetRegions: [
        { name: 'westeurope', replicaCount: 3, storageAccountType: GalleryStorageAccountType.STANDARD_ZRS },
        { name: 'North Europe' },
        { name: 'eastus', storageAccountType: GalleryStorageAccountType.PREMIUM_LRS },
      ],
      excludeFromLatest: true,
      endOfLifeDate: '2027-12-31T00:00:00Z',
      tags: { build: '42' },
    });
    expect(synthResource(stack, VERSION, PATH)).toMatchObject({
      target_region: [
        { name: 'westeurope', regional_replica_count: 3, storage_account_type: 'Standard_ZRS' },
        { name: 'North Europe', regional_replica_count: 1, storage_account_type: 'Standard_LRS' },
        { name: 'eastus', regional_replica_count: 1, storage_account_type: 'Premium_LRS' },
      ],
      exclude_from_latest: true,
      end_of_life_date: '2027-12-31T00:00:00Z',
      tags: { build: '42' },
    });
  });

  describe('Terraform order', () => {
    it("depends on its definition and on the source image's resources", () => {
      const stack = testStack();
      const source = new FakeManagedImage(stack, 'Image');
      version(stack, { source });
      const resource = synthResource(stack, VERSION, PATH);
      expect(resource.managed_image_id).toMatch(/^\$\{azurerm_image\.Image_.*\.id\}$/);
      expect(resource.depends_on).toEqual([
        expect.stringMatching(/^azurerm_shared_image\.Gallery_RenderNode_/),
        expect.stringMatching(/^azurerm_image\.Image_/),
      ]);
    });

    it('depends only on its definition when the image is imported', () => {
      const stack = testStack();
      version(stack);
      expect(synthResource(stack, VERSION, PATH).depends_on).toEqual([
        expect.stringMatching(/^azurerm_shared_image\.Gallery_RenderNode_/),
      ]);
    });
  });

  describe('as the image of a Batch pool', () => {
    it('describes itself as a gallery version with the source image lineage and its target regions', () => {
      const stack = testStack();
      const source = new FakeManagedImage(stack, 'Image');
      const d = gallery(stack, { subscriptionId: SUBSCRIPTION }).addImageDefinition('RenderNode', {
        name: 'render-node',
        osType: OsType.LINUX,
        identifier: { publisher: 'Contoso', offer: 'Render', sku: 'ubuntu' },
      });
      const image: IBatchPoolImage = d.addVersion('V1', {
        version: '1.0.0',
        source,
        targetRegions: [{ name: 'westeurope' }, { name: 'eastus' }],
      });
      const description = image.describeImage();
      expect(description).toMatchObject({
        constructPath: 'Stack/Gallery/RenderNode/V1',
        kind: ImageKind.GALLERY_IMAGE_VERSION,
        displayName: 'batch_images/render-node/1.0.0',
        location: 'westeurope',
        subscriptionId: SUBSCRIPTION,
        osType: OsType.LINUX,
        lineage: source.lineage,
        managedInApp: true,
        targetRegions: ['westeurope', 'eastus'],
        sourceImage: source.describeImage(),
        snapshots: source.describeImage().snapshots,
      });
      expect(resolved(stack, description.imageId)).toMatch(/^\$\{azurerm_shared_image_version\.Gallery_RenderNode_V1_.*\.id\}$/);
    });

    it('registers its description with the app model', () => {
      const stack = testStack();
      const v = version(stack);
      expect(AppModel.of(stack).imageOf(v)).toEqual(v.describeImage());
    });

    it('keeps one lineage for every version of one image, so pools on them share node limits', () => {
      const stack = testStack();
      const source = new FakeManagedImage(stack, 'Image');
      const d = definition(stack);
      const first = d.addVersion('V1', { version: '1.0.0', source });
      const second = d.addVersion('V2', { version: '1.1.0', source });
      expect([first.lineage, second.lineage]).toEqual([source.lineage, source.lineage]);
    });

    it('leaves the subscription unknown when the gallery does not declare it', () => {
      expect(version(testStack()).subscriptionId).toBeUndefined();
    });
  });

  describe('version number', () => {
    it.each(['0.0.1', '1.0.0', '2026.3.14', '2147483647.2147483647.2147483647'])('accepts %s', (v) => {
      expect(() => version(testStack(), { version: v })).not.toThrow();
    });

    it.each(['1.0', '1.0.0.0', 'v1.0.0', '1.-1.0', '1.0.0-beta', 'latest', ''])('rejects %j', (v) => {
      expect(() => version(testStack(), { version: v })).toThrow(
        `[Stack/${PATH}] image version '${v}' is not MAJOR.MINOR.PATCH; use three integers separated by '.', e.g. '1.0.0' or '2026.3.14'.`,
      );
    });

    it('rejects a part above the 32-bit integer range', () => {
      expect(() => version(testStack(), { version: '1.0.2147483648' })).toThrow(
        "[Stack/Gallery/RenderNode/V1] image version '1.0.2147483648' has part 2147483648, above 2147483647; each part of a version is a 32-bit integer, use smaller numbers.",
      );
    });

    it('rejects a version number used twice in one definition', () => {
      const stack = testStack();
      const d = definition(stack);
      const source = importedImage(stack);
      d.addVersion('V1', { version: '1.0.0', source });
      expect(() => d.addVersion('Again', { version: '1.0.0', source })).toThrow(
        "[Stack/Gallery/RenderNode/Again] image version '1.0.0' of image definition 'render-node' is already published by Stack/Gallery/RenderNode/V1; choose a new version number.",
      );
    });

    it('skips checks of a version known only at plan time', () => {
      const stack = testStack();
      const v = new TerraformVariable(stack, 'version', { type: 'string' }).stringValue;
      expect(() => version(stack, { version: v })).not.toThrow();
    });
  });

  describe('source image must fit the definition', () => {
    it('rejects an image of another OS type', () => {
      const stack = testStack();
      expect(() => version(stack, { source: importedImage(stack, { osType: OsType.WINDOWS }) })).toThrow(
        "[Stack/Gallery/RenderNode/V1] source image 'img-render' is Windows but image definition 'render-node' is Linux; publish a Linux image, or add a definition with osType Windows for it (Azure rejects a version whose OS type differs from its definition's).",
      );
    });

    it('rejects an image of another Hyper-V generation', () => {
      const stack = testStack();
      expect(() => version(stack, { source: importedImage(stack, { hyperVGeneration: HyperVGeneration.V1 }) })).toThrow(
        "[Stack/Gallery/RenderNode/V1] source image 'img-render' is Hyper-V generation V1 but image definition 'render-node' is V2; publish it to a definition with hyperVGeneration V1 (Azure rejects a version whose Hyper-V generation differs from its definition's).",
      );
    });

    it('rejects a specialized definition', () => {
      expect(() => version(testStack(), {}, { osState: OsState.SPECIALIZED })).toThrow(
        "[Stack/Gallery/RenderNode/V1] image definition 'render-node' is Specialized, but managed images are generalized and Batch pools accept only generalized gallery images; publish to a definition with osState OsState.GENERALIZED.",
      );
    });

    it("rejects an image outside the gallery's region", () => {
      const stack = testStack();
      expect(() => version(stack, { source: importedImage(stack, { location: 'eastus' }) })).toThrow(
        "[Stack/Gallery/RenderNode/V1] source image 'img-render' is in 'eastus' but gallery 'batch_images' is in 'westeurope'; create the image in 'westeurope' (Azure makes a gallery image version only from a source in the gallery's region) and replicate the version to other regions with targetRegions.",
      );
    });

    it('accepts the same region written differently', () => {
      const stack = testStack();
      expect(() => version(stack, { source: importedImage(stack, { location: 'West Europe' }) })).not.toThrow();
    });

    it('skips what is not known about an imported image', () => {
      const stack = testStack();
      const source = importedImage(stack, { location: undefined, osType: undefined, hyperVGeneration: undefined });
      expect(() => version(stack, { source }, { osType: OsType.WINDOWS, hyperVGeneration: HyperVGeneration.V1 })).not.toThrow();
    });
  });

  describe('target regions', () => {
    it("rejects a list without the gallery's region", () => {
      expect(() => version(testStack(), { targetRegions: [{ name: 'eastus' }, { name: 'northeurope' }] })).toThrow(
        "[Stack/Gallery/RenderNode/V1] targetRegions [eastus, northeurope] do not include the gallery's region 'westeurope'; add { name: 'westeurope' } (Azure requires an image version's own region among its target regions).",
      );
    });

    it('rejects an empty list', () => {
      expect(() => version(testStack(), { targetRegions: [] })).toThrow(
        "[Stack/Gallery/RenderNode/V1] targetRegions is empty; list at least the gallery's region 'westeurope', or leave targetRegions out to replicate only there.",
      );
    });

    it('rejects a region listed twice, however it is written', () => {
      expect(() => version(testStack(), { targetRegions: [{ name: 'westeurope' }, { name: 'West Europe' }] })).toThrow(
        "[Stack/Gallery/RenderNode/V1] targetRegions lists region 'West Europe' twice ('westeurope' and 'West Europe'); list each region once (Azure rejects duplicate target regions).",
      );
    });

    it.each([0, -1, 1.5, 2147483648])('rejects replicaCount %p', (replicaCount) => {
      expect(() => version(testStack(), { targetRegions: [{ name: 'westeurope', replicaCount }] })).toThrow(
        `[Stack/Gallery/RenderNode/V1] replicaCount ${replicaCount} for target region 'westeurope' is not valid; use a whole number from 1 to 2147483647 (the API's 32-bit integer), e.g. one replica per 300 pool nodes.`,
      );
    });

    it('rejects a name that is not a region', () => {
      expect(() => version(testStack(), { targetRegions: [{ name: 'westeurope' }, { name: 'west_us' }] })).toThrow(
        "[Stack/Gallery/RenderNode/V1] location 'west_us' is not an Azure region name",
      );
    });

    it('skips the checks of a region known only at plan time', () => {
      const stack = testStack();
      const region = new TerraformVariable(stack, 'region', { type: 'string' }).stringValue;
      expect(() => version(stack, { targetRegions: [{ name: region }] })).not.toThrow();
    });
  });

  it('rejects an end-of-life date that is not RFC 3339', () => {
    expect(() => version(testStack(), { endOfLifeDate: 'next year' })).toThrow(
      "[Stack/Gallery/RenderNode/V1] end-of-life date 'next year' is not an RFC 3339 timestamp; write it like '2027-12-31T00:00:00Z'.",
    );
  });

  it('pins the synthesized version', () => {
    const stack = testStack();
    version(stack, { source: new FakeManagedImage(stack, 'Image'), targetRegions: [{ name: 'westeurope', replicaCount: 2 }, { name: 'eastus' }] });
    expect(JSON.parse(Testing.synth(stack)).resource.azurerm_shared_image_version).toMatchSnapshot();
  });
});
