import { TerraformVariable } from 'cdktf';
import { publishManagedImage } from '../../../lib/compute/gallery/publish';
import { definition, importedImage, synthResource, testStack } from './support/gallery-fixtures';

describe('publishManagedImage (the body of image.publishTo)', () => {
  it('adds a version of the image to the definition, named after the version number', () => {
    const stack = testStack();
    const image = importedImage(stack);
    const version = publishManagedImage(image, definition(stack), { version: '1.0.0', targetRegions: [{ name: 'westeurope' }, { name: 'eastus' }] });
    expect(version.node.path).toBe('Stack/Gallery/RenderNode/Version-1.0.0');
    expect(version.source).toBe(image);
    expect(version.lineage).toBe(image.lineage);
    expect(synthResource(stack, 'azurerm_shared_image_version', 'Gallery/RenderNode/Version-1.0.0')).toMatchObject({
      name: '1.0.0',
      managed_image_id: image.imageId,
      target_region: [{ name: 'westeurope' }, { name: 'eastus' }],
    });
  });

  it('rejects publishing a version number twice', () => {
    const stack = testStack();
    const d = definition(stack);
    const image = importedImage(stack);
    publishManagedImage(image, d, { version: '1.0.0' });
    expect(() => publishManagedImage(image, d, { version: '1.0.0' })).toThrow(
      "[Stack/Gallery/RenderNode] image version '1.0.0' of image definition 'render-node' is already published by Stack/Gallery/RenderNode/Version-1.0.0; choose a new version number.",
    );
  });

  it('numbers versions whose number is known only at plan time', () => {
    const stack = testStack();
    const d = definition(stack);
    const v = new TerraformVariable(stack, 'version', { type: 'string' }).stringValue;
    expect(publishManagedImage(importedImage(stack), d, { version: v }).node.id).toBe('Version-1');
  });
});
