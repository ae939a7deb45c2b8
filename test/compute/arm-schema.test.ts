import { TerraformStack } from 'cdktf';
import { CachingType } from '../../lib/core/caching-type';
import { HyperVGeneration } from '../../lib/compute/hyper-v-generation';
import { ManagedImageFromSnapshots } from '../../lib/compute/managed-image-from-snapshots';
import { OsState } from '../../lib/compute/os-state';
import { Snapshot } from '../../lib/compute/snapshot';
import { StorageAccountType } from '../../lib/compute/storage-account-type';
import { OsType } from '../../lib/core/os-type';
import { describeWithArmSchemas } from '../support/arm-schema';
import { DATA2_SNAPSHOT_ID, DATA_SNAPSHOT_ID, newStack, onlyResource, OS_SNAPSHOT_ID, OTHER_SUBSCRIPTION, synthJson } from './fixtures';

const IMAGES = '2025-04-01/Microsoft.Compute.json#/resourceDefinitions/images';

/** The synthesized azapi_resource as the ARM resource Azure receives. */
function armResource(stack: TerraformStack): any {
  const resource = onlyResource(synthJson(stack), 'azapi_resource');
  const [type, apiVersion] = resource.type.split('@');
  return { name: resource.name, type, apiVersion, location: resource.location, ...(resource.tags ? { tags: resource.tags } : {}), ...resource.body };
}

function minimal(): any {
  const stack = newStack();
  new ManagedImageFromSnapshots(stack, 'Image', {
    name: 'render-image',
    resourceGroupName: 'rg-images',
    location: 'westeurope',
    osType: OsType.LINUX,
    osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'Os', OS_SNAPSHOT_ID),
  });
  return armResource(stack);
}

function fullest(): any {
  const stack = newStack();
  new ManagedImageFromSnapshots(stack, 'Image', {
    name: 'render-image',
    resourceGroupName: 'rg-images',
    location: 'West Europe',
    subscriptionId: OTHER_SUBSCRIPTION,
    osType: OsType.WINDOWS,
    osState: OsState.GENERALIZED,
    hyperVGeneration: HyperVGeneration.V1,
    zoneResilient: true,
    storageAccountType: StorageAccountType.PREMIUM_ZRS,
    tags: { team: 'render', cost: 'batch' },
    preventDestroy: true,
    osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'Os', OS_SNAPSHOT_ID, { location: 'westeurope' }),
    dataDiskSnapshots: [
      { lun: 0, snapshot: Snapshot.fromSnapshotId(stack, 'Data', DATA_SNAPSHOT_ID), caching: CachingType.READ_WRITE, sizeGb: 1023 },
      { lun: 63, snapshot: Snapshot.fromSnapshotId(stack, 'Data2', DATA2_SNAPSHOT_ID), caching: CachingType.NONE },
    ],
  });
  return armResource(stack);
}

describeWithArmSchemas('the azapi image body against the official ARM schema (Microsoft.Compute/images 2025-04-01)', (schemas) => {
  it('is valid for the minimal props', () => {
    expect(schemas.validate(IMAGES, minimal())).toEqual([]);
  });

  it('is valid for the fullest props', () => {
    const resource = fullest();
    expect(resource.properties.storageProfile.dataDisks).toHaveLength(2);
    expect(schemas.validate(IMAGES, resource)).toEqual([]);
  });

  it('catches a broken body, so the checks above can fail', () => {
    const broken = fullest();
    delete broken.properties.storageProfile.osDisk.osState;
    broken.properties.storageProfile.osDisk.osType = 'Ubuntu';
    broken.properties.storageProfile.dataDisks[0].lun = '0';
    broken.type = 'Microsoft.Compute/snapshots';
    expect(schemas.validate(IMAGES, broken)).toEqual([
      '/properties/storageProfile/dataDisks/0/lun: must be integer',
      "/properties/storageProfile/osDisk: must have required property 'osState'",
      '/properties/storageProfile/osDisk/osType: must be equal to one of the allowed values (Windows, Linux)',
      '/type: must be equal to one of the allowed values (Microsoft.Compute/images)',
    ]);
  });
});
