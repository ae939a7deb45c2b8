import { ComputeGallery } from '../../../lib/compute/gallery/compute-gallery';
import { OsType } from '../../../lib/core/os-type';
import { synthResource, testStack } from './support/gallery-fixtures';

describe('image definitions in a large gallery', () => {
  it("depend on the gallery's resource, found without listing the gallery's other children", () => {
    const stack = testStack();
    const gallery = new ComputeGallery(stack, 'Gallery', { name: 'batch_images', resourceGroupName: 'rg', location: 'westeurope' });
    const add = (i: number) =>
      gallery.addImageDefinition(`Definition${i}`, {
        name: `def-${i}`,
        osType: OsType.LINUX,
        identifier: { publisher: 'acme', offer: 'render', sku: `sku-${i}` },
      });
    for (let i = 0; i < 50; i++) add(i);

    // Listing every child per definition made 5000 definitions cost seconds (quadratic).
    const children = jest.spyOn(gallery.node, 'children', 'get');
    add(50);
    expect(children).not.toHaveBeenCalled();
    children.mockRestore();

    expect(synthResource(stack, 'azurerm_shared_image', 'Gallery/Definition50').depends_on).toEqual([
      `azurerm_shared_image_gallery.${stack.getLogicalId(gallery.node.defaultChild as never)}`,
    ]);
  });
});
