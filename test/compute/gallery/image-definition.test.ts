import { TerraformVariable, Testing } from 'cdktf';
import { OsType } from '../../../lib/core/os-type';
import { HyperVGeneration } from '../../../lib/compute/hyper-v-generation';
import { OsState } from '../../../lib/compute/os-state';
import { ComputeGallery } from '../../../lib/compute/gallery/compute-gallery';
import { definition, definitionOptions, gallery, resolved, synthResource, testStack } from './support/gallery-fixtures';

const SHARED_IMAGE = 'azurerm_shared_image';

describe('GalleryImageDefinition', () => {
  it('synthesizes an azurerm_shared_image in the gallery, its resource group and its region', () => {
    const stack = testStack();
    definition(stack);
    expect(synthResource(stack, SHARED_IMAGE, 'Gallery/RenderNode')).toMatchObject({
      name: 'render-node',
      gallery_name: 'batch_images',
      resource_group_name: 'rg-gallery',
      location: 'westeurope',
      os_type: 'Linux',
      identifier: { publisher: 'Contoso', offer: 'Render', sku: 'ubuntu-22_04' },
    });
  });

  it('defaults to Hyper-V generation V2 and a generalized OS (azurerm would pick V1)', () => {
    const stack = testStack();
    const d = definition(stack);
    const resource = synthResource(stack, SHARED_IMAGE, 'Gallery/RenderNode');
    expect(resource.hyper_v_generation).toBe('V2');
    expect(resource.specialized).toBe(false);
    expect([d.hyperVGeneration, d.osState]).toEqual([HyperVGeneration.V2, OsState.GENERALIZED]);
  });

  it('sets every optional property', () => {
    const stack = testStack();
    definition(stack, {
      osType: OsType.WINDOWS,
      hyperVGeneration: HyperVGeneration.V1,
      osState: OsState.SPECIALIZED,
      description: 'Render nodes',
      endOfLifeDate: '2027-12-31T00:00:00Z',
      tags: { team: 'render' },
    });
    expect(synthResource(stack, SHARED_IMAGE, 'Gallery/RenderNode')).toMatchObject({
      os_type: 'Windows',
      hyper_v_generation: 'V1',
      specialized: true,
      description: 'Render nodes',
      end_of_life_date: '2027-12-31T00:00:00Z',
      tags: { team: 'render' },
    });
  });

  it('depends on its gallery, which it names rather than references', () => {
    const stack = testStack();
    definition(stack);
    expect(synthResource(stack, SHARED_IMAGE, 'Gallery/RenderNode').depends_on).toEqual([
      expect.stringMatching(/^azurerm_shared_image_gallery\.Gallery_/),
    ]);
  });

  it('exposes its ID as a reference, and the gallery, region and image properties', () => {
    const stack = testStack();
    const d = definition(stack);
    expect(resolved(stack, d.imageDefinitionId)).toMatch(/^\$\{azurerm_shared_image\.Gallery_RenderNode_.*\.id\}$/);
    expect(d.gallery.galleryName).toBe('batch_images');
    expect([d.imageDefinitionName, d.location, d.osType]).toEqual(['render-node', 'westeurope', OsType.LINUX]);
  });

  describe('name rules', () => {
    it.each(['a', 'render-node', 'Render_Node.v2', 'x'.repeat(80)])('accepts %s', (name) => {
      expect(() => definition(testStack(), { name })).not.toThrow();
    });

    it.each([
      ['', "[Stack/Gallery/RenderNode] image definition name is empty; use 1-80 letters, digits, '_', '-' and '.', starting and ending with a letter or digit (e.g. 'render-node')."],
      ['x'.repeat(81), "is 81 characters long; use 1-80"],
      ['render node', "[Stack/Gallery/RenderNode] image definition name 'render node' contains white space;"],
      ['render/node', "image definition name 'render/node' contains '/';"],
      ['-render', "image definition name '-render' starts with '-';"],
      ['render.', "image definition name 'render.' ends with '.';"],
      ['render_', "image definition name 'render_' ends with '_';"],
    ])('rejects %j', (name, message) => {
      expect(() => definition(testStack(), { name })).toThrow(message);
    });
  });

  describe('identifier rules', () => {
    const identifier = { publisher: 'Contoso', offer: 'Render', sku: 'ubuntu' };

    it('accepts the longest values (publisher 128, offer and SKU 64)', () => {
      expect(() =>
        definition(testStack(), { identifier: { publisher: 'p'.repeat(128), offer: 'o'.repeat(64), sku: 's'.repeat(64) } }),
      ).not.toThrow();
    });

    it.each([
      [{ ...identifier, publisher: '' }, "[Stack/Gallery/RenderNode] identifier publisher is empty; use 1-128 letters, digits, '-', '_' and '.', not ending with '.'."],
      [{ ...identifier, publisher: 'p'.repeat(129) }, 'is 129 characters long; use 1-128'],
      [{ ...identifier, offer: 'o'.repeat(65) }, 'is 65 characters long; use 1-64'],
      [{ ...identifier, sku: 's'.repeat(65) }, "identifier sku 'sss"],
      [{ ...identifier, offer: 'Render Farm' }, "identifier offer 'Render Farm' contains white space; use 1-64"],
      [{ ...identifier, sku: 'ubuntu+cuda' }, "identifier sku 'ubuntu+cuda' contains '+'; use 1-64"],
      [{ ...identifier, publisher: 'Contoso.' }, "identifier publisher 'Contoso.' ends with '.'; use 1-128"],
    ])('rejects %j', (value, message) => {
      expect(() => definition(testStack(), { identifier: value })).toThrow(message);
    });

    it('skips checks of values known only at plan time', () => {
      const stack = testStack();
      const sku = new TerraformVariable(stack, 'sku', { type: 'string' }).stringValue;
      expect(() => definition(stack, { identifier: { ...identifier, sku } })).not.toThrow();
    });
  });

  describe('uniqueness within a gallery', () => {
    it('rejects a second definition with the same publisher, offer and SKU (any case)', () => {
      const g = gallery(testStack());
      g.addImageDefinition('First', definitionOptions());
      expect(() =>
        g.addImageDefinition(
          'Second',
          definitionOptions({ name: 'render-node-2', identifier: { publisher: 'contoso', offer: 'RENDER', sku: 'ubuntu-22_04' } }),
        ),
      ).toThrow(
        "[Stack/Gallery/Second] identifier (publisher 'contoso', offer 'RENDER', sku 'ubuntu-22_04') is already used by Stack/Gallery/First in gallery 'batch_images'; change the publisher, offer or SKU (a gallery needs a unique triple per definition).",
      );
    });

    it('rejects a second definition with the same name', () => {
      const g = gallery(testStack());
      g.addImageDefinition('First', definitionOptions());
      expect(() =>
        g.addImageDefinition('Second', definitionOptions({ name: 'Render-Node', identifier: { publisher: 'a', offer: 'b', sku: 'c' } })),
      ).toThrow("[Stack/Gallery/Second] image definition name 'Render-Node' is already used by Stack/Gallery/First in gallery 'batch_images'; choose another name.");
    });

    it('allows definitions that share only part of the identifier', () => {
      const g = gallery(testStack());
      g.addImageDefinition('Linux', definitionOptions());
      expect(() =>
        g.addImageDefinition('Windows', definitionOptions({ name: 'render-win', identifier: { publisher: 'Contoso', offer: 'Render', sku: 'win2022' } })),
      ).not.toThrow();
    });

    it('allows the same definition in two galleries', () => {
      const stack = testStack();
      gallery(stack).addImageDefinition('RenderNode', definitionOptions());
      const other = new ComputeGallery(stack, 'Other', { name: 'other', resourceGroupName: 'rg-gallery', location: 'westeurope' });
      expect(() => other.addImageDefinition('RenderNode', definitionOptions())).not.toThrow();
    });
  });

  it('rejects an end-of-life date that is not RFC 3339', () => {
    expect(() => definition(testStack(), { endOfLifeDate: '2027-12-31' })).toThrow(
      "[Stack/Gallery/RenderNode] end-of-life date '2027-12-31' is not an RFC 3339 timestamp; write it like '2027-12-31T00:00:00Z'.",
    );
    expect(() => definition(testStack(), { endOfLifeDate: '2027-02-30T00:00:00Z' })).toThrow('is not an RFC 3339 timestamp');
  });

  it('accepts an end-of-life date with an offset', () => {
    expect(() => definition(testStack(), { endOfLifeDate: '2027-12-31T23:59:59.5+01:00' })).not.toThrow();
  });

  it('pins the synthesized definition', () => {
    const stack = testStack();
    definition(stack, { description: 'Render nodes' });
    expect(JSON.parse(Testing.synth(stack)).resource.azurerm_shared_image).toMatchSnapshot();
  });
});
