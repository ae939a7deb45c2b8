import { TerraformStack } from 'cdktf';
import { OsType } from '../../../lib/core/os-type';
import { HyperVGeneration } from '../../../lib/compute/hyper-v-generation';
import { OsState } from '../../../lib/compute/os-state';
import { GalleryStorageAccountType } from '../../../lib/compute/gallery/target-region';
import { describeWithArmSchemas } from '../../support/arm-schema';
import { gallery, importedImage, synthResource, testStack } from './support/gallery-fixtures';

/*
 * The gallery constructs emit azurerm resources, not ARM bodies. These tests turn the
 * synthesized azurerm arguments into the ARM request azurerm sends (as its expand functions
 * in internal/services/compute/shared_image*_resource.go do) and validate that request against
 * Microsoft's official schema, so the names and enum values the library emits are ones ARM
 * accepts.
 */

const API = '2025-03-03';
const SCHEMA = `${API}/Microsoft.Compute.json#/resourceDefinitions`;

function galleryBody(stack: TerraformStack): object {
  const g = synthResource(stack, 'azurerm_shared_image_gallery', 'Gallery');
  return {
    type: 'Microsoft.Compute/galleries',
    apiVersion: API,
    name: g.name,
    location: g.location,
    ...(g.tags ? { tags: g.tags } : {}),
    properties: g.description ? { description: g.description } : {},
  };
}

function definitionBody(stack: TerraformStack): object {
  const d = synthResource(stack, 'azurerm_shared_image', 'Gallery/RenderNode');
  return {
    type: 'Microsoft.Compute/galleries/images',
    apiVersion: API,
    name: `${d.gallery_name}/${d.name}`,
    location: d.location,
    ...(d.tags ? { tags: d.tags } : {}),
    properties: {
      osType: d.os_type,
      osState: d.specialized ? 'Specialized' : 'Generalized',
      hyperVGeneration: d.hyper_v_generation,
      identifier: d.identifier,
      ...(d.description ? { description: d.description } : {}),
      ...(d.end_of_life_date ? { endOfLifeDate: d.end_of_life_date } : {}),
    },
  };
}

function versionBody(stack: TerraformStack): object {
  const v = synthResource(stack, 'azurerm_shared_image_version', 'Gallery/RenderNode/V1');
  return {
    type: 'Microsoft.Compute/galleries/images/versions',
    apiVersion: API,
    name: `${v.gallery_name}/${v.image_name}/${v.name}`,
    location: v.location,
    ...(v.tags ? { tags: v.tags } : {}),
    properties: {
      publishingProfile: {
        excludeFromLatest: v.exclude_from_latest,
        targetRegions: v.target_region.map((r: any) => ({
          name: r.name,
          regionalReplicaCount: r.regional_replica_count,
          storageAccountType: r.storage_account_type,
        })),
        ...(v.end_of_life_date ? { endOfLifeDate: v.end_of_life_date } : {}),
      },
      storageProfile: { source: { id: v.managed_image_id } },
    },
  };
}

describeWithArmSchemas('gallery resources against the official ARM schema (Microsoft.Compute 2025-03-03)', (schemas) => {
  it.each(['g', 'batch_images', 'Batch.Images_2026', `a${'_'.repeat(78)}z`])(
    'accepts the gallery named %s',
    (name) => {
      const stack = testStack();
      gallery(stack, { name, description: 'Images for Batch pools', tags: { team: 'render' } });
      expect(schemas.validate(`${SCHEMA}/galleries`, galleryBody(stack))).toEqual([]);
    },
  );

  it('agrees with the schema on gallery names the library rejects', () => {
    const galleryOnly = (name: string) => ({ type: 'Microsoft.Compute/galleries', apiVersion: API, name, properties: {} });
    for (const name of ['.images', 'images.', '_images', '', 'x'.repeat(81)]) {
      expect(() => gallery(testStack(), { name })).toThrow();
      expect(schemas.validate(`${SCHEMA}/galleries`, galleryOnly(name))).not.toEqual([]);
    }
  });

  it('accepts the minimal and the fullest image definition', () => {
    for (const fullest of [false, true]) {
      const stack = testStack();
      gallery(stack).addImageDefinition('RenderNode', {
        name: 'render-node',
        osType: fullest ? OsType.WINDOWS : OsType.LINUX,
        identifier: { publisher: 'Contoso', offer: 'Render', sku: 'ubuntu-22_04' },
        ...(fullest
          ? {
              hyperVGeneration: HyperVGeneration.V1,
              osState: OsState.SPECIALIZED,
              description: 'Render nodes',
              endOfLifeDate: '2027-12-31T00:00:00Z',
              tags: { team: 'render' },
            }
          : {}),
      });
      expect(schemas.validate(`${SCHEMA}/galleries_images`, definitionBody(stack))).toEqual([]);
    }
  });

  it('accepts the minimal and the fullest image version, with every storage account type', () => {
    for (const fullest of [false, true]) {
      const stack = testStack();
      const d = gallery(stack).addImageDefinition('RenderNode', {
        name: 'render-node',
        osType: OsType.LINUX,
        identifier: { publisher: 'Contoso', offer: 'Render', sku: 'ubuntu' },
      });
      d.addVersion('V1', {
        version: '2147483647.0.1',
        source: importedImage(stack),
        ...(fullest
          ? {
              targetRegions: [
                { name: 'westeurope', replicaCount: 3, storageAccountType: GalleryStorageAccountType.STANDARD_ZRS },
                { name: 'eastus', storageAccountType: GalleryStorageAccountType.PREMIUM_LRS },
                { name: 'northeurope', storageAccountType: GalleryStorageAccountType.STANDARD_LRS },
              ],
              excludeFromLatest: true,
              endOfLifeDate: '2027-12-31T00:00:00Z',
              tags: { build: '42' },
            }
          : {}),
      });
      expect(schemas.validate(`${SCHEMA}/galleries_images_versions`, versionBody(stack))).toEqual([]);
    }
  });

  it('detects a body ARM would reject (the check can fail)', () => {
    const stack = testStack();
    gallery(stack).addImageDefinition('RenderNode', {
      name: 'render-node',
      osType: OsType.LINUX,
      identifier: { publisher: 'Contoso', offer: 'Render', sku: 'ubuntu' },
    });
    const body: any = definitionBody(stack);
    body.properties.osState = 'Sysprepped';
    expect(schemas.validate(`${SCHEMA}/galleries_images`, body)).toEqual([
      expect.stringContaining('/properties/osState: must be equal to one of the allowed values'),
    ]);
  });
});
