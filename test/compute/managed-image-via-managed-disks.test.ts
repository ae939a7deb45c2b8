import { TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { CachingType } from '../../lib/core/caching-type';
import { HyperVGeneration } from '../../lib/compute/hyper-v-generation';
import { ImageProvisioning } from '../../lib/compute/image-provisioning';
import { ManagedImageFromSnapshots, ManagedImageFromSnapshotsProps } from '../../lib/compute/managed-image-from-snapshots';
import { Snapshot } from '../../lib/compute/snapshot';
import { StorageAccountType } from '../../lib/compute/storage-account-type';
import { OsType } from '../../lib/core/os-type';
import { DATA2_SNAPSHOT_ID, DATA_SNAPSHOT_ID, newStack, onlyResource, OS_SNAPSHOT_ID, OTHER_SUBSCRIPTION, synthJson } from './fixtures';

/** An azurerm-only image with two data disks, in a fresh stack unless one is given. */
function image(overrides: Partial<ManagedImageFromSnapshotsProps> = {}, stack: TerraformStack = newStack()): ManagedImageFromSnapshots {
  return new ManagedImageFromSnapshots(stack, 'Image', {
    name: 'render-image',
    resourceGroupName: 'rg-images',
    location: 'westeurope',
    osType: OsType.LINUX,
    osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'Os', OS_SNAPSHOT_ID),
    dataDiskSnapshots: [
      { lun: 0, snapshot: Snapshot.fromSnapshotId(stack, 'Data', DATA_SNAPSHOT_ID), caching: CachingType.READ_ONLY, sizeGb: 256 },
      { lun: 4, snapshot: Snapshot.fromSnapshotId(stack, 'Data2', DATA2_SNAPSHOT_ID) },
    ],
    provisioning: ImageProvisioning.VIA_MANAGED_DISKS,
    ...overrides,
  });
}

function disksByName(json: any): { [name: string]: any } {
  return Object.fromEntries(Object.values<any>(json.resource.azurerm_managed_disk).map((d) => [d.name, d]));
}

describe('ManagedImageFromSnapshots via managed disks (azurerm only)', () => {
  it('copies each snapshot into a managed disk with create_option Copy', () => {
    const stack = newStack();
    image({}, stack);
    const disks = disksByName(synthJson(stack));
    expect(Object.keys(disks).sort()).toEqual(['render-image-datadisk0', 'render-image-datadisk1', 'render-image-osdisk']);
    expect(disks['render-image-osdisk']).toEqual({
      name: 'render-image-osdisk',
      resource_group_name: 'rg-images',
      location: 'westeurope',
      storage_account_type: 'Standard_LRS',
      create_option: 'Copy',
      source_resource_id: OS_SNAPSHOT_ID,
      os_type: 'Linux',
      hyper_v_generation: 'V2',
    });
    expect(disks['render-image-datadisk0']).toMatchObject({ create_option: 'Copy', source_resource_id: DATA_SNAPSHOT_ID });
    expect(disks['render-image-datadisk0']).not.toHaveProperty('os_type');
    expect(disks['render-image-datadisk1']).toMatchObject({ create_option: 'Copy', source_resource_id: DATA2_SNAPSHOT_ID });
  });

  it('builds an azurerm_image from the copies: OS disk and data disks at their LUNs', () => {
    const stack = newStack();
    image({}, stack);
    const json = synthJson(stack);
    const ids = Object.fromEntries(
      Object.entries<any>(json.resource.azurerm_managed_disk).map(([key, d]) => [d.name, `\${azurerm_managed_disk.${key}.id}`]),
    );
    expect(onlyResource(json, 'azurerm_image')).toEqual({
      name: 'render-image',
      resource_group_name: 'rg-images',
      location: 'westeurope',
      hyper_v_generation: 'V2',
      os_disk: {
        os_type: 'Linux',
        os_state: 'Generalized',
        managed_disk_id: ids['render-image-osdisk'],
        storage_type: 'Standard_LRS',
      },
      data_disk: [
        { lun: 0, managed_disk_id: ids['render-image-datadisk0'], storage_type: 'Standard_LRS', caching: 'ReadOnly', size_gb: 256 },
        { lun: 4, managed_disk_id: ids['render-image-datadisk1'], storage_type: 'Standard_LRS' },
      ],
    });
  });

  it('uses no azapi provider and no client config', () => {
    const stack = newStack();
    image({}, stack);
    const json = synthJson(stack);
    expect(json.provider).toBeUndefined();
    expect(json.data).toBeUndefined();
    expect(json.resource.azapi_resource).toBeUndefined();
  });

  it('applies storageAccountType, hyperVGeneration, zoneResilient, tags and preventDestroy', () => {
    const stack = newStack();
    image(
      {
        osType: OsType.WINDOWS,
        storageAccountType: StorageAccountType.PREMIUM_LRS,
        hyperVGeneration: HyperVGeneration.V1,
        zoneResilient: true,
        tags: { team: 'render' },
        preventDestroy: true,
        subscriptionId: OTHER_SUBSCRIPTION,
      },
      stack,
    );
    const json = synthJson(stack);
    const img = onlyResource(json, 'azurerm_image');
    expect(img).toMatchObject({ hyper_v_generation: 'V1', zone_resilient: true, tags: { team: 'render' }, lifecycle: { prevent_destroy: true } });
    expect(img.os_disk).toMatchObject({ os_type: 'Windows', storage_type: 'Premium_LRS' });
    expect(img.data_disk.map((d: any) => d.storage_type)).toEqual(['Premium_LRS', 'Premium_LRS']);
    const disks = disksByName(json);
    expect(disks['render-image-osdisk']).toMatchObject({ storage_account_type: 'Premium_LRS', os_type: 'Windows', hyper_v_generation: 'V1', tags: { team: 'render' } });
    // The guard protects the image pools depend on (F3), not the intermediate copies.
    expect(disks['render-image-osdisk']).not.toHaveProperty('lifecycle');
  });

  it('exposes the azurerm_image ID as imageId', () => {
    const stack = newStack();
    const img = image({}, stack);
    new TerraformOutput(stack, 'image_id', { value: img.imageId });
    expect(synthJson(stack).output.image_id.value).toMatch(/^\$\{azurerm_image\.Image_[0-9A-F]+\.id\}$/);
    expect(img.provisioning).toBe(ImageProvisioning.VIA_MANAGED_DISKS);
  });

  it('shortens disk names so they fit 80 characters', () => {
    const stack = newStack();
    const name = `a${'b'.repeat(79)}`;
    image({ name }, stack);
    const names = Object.keys(disksByName(synthJson(stack)));
    for (const disk of names) expect(disk.length).toBeLessThanOrEqual(80);
    expect(names).toContain(`${name.slice(0, 73)}-osdisk`);
  });

  it('derives disk names from a token image name in Terraform', () => {
    const stack = newStack();
    image({ name: new TerraformVariable(stack, 'name', { type: 'string' }).stringValue }, stack);
    expect(Object.keys(disksByName(synthJson(stack))).sort()).toEqual(['${var.name}-datadisk0', '${var.name}-datadisk1', '${var.name}-osdisk']);
  });

  it('pins the synthesized azurerm stack', () => {
    const stack = newStack();
    image({ tags: { team: 'render' }, preventDestroy: true }, stack);
    expect(synthJson(stack)).toMatchSnapshot();
  });
});
