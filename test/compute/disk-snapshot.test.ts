import { TerraformStack, TerraformVariable } from 'cdktf';
import { DiskSnapshot, DiskSnapshotProps } from '../../lib/compute/disk-snapshot';
import { ImageProvisioning } from '../../lib/compute/image-provisioning';
import { ManagedImageFromSnapshots } from '../../lib/compute/managed-image-from-snapshots';
import { OsType } from '../../lib/core/os-type';
import { annotationsOf } from '../validation/support/annotations';
import { expectRejected } from '../support/rejections';
import { newStack, onlyResource, SUBSCRIPTION, synthJson } from './fixtures';

const DISK_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-build/providers/Microsoft.Compute/disks/render-vm-os`;

function snapshot(stack: TerraformStack, props: Partial<DiskSnapshotProps> = {}, id = 'OsSnapshot'): DiskSnapshot {
  return new DiskSnapshot(stack, id, {
    name: 'render-os-2026-12',
    resourceGroupName: 'rg-images',
    location: 'westeurope',
    sourceDiskId: DISK_ID,
    ...props,
  });
}

function image(stack: TerraformStack, osDiskSnapshot: DiskSnapshot, id = 'Image', provisioning?: ImageProvisioning): ManagedImageFromSnapshots {
  return new ManagedImageFromSnapshots(stack, id, {
    name: `img-${id.toLowerCase()}`,
    resourceGroupName: 'rg-images',
    location: 'westeurope',
    osType: OsType.LINUX,
    osDiskSnapshot,
    provisioning,
  });
}

describe('DiskSnapshot', () => {
  it('synthesizes an azurerm_snapshot that copies the disk (create option Copy, the disk as source_uri), full by default', () => {
    const stack = newStack();
    snapshot(stack, { tags: { month: '2026-12' } });
    expect(onlyResource(synthJson(stack), 'azurerm_snapshot')).toEqual({
      name: 'render-os-2026-12',
      resource_group_name: 'rg-images',
      location: 'westeurope',
      create_option: 'Copy',
      source_uri: DISK_ID,
      incremental_enabled: false,
      tags: { month: '2026-12' },
    });
  });

  it('takes an incremental snapshot when asked', () => {
    const stack = newStack();
    snapshot(stack, { incremental: true });
    expect(onlyResource(synthJson(stack), 'azurerm_snapshot').incremental_enabled).toBe(true);
  });

  it('is accepted by ManagedImageFromSnapshots like an imported snapshot: the image reads the snapshot resource', () => {
    const stack = newStack();
    const os = snapshot(stack);
    image(stack, os);
    const json = synthJson(stack);
    const [snapshotName] = Object.keys(json.resource.azurerm_snapshot);
    const body = onlyResource(json, 'azapi_resource').body;
    expect(body.properties.storageProfile.osDisk.snapshot.id).toBe(`\${azurerm_snapshot.${snapshotName}.id}`);
  });

  it('is copied into a managed disk by the azurerm-only provisioning', () => {
    const stack = newStack();
    image(stack, snapshot(stack), 'Image', ImageProvisioning.VIA_MANAGED_DISKS);
    const json = synthJson(stack);
    const [snapshotName] = Object.keys(json.resource.azurerm_snapshot);
    expect(onlyResource(json, 'azurerm_managed_disk').source_resource_id).toBe(`\${azurerm_snapshot.${snapshotName}.id}`);
  });

  it("continues the source disk's lineage: two snapshots of one disk are one lineage, and so are the images built from them", () => {
    const stack = newStack();
    const december = snapshot(stack, {}, 'December');
    const january = snapshot(stack, { name: 'render-os-2027-01', sourceDiskId: DISK_ID.toUpperCase().replace('/SUBSCRIPTIONS/', '/subscriptions/') }, 'January');
    expect(december.lineage).toBe(`disk:${DISK_ID.toLowerCase()}`);
    expect(january.lineage).toBe(december.lineage);
    expect(image(stack, december, 'Dec').lineage).toBe(image(stack, january, 'Jan').lineage);
    const other = snapshot(stack, { name: 'other', sourceDiskId: DISK_ID.replace('render-vm-os', 'other-vm-os') }, 'Other');
    expect(other.lineage).not.toBe(december.lineage);
  });

  it('keys the lineage of a token disk ID on its Terraform expression', () => {
    const stack = newStack();
    const disk = new TerraformVariable(stack, 'disk_id', { type: 'string' }).stringValue;
    const a = snapshot(stack, { sourceDiskId: disk }, 'A');
    const b = snapshot(stack, { sourceDiskId: disk, name: 'b' }, 'B');
    expect(a.lineage).toBe('disk-token:Stack:${var.disk_id}');
    expect(b.lineage).toBe(a.lineage);
    expect(a.sourceDisk).toEqual({ diskId: disk, location: undefined });
  });

  it('reads the subscription of the disk from its ID and takes its region from sourceDiskLocation', () => {
    const s = snapshot(newStack(), { sourceDiskLocation: 'West Europe' });
    expect(s.sourceDisk).toEqual({ diskId: DISK_ID, location: 'West Europe', subscriptionId: SUBSCRIPTION });
    expect(s.snapshotId).toMatch(/^\$\{TfToken/);
  });

  describe('rejects at construction', () => {
    it('a source that is not a disk ID', () => {
      const snapshotId = DISK_ID.replace('/disks/', '/snapshots/');
      expectRejected(
        () => snapshot(newStack(), { sourceDiskId: snapshotId }),
        `[Stack/OsSnapshot] '${snapshotId}' is a Microsoft.Compute/snapshots ID, not a managed disk ID; pass the ID of a Microsoft.Compute/disks resource.`,
      );
    });

    it('a snapshot name Azure rejects', () => {
      expectRejected(
        () => snapshot(newStack(), { name: 'render os' }),
        "[Stack/OsSnapshot] snapshot name 'render os' contains ' '; use 1-80 letters, digits, '_' or '-', e.g. 'render-os-2026-12'.",
      );
      expectRejected(() => snapshot(newStack(), { name: 'x'.repeat(81) }), "has 81 characters; use 1-80 letters, digits, '_' or '-'");
    });

    it('a missing source disk', () => {
      expectRejected(() => snapshot(newStack(), { sourceDiskId: undefined }), '[Stack/OsSnapshot] sourceDiskId');
    });

    it('an unknown region of the snapshot or of the disk', () => {
      expectRejected(() => snapshot(newStack(), { location: 'west-europe!' }), '[Stack/OsSnapshot]');
      expectRejected(() => snapshot(newStack(), { sourceDiskLocation: 'west-europe!' }), '[Stack/OsSnapshot]');
    });

    it('a resource group name Azure rejects', () => {
      expectRejected(() => snapshot(newStack(), { resourceGroupName: 'rg.' }), "[Stack/OsSnapshot] resource group name 'rg.' is not valid");
    });
  });

  it('is rejected by the image when its disk is declared encrypted with Azure Disk Encryption, as an imported snapshot is', () => {
    const stack = newStack();
    const encrypted = snapshot(stack, { azureDiskEncryption: true });
    expectRejected(
      () => image(stack, encrypted),
      `[Stack/Image] osDiskSnapshot 'render-os-2026-12' (a snapshot of disk '${DISK_ID}') is encrypted with Azure Disk Encryption, which Batch custom images do not support (see https://learn.microsoft.com/azure/batch/batch-custom-images); ` +
        'take the snapshot from a disk without Azure Disk Encryption (server-side encryption is fine).',
    );
  });

  describe('AZB001 (regions)', () => {
    it("reports a snapshot created outside its disk's region", () => {
      const stack = newStack();
      image(stack, snapshot(stack, { sourceDiskLocation: 'northeurope' }));
      const [annotation] = annotationsOf(stack, 'AZB001');
      expect(annotation.level).toBe('error');
      expect(annotation.path).toBe('Stack/Image');
      expect(annotation.message).toBe(
        "AZB001 disk 'render-vm-os' is in 'northeurope' but its snapshot 'Stack/OsSnapshot' is in 'westeurope' — " +
          "create the snapshot in 'northeurope' (a Copy snapshot is made in its disk's region) and build the image there",
      );
    });

    it("accepts a snapshot in its disk's region (names compared as Azure does)", () => {
      const stack = newStack();
      image(stack, snapshot(stack, { sourceDiskLocation: 'West Europe' }));
      expect(annotationsOf(stack, 'AZB001')).toEqual([]);
    });

    it('still compares the snapshot with its image', () => {
      const stack = newStack();
      image(stack, snapshot(stack, { location: 'northeurope', sourceDiskLocation: 'northeurope' }));
      expect(annotationsOf(stack, 'AZB001').map((a) => a.message)).toEqual([
        expect.stringMatching(/^AZB001 snapshot 'Stack\/OsSnapshot' is in 'northeurope' but image 'img-image' is in 'westeurope'/),
      ]);
    });
  });
});

describe('DiskSnapshot with hostile input', () => {
  it('rejects a name carrying Terraform template syntax', () => {
    expectRejected(() => snapshot(newStack(), { name: '${var.x}' }), "[Stack/OsSnapshot] snapshot name '${var.x}' contains '$'");
  });

  it('escapes template syntax in tags, so Terraform reads them literally', () => {
    const stack = newStack();
    snapshot(stack, { tags: { note: 'built by ${USER}' } });
    expect(onlyResource(synthJson(stack), 'azurerm_snapshot').tags).toEqual({ note: 'built by $${USER}' });
  });
});
