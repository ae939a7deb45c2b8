import { Aspects, TerraformVariable, Testing } from 'cdktf';
import { ComputeGallery } from '../../../lib/compute/gallery/compute-gallery';
import { CustomImagePoolChecks } from '../../../lib/validation/checks';
import { GALLERY_ID, SUBSCRIPTION, definitionOptions, gallery, resolved, synthResource, testStack } from './support/gallery-fixtures';

const GALLERY = 'azurerm_shared_image_gallery';

describe('ComputeGallery', () => {
  it('synthesizes an azurerm_shared_image_gallery with name, resource group and location', () => {
    const stack = testStack();
    gallery(stack);
    const resource = synthResource(stack, GALLERY, 'Gallery');
    expect(resource).toMatchObject({ name: 'batch_images', resource_group_name: 'rg-gallery', location: 'westeurope' });
    expect(resource).not.toHaveProperty('description');
    expect(resource).not.toHaveProperty('tags');
  });

  it('passes description and tags through', () => {
    const stack = testStack();
    gallery(stack, { description: 'Images for Batch pools', tags: { team: 'render' } });
    expect(synthResource(stack, GALLERY, 'Gallery')).toMatchObject({
      description: 'Images for Batch pools',
      tags: { team: 'render' },
    });
  });

  it('exposes its ID as a reference to the resource, and name, group, location and subscription as given', () => {
    const stack = testStack();
    const g = gallery(stack, { subscriptionId: SUBSCRIPTION });
    expect(resolved(stack, g.galleryId)).toMatch(/^\$\{azurerm_shared_image_gallery\.Gallery_.*\.id\}$/);
    expect([g.galleryName, g.resourceGroupName, g.location, g.subscriptionId]).toEqual([
      'batch_images',
      'rg-gallery',
      'westeurope',
      SUBSCRIPTION,
    ]);
  });

  it('leaves the subscription unknown unless given', () => {
    expect(gallery(testStack()).subscriptionId).toBeUndefined();
  });

  it('adds the custom-image checks to its stack', () => {
    const stack = testStack();
    gallery(stack);
    expect(Aspects.of(stack).all.some((a) => a instanceof CustomImagePoolChecks)).toBe(true);
  });

  describe('name rules', () => {
    it.each(['a', 'batch_images', 'Batch.Images_2026', 'x'.repeat(80)])('accepts %s', (name) => {
      expect(() => gallery(testStack(), { name })).not.toThrow();
    });

    it.each([
      ['', "[Stack/Gallery] gallery name is empty; use 1-80 letters, digits, '_' and '.', starting and ending with a letter or digit (e.g. 'batch_images')."],
      ['x'.repeat(81), `[Stack/Gallery] gallery name '${'x'.repeat(81)}' is 81 characters long; use 1-80`],
      ['batch-images', "[Stack/Gallery] gallery name 'batch-images' contains '-'; use 1-80"],
      ['batch images', "[Stack/Gallery] gallery name 'batch images' contains white space; use 1-80"],
      ['.images', "[Stack/Gallery] gallery name '.images' starts with '.'; use 1-80"],
      ['images.', "[Stack/Gallery] gallery name 'images.' ends with '.'; use 1-80"],
      ['_images', "[Stack/Gallery] gallery name '_images' starts with '_'; use 1-80"],
      ['images_', "[Stack/Gallery] gallery name 'images_' ends with '_'; use 1-80"],
    ])('rejects %j', (name, message) => {
      expect(() => gallery(testStack(), { name })).toThrow(message);
    });

    it('skips the check for a name known only at plan time', () => {
      const stack = testStack();
      const name = new TerraformVariable(stack, 'name', { type: 'string' }).stringValue;
      expect(() => gallery(stack, { name })).not.toThrow();
    });
  });

  it('rejects a location that is not a region name', () => {
    expect(() => gallery(testStack(), { location: 'west-europe' })).toThrow(
      "[Stack/Gallery] location 'west-europe' is not an Azure region name",
    );
  });
});

describe('ComputeGallery.fromGalleryId', () => {
  it('reads name, resource group and subscription from the ID', () => {
    const imported = ComputeGallery.fromGalleryId(testStack(), 'Existing', GALLERY_ID, { location: 'West Europe' });
    expect(imported).toMatchObject({
      galleryId: GALLERY_ID,
      galleryName: 'batch_images',
      resourceGroupName: 'rg-gallery',
      subscriptionId: SUBSCRIPTION,
      location: 'West Europe',
    });
  });

  it('leaves the location unknown unless given', () => {
    expect(ComputeGallery.fromGalleryId(testStack(), 'Existing', GALLERY_ID).location).toBeUndefined();
  });

  it('rejects the ID of another resource type', () => {
    const imageId = GALLERY_ID.replace('galleries/batch_images', 'images/img');
    expect(() => ComputeGallery.fromGalleryId(testStack(), 'Existing', imageId)).toThrow(
      `[Stack/Existing] '${imageId}' is a Microsoft.Compute/images ID, not a compute gallery ID; pass the ID of a Microsoft.Compute/galleries resource.`,
    );
  });

  it('rejects a malformed ID', () => {
    expect(() => ComputeGallery.fromGalleryId(testStack(), 'Existing', 'batch_images')).toThrow(
      "[Stack/Existing] 'batch_images' is not a valid Azure resource ID: it must start with '/'",
    );
  });

  it('reads the segments of an ID known only at plan time in Terraform', () => {
    const stack = testStack();
    const id = new TerraformVariable(stack, 'gallery_id', { type: 'string' }).stringValue;
    const imported = ComputeGallery.fromGalleryId(stack, 'Existing', id, { location: 'westeurope' });
    expect(resolved(stack, imported.galleryName)).toBe('${element(split("/", var.gallery_id), 8)}');
    expect(resolved(stack, imported.resourceGroupName)).toBe('${element(split("/", var.gallery_id), 4)}');
    expect(resolved(stack, imported.subscriptionId)).toBe('${element(split("/", var.gallery_id), 2)}');
  });

  it('takes image definitions, created in the region given at import', () => {
    const stack = testStack();
    const imported = ComputeGallery.fromGalleryId(stack, 'Existing', GALLERY_ID, { location: 'westeurope' });
    imported.addImageDefinition('RenderNode', definitionOptions());
    expect(synthResource(stack, 'azurerm_shared_image', 'Existing/RenderNode')).toMatchObject({
      gallery_name: 'batch_images',
      resource_group_name: 'rg-gallery',
      location: 'westeurope',
    });
  });

  it('refuses image definitions when imported without a location', () => {
    const imported = ComputeGallery.fromGalleryId(testStack(), 'Existing', GALLERY_ID);
    expect(() => imported.addImageDefinition('RenderNode', definitionOptions())).toThrow(
      "[Stack/Existing/RenderNode] gallery 'batch_images' was imported without a location; pass { location } to ComputeGallery.fromGalleryId (image definitions are created in their gallery's region).",
    );
  });
});

describe('ComputeGallery snapshot', () => {
  it('pins the synthesized gallery', () => {
    const stack = testStack();
    gallery(stack, { description: 'Images for Batch pools', tags: { team: 'render' } });
    expect(JSON.parse(Testing.synth(stack)).resource).toMatchSnapshot();
  });
});
