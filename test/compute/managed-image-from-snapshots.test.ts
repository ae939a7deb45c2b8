import { Aspects, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { CachingType } from '../../lib/core/caching-type';
import { HyperVGeneration } from '../../lib/compute/hyper-v-generation';
import { ImageProvisioning } from '../../lib/compute/image-provisioning';
import { ManagedImageFromSnapshots, ManagedImageFromSnapshotsProps } from '../../lib/compute/managed-image-from-snapshots';
import { OsState } from '../../lib/compute/os-state';
import { ISnapshot, Snapshot } from '../../lib/compute/snapshot';
import { StorageAccountType } from '../../lib/compute/storage-account-type';
import { CLIENT_CONFIG_ID } from '../../lib/compute/azurerm-client-config';
import { ConstructValidationError } from '../../lib/core/errors';
import { OsType } from '../../lib/core/os-type';
import { AzapiProvider } from '../../lib/providers/azapi/provider';
import { AppModel } from '../../lib/validation/app-model';
import { CustomImagePoolChecks } from '../../lib/validation/checks';
import { ImageKind } from '../../lib/validation/model';
import { DATA2_SNAPSHOT_ID, DATA_SNAPSHOT_ID, IMAGE_ID, newStack, onlyResource, OS_SNAPSHOT_ID, OTHER_SUBSCRIPTION, synthJson } from './fixtures';

type Overrides = Partial<Omit<ManagedImageFromSnapshotsProps, 'osDiskSnapshot'>> & { osDiskSnapshot?: ISnapshot };

/** An image with the required props, in a fresh stack unless one is given. */
function image(overrides: Overrides = {}, stack: TerraformStack = newStack()): ManagedImageFromSnapshots {
  return new ManagedImageFromSnapshots(stack, 'Image', {
    name: 'render-image',
    resourceGroupName: 'rg-images',
    location: 'westeurope',
    osType: OsType.LINUX,
    osDiskSnapshot: overrides.osDiskSnapshot ?? Snapshot.fromSnapshotId(stack, 'OsSnapshot', OS_SNAPSHOT_ID),
    ...overrides,
  });
}

/** A snapshot implemented outside `Snapshot.fromSnapshotId`, so its ID is not checked there. */
function rawSnapshot(scope: Construct, id: string, snapshotId: string, extra: Partial<ISnapshot> = {}): ISnapshot {
  return Object.assign(new Construct(scope, id), { snapshotId, lineage: `raw:${id}`, ...extra });
}

function azapiImage(stack: TerraformStack): any {
  return onlyResource(synthJson(stack), 'azapi_resource');
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConstructValidationError);
    return (e as Error).message;
  }
  throw new Error('expected a ConstructValidationError');
}

describe('ManagedImageFromSnapshots (azapi, the default)', () => {
  it('creates one Microsoft.Compute/images@2025-04-01 azapi_resource in the resource group', () => {
    const stack = newStack();
    image({ subscriptionId: OTHER_SUBSCRIPTION }, stack);
    const resource = azapiImage(stack);
    expect(resource.type).toBe('Microsoft.Compute/images@2025-04-01');
    expect(resource.name).toBe('render-image');
    expect(resource.location).toBe('westeurope');
    expect(resource.parent_id).toBe(`/subscriptions/${OTHER_SUBSCRIPTION}/resourceGroups/rg-images`);
  });

  it('points the OS disk at the snapshot with the defaults: Generalized, V2, Standard_LRS', () => {
    const stack = newStack();
    image({}, stack);
    expect(azapiImage(stack).body).toEqual({
      properties: {
        hyperVGeneration: 'V2',
        storageProfile: {
          osDisk: { osType: 'Linux', osState: 'Generalized', snapshot: { id: OS_SNAPSHOT_ID }, storageAccountType: 'Standard_LRS' },
        },
      },
    });
  });

  it('adds each data disk snapshot at its LUN with caching and size', () => {
    const stack = newStack();
    image(
      {
        dataDiskSnapshots: [
          { lun: 0, snapshot: Snapshot.fromSnapshotId(stack, 'Data', DATA_SNAPSHOT_ID), caching: CachingType.READ_ONLY, sizeGb: 256 },
          { lun: 5, snapshot: Snapshot.fromSnapshotId(stack, 'Data2', DATA2_SNAPSHOT_ID) },
        ],
      },
      stack,
    );
    expect(azapiImage(stack).body.properties.storageProfile.dataDisks).toEqual([
      { lun: 0, snapshot: { id: DATA_SNAPSHOT_ID }, storageAccountType: 'Standard_LRS', caching: 'ReadOnly', diskSizeGB: 256 },
      { lun: 5, snapshot: { id: DATA2_SNAPSHOT_ID }, storageAccountType: 'Standard_LRS' },
    ]);
  });

  it('applies osType, hyperVGeneration, storageAccountType, zoneResilient and tags', () => {
    const stack = newStack();
    image(
      {
        osType: OsType.WINDOWS,
        hyperVGeneration: HyperVGeneration.V1,
        storageAccountType: StorageAccountType.PREMIUM_ZRS,
        zoneResilient: true,
        tags: { team: 'render' },
        dataDiskSnapshots: [{ lun: 1, snapshot: Snapshot.fromSnapshotId(stack, 'Data', DATA_SNAPSHOT_ID) }],
      },
      stack,
    );
    const resource = azapiImage(stack);
    expect(resource.tags).toEqual({ team: 'render' });
    expect(resource.body.properties.hyperVGeneration).toBe('V1');
    const profile = resource.body.properties.storageProfile;
    expect(profile.zoneResilient).toBe(true);
    expect(profile.osDisk.osType).toBe('Windows');
    expect(profile.osDisk.storageAccountType).toBe('Premium_ZRS');
    expect(profile.dataDisks[0].storageAccountType).toBe('Premium_ZRS');
  });

  it('leaves zoneResilient, tags and lifecycle out by default', () => {
    const stack = newStack();
    image({}, stack);
    const resource = azapiImage(stack);
    expect(resource.body.properties.storageProfile).not.toHaveProperty('zoneResilient');
    expect(resource.body.properties.storageProfile).not.toHaveProperty('dataDisks');
    expect(resource).not.toHaveProperty('tags');
    expect(resource).not.toHaveProperty('lifecycle');
  });

  it('accepts osState Generalized given explicitly', () => {
    const stack = newStack();
    image({ osState: OsState.GENERALIZED }, stack);
    expect(azapiImage(stack).body.properties.storageProfile.osDisk.osState).toBe('Generalized');
  });

  it('guards the image with prevent_destroy when preventDestroy is set (F3)', () => {
    const stack = newStack();
    image({ preventDestroy: true }, stack);
    expect(azapiImage(stack).lifecycle).toEqual({ prevent_destroy: true });
  });

  it('adds the azapi provider (source Azure/azapi) once per stack', () => {
    const stack = newStack();
    image({}, stack);
    new ManagedImageFromSnapshots(stack, 'Second', {
      name: 'second',
      resourceGroupName: 'rg-images',
      location: 'westeurope',
      osType: OsType.LINUX,
      osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'Os2', DATA_SNAPSHOT_ID),
    });
    const json = synthJson(stack);
    expect(json.provider.azapi).toEqual([{}]);
    expect(json.terraform.required_providers.azapi).toEqual({ source: 'Azure/azapi', version: '2.5.0' });
  });

  it("keeps the user's own azapi provider instead of adding one", () => {
    const stack = newStack();
    new AzapiProvider(stack, 'mine', { useOidc: true });
    image({}, stack);
    expect(synthJson(stack).provider.azapi).toEqual([{ use_oidc: true }]);
  });

  it("defaults the subscription to the azurerm provider's, via one azurerm_client_config per stack", () => {
    const stack = newStack();
    const first = image({}, stack);
    new ManagedImageFromSnapshots(stack, 'Second', {
      name: 'second',
      resourceGroupName: 'rg-images',
      location: 'westeurope',
      osType: OsType.LINUX,
      osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'Os2', DATA_SNAPSHOT_ID),
    });
    const json = synthJson(stack);
    expect(Object.keys(json.data.azurerm_client_config)).toEqual([CLIENT_CONFIG_ID]);
    for (const resource of Object.values<any>(json.resource.azapi_resource)) {
      expect(resource.parent_id).toBe('/subscriptions/${data.azurerm_client_config.batch_images_client_config.subscription_id}/resourceGroups/rg-images');
    }
    expect(first.subscriptionId).toBeUndefined();
  });

  it('reads no client config when the subscription is given', () => {
    const stack = newStack();
    const img = image({ subscriptionId: OTHER_SUBSCRIPTION }, stack);
    expect(synthJson(stack).data).toBeUndefined();
    expect(img.subscriptionId).toBe(OTHER_SUBSCRIPTION);
  });

  it('exposes its ID as a token and the props it was given', () => {
    const stack = newStack();
    const img = image({}, stack);
    new TerraformOutput(stack, 'image_id', { value: img.imageId });
    expect(synthJson(stack).output.image_id.value).toMatch(/^\$\{azapi_resource\.Image_[0-9A-F]+\.id\}$/);
    expect(img.imageName).toBe('render-image');
    expect(img.location).toBe('westeurope');
    expect(img.osType).toBe(OsType.LINUX);
    expect(img.resourceGroupName).toBe('rg-images');
    expect(img.hyperVGeneration).toBe(HyperVGeneration.V2);
    expect(img.imageKind).toBe(ImageKind.MANAGED_IMAGE);
    expect(img.managedInApp).toBe(true);
    expect(img.provisioning).toBe(ImageProvisioning.AZAPI);
    expect(img.node.defaultChild).toBeDefined();
  });

  it("takes its lineage from the OS-disk snapshot, so images of one snapshot share node limits", () => {
    const stack = newStack();
    const img = image({}, stack);
    expect(img.lineage).toBe(`snapshot:${OS_SNAPSHOT_ID.toLowerCase()}`);
  });

  it('registers a description with every snapshot for the rules, and adds the checks', () => {
    const stack = newStack();
    const img = image(
      {
        osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'Os', OS_SNAPSHOT_ID, { location: 'northeurope', azureDiskEncryption: false }),
        dataDiskSnapshots: [{ lun: 2, snapshot: Snapshot.fromSnapshotId(stack, 'Data', DATA_SNAPSHOT_ID, { location: 'westeurope' }) }],
        subscriptionId: OTHER_SUBSCRIPTION,
      },
      stack,
    );
    const description = AppModel.of(img).imageOf(img)!;
    expect(description).toMatchObject({
      constructPath: 'Stack/Image',
      kind: ImageKind.MANAGED_IMAGE,
      displayName: 'render-image',
      location: 'westeurope',
      subscriptionId: OTHER_SUBSCRIPTION,
      osType: OsType.LINUX,
      lineage: `snapshot:${OS_SNAPSHOT_ID.toLowerCase()}`,
      managedInApp: true,
    });
    expect(description.imageId).toBe(img.imageId);
    expect(description.snapshots).toEqual([
      { constructPath: 'Stack/Os', snapshotId: OS_SNAPSHOT_ID, location: 'northeurope', subscriptionId: '00000000-0000-0000-0000-000000000001', azureDiskEncryption: false },
      { constructPath: 'Stack/Data', snapshotId: DATA_SNAPSHOT_ID, location: 'westeurope', subscriptionId: '00000000-0000-0000-0000-000000000001', azureDiskEncryption: undefined },
    ]);
    expect(Aspects.of(stack).all.filter((a) => a instanceof CustomImagePoolChecks)).toHaveLength(1);
  });

  it('pins the synthesized azapi stack', () => {
    const stack = newStack();
    image(
      {
        dataDiskSnapshots: [{ lun: 1, snapshot: Snapshot.fromSnapshotId(stack, 'Data', DATA_SNAPSHOT_ID), caching: CachingType.READ_WRITE, sizeGb: 512 }],
        tags: { team: 'render' },
        preventDestroy: true,
      },
      stack,
    );
    expect(synthJson(stack)).toMatchSnapshot();
  });
});

describe('ManagedImageFromSnapshots errors', () => {
  it.each([
    ['', 'is empty'],
    ['a'.repeat(81), 'has 81 characters'],
    ['render image', "contains ' '"],
    ['render/image', "contains '/'"],
    ['_render', "starts with '_'"],
    ['.render', "starts with '.'"],
    ['render.', "ends with '.'"],
    ['render-', "ends with '-'"],
  ])('rejects the image name %j', (name, problem) => {
    expect(errorOf(() => image({ name }))).toBe(
      `[Stack/Image] image name '${name}' ${problem}; use 1-80 letters, digits, '_', '.' or '-', starting with a letter or digit and not ending with '.' or '-'.`,
    );
  });

  it.each(['a', '7', 'a'.repeat(80), 'render_', 'Render.Image-2_x'])('accepts the image name %j', (name) => {
    expect(() => image({ name })).not.toThrow();
  });

  it('rejects osState Specialized (F12)', () => {
    expect(errorOf(() => image({ osState: OsState.SPECIALIZED }))).toBe(
      "[Stack/Image] osState 'Specialized' is not supported: managed images must be Generalized (see https://learn.microsoft.com/azure/virtual-machines/generalize); generalize the source VM " +
        "(Sysprep on Windows, 'waagent -deprovision+user' on Linux) before taking the snapshot and use OsState.GENERALIZED.",
    );
  });

  it('rejects a malformed location', () => {
    expect(errorOf(() => image({ location: 'west europe!' }))).toBe(
      "[Stack/Image] location 'west europe!' is not an Azure region name; use a region such as 'westeurope' or 'West Europe'.",
    );
  });

  it('rejects a malformed OS-disk snapshot ID', () => {
    const stack = newStack();
    const bad = `${OS_SNAPSHOT_ID}/`;
    expect(errorOf(() => image({ osDiskSnapshot: rawSnapshot(stack, 'Raw', bad) }, stack))).toBe(
      `[Stack/Image] osDiskSnapshot: '${bad}' is not a valid Azure resource ID: it ends with '/'; remove the trailing slash. ` +
        'Expected /subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}/providers/{namespace}/{type}/{name}[/{childType}/{childName}...].',
    );
  });

  it('rejects a data-disk snapshot ID of the wrong type', () => {
    const stack = newStack();
    expect(errorOf(() => image({ dataDiskSnapshots: [{ lun: 0, snapshot: rawSnapshot(stack, 'Raw', IMAGE_ID) }] }, stack))).toBe(
      `[Stack/Image] dataDiskSnapshots[0].snapshot: '${IMAGE_ID}' is a Microsoft.Compute/images ID, not a snapshot ID; ` +
        'pass the ID of a Microsoft.Compute/snapshots resource.',
    );
  });

  it('rejects an OS-disk snapshot known to use Azure Disk Encryption (F13)', () => {
    const stack = newStack();
    const osDiskSnapshot = Snapshot.fromSnapshotId(stack, 'Os', OS_SNAPSHOT_ID, { azureDiskEncryption: true });
    expect(errorOf(() => image({ osDiskSnapshot }, stack))).toBe(
      `[Stack/Image] osDiskSnapshot '${OS_SNAPSHOT_ID}' is encrypted with Azure Disk Encryption, which Batch custom images do not support (see https://learn.microsoft.com/azure/batch/batch-custom-images); ` +
        'take the snapshot from a disk without Azure Disk Encryption (server-side encryption is fine).',
    );
  });

  it('rejects a data-disk snapshot known to use Azure Disk Encryption (F13)', () => {
    const stack = newStack();
    const snapshot = Snapshot.fromSnapshotId(stack, 'Data', DATA_SNAPSHOT_ID, { azureDiskEncryption: true });
    expect(errorOf(() => image({ dataDiskSnapshots: [{ lun: 0, snapshot }] }, stack))).toContain(
      `dataDiskSnapshots[0].snapshot '${DATA_SNAPSHOT_ID}' is encrypted with Azure Disk Encryption`,
    );
  });

  it('rejects a duplicate LUN, naming both entries', () => {
    const stack = newStack();
    const data = Snapshot.fromSnapshotId(stack, 'Data', DATA_SNAPSHOT_ID);
    const data2 = Snapshot.fromSnapshotId(stack, 'Data2', DATA2_SNAPSHOT_ID);
    expect(errorOf(() => image({ dataDiskSnapshots: [{ lun: 3, snapshot: data }, { lun: 3, snapshot: data2 }] }, stack))).toBe(
      '[Stack/Image] dataDiskSnapshots[1]: LUN 3 is already used by dataDiskSnapshots[0]; give each data disk its own LUN (0-63).',
    );
  });

  it.each([-1, 64, 1.5])('rejects LUN %d outside 0-63', (lun) => {
    const stack = newStack();
    const data = Snapshot.fromSnapshotId(stack, 'Data', DATA_SNAPSHOT_ID);
    expect(errorOf(() => image({ dataDiskSnapshots: [{ lun, snapshot: data }] }, stack))).toBe(
      `[Stack/Image] dataDiskSnapshots[0]: LUN ${lun} is outside 0-63; give each data disk a whole-number LUN from 0 to 63.`,
    );
  });

  it('accepts LUNs 0 and 63', () => {
    const stack = newStack();
    const dataDiskSnapshots = [
      { lun: 0, snapshot: Snapshot.fromSnapshotId(stack, 'Data', DATA_SNAPSHOT_ID) },
      { lun: 63, snapshot: Snapshot.fromSnapshotId(stack, 'Data2', DATA2_SNAPSHOT_ID) },
    ];
    expect(() => image({ dataDiskSnapshots }, stack)).not.toThrow();
  });

  it.each([1024, 0, 10.5])('rejects data disk sizeGb %d', (sizeGb) => {
    const stack = newStack();
    const data = Snapshot.fromSnapshotId(stack, 'Data', DATA_SNAPSHOT_ID);
    expect(errorOf(() => image({ dataDiskSnapshots: [{ lun: 0, snapshot: data, sizeGb }] }, stack))).toBe(
      `[Stack/Image] dataDiskSnapshots[0]: sizeGb ${sizeGb} is not a whole number from 1 to 1023; an image data disk can be at most 1023 GB ` +
        "— use a smaller size, or leave sizeGb unset to keep the snapshot's size.",
    );
  });

  it('accepts a data disk of 1023 GB', () => {
    const stack = newStack();
    const data = Snapshot.fromSnapshotId(stack, 'Data', DATA_SNAPSHOT_ID);
    expect(() => image({ dataDiskSnapshots: [{ lun: 0, snapshot: data, sizeGb: 1023 }] }, stack)).not.toThrow();
  });

  it('rejects a subscription that is not a GUID and a malformed resource group', () => {
    expect(errorOf(() => image({ subscriptionId: 'my-subscription' }))).toContain(
      "[Stack/Image] subscriptionId 'my-subscription' and resourceGroupName 'rg-images' do not make a valid image ID: ",
    );
    expect(errorOf(() => image({ subscriptionId: 'my-subscription' }))).toContain("subscription 'my-subscription' is not a GUID");
    expect(errorOf(() => image({ resourceGroupName: 'rg images' }))).toContain("resource group 'rg images' is not a valid resource group name");
  });

  it('skips the checks a token value prevents', () => {
    const stack = newStack();
    const variable = (name: string, type: string) => new TerraformVariable(stack, name, { type });
    const snapshotId = variable('snapshot_id', 'string').stringValue;
    const img = new ManagedImageFromSnapshots(stack, 'Image', {
      name: variable('name', 'string').stringValue,
      resourceGroupName: variable('rg', 'string').stringValue,
      location: variable('location', 'string').stringValue,
      subscriptionId: variable('subscription', 'string').stringValue,
      osType: OsType.LINUX,
      osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'Os', snapshotId),
      dataDiskSnapshots: [
        { lun: variable('lun_a', 'number').numberValue, snapshot: rawSnapshot(stack, 'A', variable('a', 'string').stringValue), sizeGb: variable('size', 'number').numberValue },
        { lun: variable('lun_b', 'number').numberValue, snapshot: Snapshot.fromSnapshotId(stack, 'B', DATA_SNAPSHOT_ID) },
      ],
    });
    const resource = azapiImage(stack);
    expect(resource.name).toBe('${var.name}');
    expect(resource.parent_id).toBe('/subscriptions/${var.subscription}/resourceGroups/${var.rg}');
    expect(resource.body.properties.storageProfile.osDisk.snapshot.id).toBe('${var.snapshot_id}');
    expect(resource.body.properties.storageProfile.dataDisks.map((d: any) => d.lun)).toEqual(['${var.lun_a}', '${var.lun_b}']);
    expect(img.lineage).toBe('snapshot-token:Stack:${var.snapshot_id}');
  });
});
