import { Aspects, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Snapshot } from '../../lib/compute/snapshot';
import { ConstructValidationError } from '../../lib/core/errors';
import { CustomImagePoolChecks } from '../../lib/validation/checks';
import { IMAGE_ID, newStack, OS_SNAPSHOT_ID, SUBSCRIPTION } from './fixtures';

describe('Snapshot.fromSnapshotId', () => {
  it('reads subscription, resource group and name from the ID', () => {
    const snapshot = Snapshot.fromSnapshotId(newStack(), 'Os', OS_SNAPSHOT_ID);
    expect(snapshot.snapshotId).toBe(OS_SNAPSHOT_ID);
    expect(snapshot.subscriptionId).toBe(SUBSCRIPTION);
    expect(snapshot.resourceGroupName).toBe('rg-snapshots');
    expect(snapshot.name).toBe('render-os');
    expect(snapshot.location).toBeUndefined();
    expect(snapshot.azureDiskEncryption).toBeUndefined();
  });

  it('takes location and Azure Disk Encryption from the options', () => {
    const snapshot = Snapshot.fromSnapshotId(newStack(), 'Os', OS_SNAPSHOT_ID, { location: 'West Europe', azureDiskEncryption: true });
    expect(snapshot.location).toBe('West Europe');
    expect(snapshot.azureDiskEncryption).toBe(true);
  });

  it('derives the lineage from the lower-cased canonical ID', () => {
    const stack = newStack();
    const a = Snapshot.fromSnapshotId(stack, 'A', OS_SNAPSHOT_ID);
    const b = Snapshot.fromSnapshotId(
      stack,
      'B',
      `/SUBSCRIPTIONS/${SUBSCRIPTION}/resourcegroups/RG-Snapshots/providers/microsoft.compute/Snapshots/Render-OS`,
    );
    expect(a.lineage).toBe(`snapshot:${OS_SNAPSHOT_ID.toLowerCase()}`);
    expect(b.lineage).toBe(a.lineage);
  });

  it('accepts a token ID, reads nothing from it and keys the lineage by its Terraform expression in the stack', () => {
    const stack = newStack();
    const id = new TerraformVariable(stack, 'snapshot_id', { type: 'string' }).stringValue;
    const snapshot = Snapshot.fromSnapshotId(stack, 'Os', id);
    expect(snapshot.snapshotId).toBe(id);
    expect(snapshot.subscriptionId).toBeUndefined();
    expect(snapshot.resourceGroupName).toBeUndefined();
    expect(snapshot.name).toBeUndefined();
    expect(snapshot.lineage).toBe('snapshot-token:Stack:${var.snapshot_id}');
  });

  it('gives two references to one token ID one lineage, and references to other tokens their own', () => {
    const stack = newStack();
    const snap = new TerraformVariable(stack, 'snap', { type: 'string' });
    const other = new TerraformVariable(stack, 'other', { type: 'string' });
    const a = Snapshot.fromSnapshotId(stack, 'A', snap.stringValue);
    const b = Snapshot.fromSnapshotId(stack, 'B', snap.stringValue);
    const c = Snapshot.fromSnapshotId(stack, 'C', other.stringValue);
    expect(b.lineage).toBe(a.lineage);
    expect(c.lineage).not.toBe(a.lineage);
  });

  it('keeps token lineages of different stacks apart (each stack has its own variables)', () => {
    const app = Testing.app();
    const lineage = (name: string) => {
      const stack = new TerraformStack(app, name);
      return Snapshot.fromSnapshotId(stack, 'Os', new TerraformVariable(stack, 'snap', { type: 'string' }).stringValue).lineage;
    };
    expect(lineage('One')).not.toBe(lineage('Two'));
  });

  it('rejects an ID of another resource type, naming path, ID and fix', () => {
    expect(() => Snapshot.fromSnapshotId(newStack(), 'Os', IMAGE_ID)).toThrow(ConstructValidationError);
    expect(() => Snapshot.fromSnapshotId(newStack(), 'Os', IMAGE_ID)).toThrow(
      `[Stack/Os] '${IMAGE_ID}' is a Microsoft.Compute/images ID, not a snapshot ID; pass the ID of a Microsoft.Compute/snapshots resource.`,
    );
  });

  it.each([
    ['', 'it is empty'],
    [`${OS_SNAPSHOT_ID}/`, "it ends with '/'"],
    ['render-os', "it must start with '/'"],
  ])('rejects the malformed ID %j', (id, problem) => {
    expect(() => Snapshot.fromSnapshotId(newStack(), 'Os', id)).toThrow(`[Stack/Os] '${id}' is not a valid Azure resource ID: ${problem}`);
  });

  it('rejects a malformed location', () => {
    expect(() => Snapshot.fromSnapshotId(newStack(), 'Os', OS_SNAPSHOT_ID, { location: 'west-europe' })).toThrow(
      "[Stack/Os] location 'west-europe' is not an Azure region name; use a region such as 'westeurope' or 'West Europe'.",
    );
  });

  it('adds the custom-image checks to its stack', () => {
    const stack = newStack();
    Snapshot.fromSnapshotId(stack, 'Os', OS_SNAPSHOT_ID);
    expect(Aspects.of(stack).all.filter((a) => a instanceof CustomImagePoolChecks)).toHaveLength(1);
  });
});
