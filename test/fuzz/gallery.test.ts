import * as fc from 'fast-check';
import { ComputeGallery, IComputeGallery } from '../../lib/compute/gallery/compute-gallery';
import { GalleryStorageAccountType } from '../../lib/compute/gallery/target-region';
import { HyperVGeneration } from '../../lib/compute/hyper-v-generation';
import { ManagedImage } from '../../lib/compute/managed-image';
import { OsState } from '../../lib/compute/os-state';
import { normalizeLocation } from '../../lib/core/location';
import { OsType } from '../../lib/core/os-type';
import { corrupt, corruption, count, hostileString, identifier, location, name, orWrongType, regionName, resourceId, tags, templateString, TOKEN, validOrHostile, validTags, wellFormedResourceId } from './support/hostile';
import { check, isExpression, validInteger, validLocation, validName, validResourceGroup } from './support/oracle';
import { fuzzParameters, fuzzTimeout } from './support/runs';
import { SuccessRate } from './support/success-rate';
import { resources, synthCase } from './support/synth';

const GALLERY_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._]{0,78}[A-Za-z0-9])?$/;
const DEFINITION_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,78}[A-Za-z0-9])?$/;
const IDENTIFIER = /^[A-Za-z0-9._-]*[A-Za-z0-9_-]$/;
const VERSION = /^\d+\.\d+\.\d+$/;

function mostly<T>(valid: fc.Arbitrary<T>, ...others: fc.Arbitrary<T>[]): fc.Arbitrary<T> {
  return fc.oneof({ weight: 10, arbitrary: valid }, ...others.map((arbitrary) => ({ weight: 1, arbitrary })));
}

const versionPart = mostly(fc.nat(9999), fc.constantFrom(2147483647, 2147483648));
const date = mostly(fc.constantFrom('2030-12-31T00:00:00Z', '2031-02-28T12:30:00+01:00'), fc.constantFrom('2030-02-30T00:00:00Z', '2030-12-31', 'tomorrow', ''), fc.constant(TOKEN));

interface GalleryInput {
  readonly imported: boolean;
  readonly name?: string;
  readonly resourceGroupName?: string;
  readonly location?: string;
  readonly description?: string;
  readonly id?: string;
  readonly tags?: { [key: string]: string };
}

const input = fc.record({
  gallery: mostly<GalleryInput>(
    fc.record({ imported: fc.constant(false), name: name(identifier('._', 80)), resourceGroupName: name(identifier('-_.()', 40)), location, description: fc.option(fc.oneof(hostileString, templateString), { nil: undefined }), tags }),
    fc.record({ imported: fc.constant(true), id: resourceId('Microsoft.Compute', ['galleries']), location: fc.option(location, { nil: undefined }) }),
  ),
  definition: fc.record({
    name: name(identifier('._-', 80)),
    osType: orWrongType(fc.constantFrom(OsType.LINUX, OsType.WINDOWS)),
    hyperVGeneration: fc.option(orWrongType(fc.constantFrom(...Object.values(HyperVGeneration))), { nil: undefined }),
    publisher: name(identifier('._-', 128)),
    offer: name(identifier('._-', 64)),
    sku: name(identifier('._-', 64)),
    osState: fc.option(mostly(fc.constant(OsState.GENERALIZED), fc.constant(OsState.SPECIALIZED)), { nil: undefined }),
    description: fc.option(fc.oneof(hostileString, templateString), { nil: undefined }),
    endOfLifeDate: fc.option(date, { nil: undefined }),
    tags,
  }),
  source: fc.record({
    id: resourceId('Microsoft.Compute', ['images']),
    sameLocation: mostly(fc.constant(true), fc.constant(false)),
    osType: fc.option(fc.constantFrom(OsType.LINUX, OsType.WINDOWS), { nil: undefined }),
    hyperVGeneration: fc.option(fc.constantFrom(...Object.values(HyperVGeneration)), { nil: undefined }),
  }),
  version: mostly(fc.tuple(versionPart, versionPart, versionPart).map((v) => v.join('.')), name(identifier('.', 12))),
  targetRegions: fc.option(
    fc.array(
      fc.record({
        name: mostly(fc.constant('gallery'), location),
        replicaCount: fc.option(mostly(fc.integer({ min: 1, max: 10 }), count(20)), { nil: undefined }),
        storageAccountType: fc.option(fc.constantFrom(...Object.values(GalleryStorageAccountType)), { nil: undefined }),
      }),
      { maxLength: 3 },
    ),
    { nil: undefined },
  ),
  excludeFromLatest: fc.option(fc.boolean(), { nil: undefined }),
  versionEndOfLife: fc.option(date, { nil: undefined }),
  versionTags: tags,
  // One prop or list entry of the gallery's, the definition's or the version's props replaced by
  // undefined, null or a wrong type.
  corruption,
  corrupted: fc.constantFrom('gallery', 'definition', 'version'),
});

type Input = typeof input extends fc.Arbitrary<infer T> ? T : never;

/**
 * Valid by construction: a gallery whose region is known, a generalized definition whose OS
 * matches the source image, a source in the gallery's region, a version number of three small
 * integers, target regions that include the gallery's once; these must synthesize.
 */
const valid: fc.Arbitrary<Input> = fc
  .record({ region: regionName, osType: fc.constantFrom(OsType.LINUX, OsType.WINDOWS), hyperVGeneration: fc.option(fc.constantFrom(...Object.values(HyperVGeneration)), { nil: undefined }) })
  .chain(({ region, osType, hyperVGeneration }) =>
    fc.record({
      gallery: fc.oneof(
        fc.record({ imported: fc.constant(false), name: identifier('._', 80), resourceGroupName: identifier('-_.()', 40), location: fc.constant(region), description: fc.option(identifier(' ', 40), { nil: undefined }), tags: validTags }),
        fc.record({ imported: fc.constant(true), id: wellFormedResourceId('Microsoft.Compute', ['galleries'], identifier('._', 40)), location: fc.constant(region) }),
      ) as fc.Arbitrary<GalleryInput>,
      definition: fc.record({
        name: identifier('._-', 80),
        osType: fc.constant(osType),
        hyperVGeneration: fc.constant(hyperVGeneration),
        publisher: identifier('._-', 128),
        offer: identifier('._-', 64),
        sku: identifier('._-', 64),
        osState: fc.option(fc.constant(OsState.GENERALIZED), { nil: undefined }),
        description: fc.option(identifier(' ', 40), { nil: undefined }),
        endOfLifeDate: fc.option(fc.constantFrom('2030-12-31T00:00:00Z', '2031-02-28T12:30:00+01:00'), { nil: undefined }),
        tags: validTags,
      }),
      source: fc.record({
        id: wellFormedResourceId('Microsoft.Compute', ['images']),
        sameLocation: fc.constant(true),
        osType: fc.option(fc.constant(osType), { nil: undefined }),
        hyperVGeneration: fc.option(fc.constant(hyperVGeneration), { nil: undefined }),
      }),
      version: fc.tuple(fc.nat(9999), fc.nat(9999), fc.nat(9999)).map((v) => v.join('.')),
      targetRegions: fc.option(
        fc.tuple(
          fc.record({ name: fc.constant('gallery'), replicaCount: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }), storageAccountType: fc.option(fc.constantFrom(...Object.values(GalleryStorageAccountType)), { nil: undefined }) }),
          fc.option(fc.record({ name: fc.constantFrom('japaneast', 'Australia East'), replicaCount: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }), storageAccountType: fc.option(fc.constantFrom(...Object.values(GalleryStorageAccountType)), { nil: undefined }) }), { nil: undefined }),
        ).map(([own, other]) => (other ? [own, other] : [own])),
        { nil: undefined },
      ),
      excludeFromLatest: fc.option(fc.boolean(), { nil: undefined }),
      versionEndOfLife: fc.option(fc.constantFrom('2030-12-31T00:00:00Z'), { nil: undefined }),
      versionTags: validTags,
      corruption: fc.constant(undefined),
      corrupted: fc.constant('version'),
    }),
  ) as fc.Arbitrary<Input>;

describe('gallery constructs under random input', () => {
  it(
    'either reject the input with a construct path, or synthesize a gallery, definition and version Azure accepts; valid input always synthesizes',
    () => {
      const rate = new SuccessRate(expect.getState().currentTestName!);
      fc.assert(
        fc.property(validOrHostile(valid, input), (p) => {
          let rejection = '';
          const json = synthCase('2026-01-15', ({ stack, tokens }) => {
            const galleryLocation = tokens.str(p.gallery.location);
            const corruptIf = <T>(target: string, props: T): T => corrupt(props, p.corrupted === target ? p.corruption : undefined);
            const gallery: IComputeGallery = p.gallery.imported
              ? ComputeGallery.fromGalleryId(stack, 'Gallery', tokens.str(p.gallery.id!), corruptIf('gallery', { location: galleryLocation }))
              : new ComputeGallery(stack, 'Gallery', corruptIf('gallery', {
                  name: tokens.str(p.gallery.name!),
                  resourceGroupName: tokens.str(p.gallery.resourceGroupName!),
                  location: galleryLocation!,
                  description: tokens.str(p.gallery.description),
                  tags: tokens.map(p.gallery.tags),
                }));
            const d = p.definition;
            const definition = gallery.addImageDefinition('Definition', corruptIf('definition', {
              name: tokens.str(d.name),
              osType: d.osType,
              hyperVGeneration: d.hyperVGeneration,
              identifier: { publisher: tokens.str(d.publisher), offer: tokens.str(d.offer), sku: tokens.str(d.sku) },
              osState: d.osState,
              description: tokens.str(d.description),
              endOfLifeDate: tokens.str(d.endOfLifeDate),
              tags: tokens.map(d.tags),
            }));
            const source = ManagedImage.fromImageId(stack, 'Source', tokens.str(p.source.id), {
              location: p.source.sameLocation ? galleryLocation : 'northeurope',
              osType: p.source.osType,
              hyperVGeneration: p.source.hyperVGeneration,
            });
            definition.addVersion('Version', corruptIf('version', {
              source,
              version: tokens.str(p.version),
              targetRegions: p.targetRegions?.map((r) => ({
                name: r.name === 'gallery' ? galleryLocation! : tokens.str(r.name),
                replicaCount: tokens.num(r.replicaCount),
                storageAccountType: r.storageAccountType,
              })),
              excludeFromLatest: p.excludeFromLatest,
              endOfLifeDate: tokens.str(p.versionEndOfLife),
              tags: tokens.map(p.versionTags),
            }));
          }, (message) => (rejection = message));
          check(json !== undefined || !p.mustSynthesize, `valid input rejected: ${rejection}`);
          if (!rate.record(json !== undefined)) return;
          for (const gallery of resources(json, 'azurerm_shared_image_gallery')) {
            check(validName(gallery.name, GALLERY_NAME), `invalid gallery name ${JSON.stringify(gallery.name)}`);
            check(validResourceGroup(gallery.resource_group_name) && validLocation(gallery.location), 'invalid gallery resource group or location');
          }
          const [definition] = resources(json, 'azurerm_shared_image');
          check(validName(definition.name, DEFINITION_NAME), `invalid definition name ${JSON.stringify(definition.name)}`);
          check(validLocation(definition.location), `invalid definition location ${JSON.stringify(definition.location)}`);
          check(definition.specialized === false, 'a specialized definition took a managed image');
          for (const part of ['publisher', 'offer', 'sku']) {
            check(validName(definition.identifier[part], IDENTIFIER), `invalid ${part} ${JSON.stringify(definition.identifier[part])}`);
          }
          const [version] = resources(json, 'azurerm_shared_image_version');
          check(isExpression(version.name) || (VERSION.test(version.name) && version.name.split('.').every((n: string) => Number(n) <= 2147483647)), `invalid version ${JSON.stringify(version.name)}`);
          const regions = version.target_region.map((r: any) => r.name);
          for (const region of version.target_region) {
            check(validLocation(region.name), `invalid target region ${JSON.stringify(region.name)}`);
            check(validInteger(region.regional_replica_count, 1, 2147483647), `invalid replica count ${region.regional_replica_count}`);
          }
          if (!regions.some(isExpression) && !isExpression(version.location)) {
            const names = regions.map(normalizeLocation);
            check(new Set(names).size === names.length && names.includes(normalizeLocation(version.location)), `target regions ${JSON.stringify(regions)} vs ${version.location}`);
          }
        }),
        fuzzParameters(),
      );
      rate.expectAtLeast();
    },
    fuzzTimeout(),
  );
});
