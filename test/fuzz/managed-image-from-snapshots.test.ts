import * as fc from 'fast-check';
import { CachingType } from '../../lib/core/caching-type';
import { OsType } from '../../lib/core/os-type';
import { HyperVGeneration } from '../../lib/compute/hyper-v-generation';
import { ImageProvisioning } from '../../lib/compute/image-provisioning';
import { ManagedImageFromSnapshots } from '../../lib/compute/managed-image-from-snapshots';
import { OsState } from '../../lib/compute/os-state';
import { Snapshot } from '../../lib/compute/snapshot';
import { StorageAccountType } from '../../lib/compute/storage-account-type';
import { corrupt, corruption, count, identifier, location, name, orWrongType, regionName, resourceId, tags, TOKEN, validOrHostile, validTags, wellFormedResourceId } from './support/hostile';
import { check, isExpression, validInteger, validLocation, validName, validResourceGroup, validResourceId } from './support/oracle';
import { fuzzParameters, fuzzTimeout } from './support/runs';
import { SuccessRate } from './support/success-rate';
import { resources, synthCase } from './support/synth';

// Azure's managed image and managed disk names: 1-80 characters, no trailing '.' or '-'.
const IMAGE_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$/;

function mostly<T>(valid: fc.Arbitrary<T>, ...others: fc.Arbitrary<T>[]): fc.Arbitrary<T> {
  return fc.oneof({ weight: 10, arbitrary: valid }, ...others.map((arbitrary) => ({ weight: 1, arbitrary })));
}

const snapshot = fc.record({
  id: resourceId('Microsoft.Compute', ['snapshots']),
  location: fc.option(location, { nil: undefined }),
  azureDiskEncryption: fc.option(mostly(fc.constant(false), fc.constant(true)), { nil: undefined }),
});

const input = fc.record({
  name: name(identifier('-_.', 80)),
  resourceGroupName: name(identifier('-_.()', 40)),
  location,
  subscriptionId: fc.option(mostly(fc.uuid(), fc.constantFrom('', 'not-a-guid', ' 00000000-0000-0000-0000-000000000000'), fc.constant(TOKEN)), { nil: undefined }),
  osType: orWrongType(fc.constantFrom(OsType.LINUX, OsType.WINDOWS)),
  osDisk: snapshot,
  dataDisks: fc.option(
    fc.integer({ min: 0, max: 3 }).chain((n) =>
      fc.tuple(
        ...Array.from({ length: n }, (_, i) =>
          fc.record({
            lun: mostly(fc.constant(i), count(70)),
            snapshot,
            caching: fc.option(fc.constantFrom(...Object.values(CachingType)), { nil: undefined }),
            sizeGb: fc.option(mostly(fc.integer({ min: 1, max: 1023 }), count(40000)), { nil: undefined }),
          }),
        ),
      ),
    ),
    { nil: undefined },
  ),
  osState: fc.option(mostly(fc.constant(OsState.GENERALIZED), fc.constant(OsState.SPECIALIZED)), { nil: undefined }),
  hyperVGeneration: fc.option(fc.constantFrom(...Object.values(HyperVGeneration)), { nil: undefined }),
  zoneResilient: fc.option(fc.boolean(), { nil: undefined }),
  storageAccountType: fc.option(fc.constantFrom(...Object.values(StorageAccountType)), { nil: undefined }),
  tags,
  preventDestroy: fc.option(fc.boolean(), { nil: undefined }),
  provisioning: fc.option(orWrongType(fc.constantFrom(...Object.values(ImageProvisioning))), { nil: undefined }),
  // One prop or list entry anywhere in the image's props replaced by undefined, null or a wrong type.
  corruption,
});

type Input = typeof input extends fc.Arbitrary<infer T> ? T : never;

/** Valid by construction (snapshots in the image's region, generalized, LUNs unique): must synthesize. */
const valid: fc.Arbitrary<Input> = regionName.chain((region) => {
  const goodSnapshot = fc.record({
    id: wellFormedResourceId('Microsoft.Compute', ['snapshots']),
    location: fc.option(fc.constant(region), { nil: undefined }),
    azureDiskEncryption: fc.option(fc.constant(false), { nil: undefined }),
  });
  return fc.record({
    name: identifier('-_.', 80),
    resourceGroupName: identifier('-_.()', 40),
    location: fc.constant(region),
    subscriptionId: fc.option(fc.uuid(), { nil: undefined }),
    osType: fc.constantFrom(OsType.LINUX, OsType.WINDOWS),
    osDisk: goodSnapshot,
    dataDisks: fc.option(
      fc.integer({ min: 0, max: 3 }).chain((n) =>
        fc.tuple(
          ...Array.from({ length: n }, (_, i) =>
            fc.record({
              lun: fc.constant(i * 20),
              snapshot: goodSnapshot,
              caching: fc.option(fc.constantFrom(...Object.values(CachingType)), { nil: undefined }),
              sizeGb: fc.option(fc.integer({ min: 1, max: 1023 }), { nil: undefined }),
            }),
          ),
        ),
      ),
      { nil: undefined },
    ),
    osState: fc.option(fc.constant(OsState.GENERALIZED), { nil: undefined }),
    hyperVGeneration: fc.option(fc.constantFrom(...Object.values(HyperVGeneration)), { nil: undefined }),
    zoneResilient: fc.option(fc.boolean(), { nil: undefined }),
    storageAccountType: fc.option(fc.constantFrom(...Object.values(StorageAccountType)), { nil: undefined }),
    tags: validTags,
    preventDestroy: fc.option(fc.boolean(), { nil: undefined }),
    provisioning: fc.option(fc.constantFrom(...Object.values(ImageProvisioning)), { nil: undefined }),
    corruption: fc.constant(undefined),
  });
}) as fc.Arbitrary<Input>;

describe('ManagedImageFromSnapshots under random input', () => {
  it(
    'either rejects the input with a construct path, or synthesizes an image Azure accepts; valid input always synthesizes',
    () => {
      const rate = new SuccessRate(expect.getState().currentTestName!);
      fc.assert(
        fc.property(validOrHostile(valid, input), (p) => {
          let rejection = '';
          const json = synthCase('2026-01-15', ({ stack, tokens }) => {
            const reference = (id: string, s: typeof p.osDisk) =>
              Snapshot.fromSnapshotId(stack, id, tokens.str(s.id), { location: tokens.str(s.location), azureDiskEncryption: s.azureDiskEncryption });
            new ManagedImageFromSnapshots(stack, 'Image', corrupt({
              name: tokens.str(p.name),
              resourceGroupName: tokens.str(p.resourceGroupName),
              location: tokens.str(p.location),
              subscriptionId: tokens.str(p.subscriptionId),
              osType: p.osType,
              osDiskSnapshot: reference('OsDisk', p.osDisk),
              dataDiskSnapshots: p.dataDisks?.map((d, i) => ({
                lun: tokens.num(d.lun),
                snapshot: reference(`DataDisk${i}`, d.snapshot),
                caching: d.caching,
                sizeGb: tokens.num(d.sizeGb),
              })),
              osState: p.osState,
              hyperVGeneration: p.hyperVGeneration,
              zoneResilient: p.zoneResilient,
              storageAccountType: p.storageAccountType,
              tags: tokens.map(p.tags),
              preventDestroy: p.preventDestroy,
              provisioning: p.provisioning,
            }, p.corruption));
          }, (message) => (rejection = message));
          check(json !== undefined || !p.mustSynthesize, `valid input rejected: ${rejection}`);
          if (!rate.record(json !== undefined)) return;
          // By the output, not the input: a corruption may have removed the provisioning prop.
          if (resources(json, 'azurerm_image').length > 0) {
            const [image] = resources(json, 'azurerm_image');
            check(validName(image.name, IMAGE_NAME), `invalid image name ${JSON.stringify(image.name)}`);
            check(validLocation(image.location) && validResourceGroup(image.resource_group_name), 'invalid image location or resource group');
            for (const disk of resources(json, 'azurerm_managed_disk')) {
              check(isExpression(disk.name) || /\$\{/.test(disk.name) || (IMAGE_NAME.test(disk.name) && disk.name.length <= 80), `invalid disk name ${JSON.stringify(disk.name)}`);
              check(validResourceId(disk.source_resource_id), `invalid snapshot ID ${JSON.stringify(disk.source_resource_id)}`);
            }
            for (const disk of image.data_disk ?? []) check(validInteger(disk.lun, 0, 63), `invalid LUN ${disk.lun}`);
            return;
          }
          const [image] = resources(json, 'azapi_resource');
          check(validName(image.name, IMAGE_NAME), `invalid image name ${JSON.stringify(image.name)}`);
          check(validLocation(image.location), `invalid location ${JSON.stringify(image.location)}`);
          check(/\$\{/.test(image.parent_id) || /^\/subscriptions\/[0-9a-fA-F-]{36}\/resourceGroups\/[^/]+$/.test(image.parent_id), `invalid parent ${image.parent_id}`);
          const profile = image.body.properties.storageProfile;
          check(validResourceId(profile.osDisk.snapshot.id), `invalid snapshot ID ${JSON.stringify(profile.osDisk.snapshot.id)}`);
          check(profile.osDisk.osState === 'Generalized', `OS state ${profile.osDisk.osState}`);
          const luns = new Set<unknown>();
          for (const disk of profile.dataDisks ?? []) {
            check(validInteger(disk.lun, 0, 63) && !luns.has(disk.lun), `invalid or repeated LUN ${disk.lun}`);
            luns.add(disk.lun);
            check(disk.diskSizeGB === undefined || validInteger(disk.diskSizeGB, 1, 1023), `invalid size ${disk.diskSizeGB}`);
            check(validResourceId(disk.snapshot.id), `invalid snapshot ID ${JSON.stringify(disk.snapshot.id)}`);
          }
        }),
        fuzzParameters(),
      );
      rate.expectAtLeast();
    },
    fuzzTimeout(),
  );
});
