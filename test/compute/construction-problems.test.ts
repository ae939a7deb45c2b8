import { OsType } from '../../lib/core/os-type';
import { ManagedImageFromSnapshots } from '../../lib/compute/managed-image-from-snapshots';
import { OsState } from '../../lib/compute/os-state';
import { Snapshot } from '../../lib/compute/snapshot';
import { newStack, OS_SNAPSHOT_ID } from './fixtures';

describe('ManagedImageFromSnapshots: every problem at once', () => {
  it('reports a bad name, a Specialized OS state and an encrypted snapshot in one error, one line each', () => {
    const stack = newStack();
    let message = '';
    try {
      new ManagedImageFromSnapshots(stack, 'Image', {
        name: '-render',
        resourceGroupName: 'rg-images',
        location: 'westeurope',
        osType: OsType.LINUX,
        osState: OsState.SPECIALIZED,
        osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'Os', OS_SNAPSHOT_ID, { azureDiskEncryption: true }),
      });
    } catch (e) {
      message = (e as Error).message;
    }
    const lines = message.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.every((line) => line.startsWith('[Stack/Image] '))).toBe(true);
    expect(lines[0]).toContain("'-render'");
    expect(lines[1]).toContain("osState 'Specialized' is not supported");
    expect(lines[2]).toContain(`osDiskSnapshot '${OS_SNAPSHOT_ID}' is encrypted with Azure Disk Encryption`);
  });
});
