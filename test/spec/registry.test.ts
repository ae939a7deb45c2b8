import { App } from 'cdktf';
import { Construct } from 'constructs';
import { registerSpec, specConstructAt } from '../../lib/spec/registry';
import { DiskSnapshotSpec } from '../../lib/spec/disk-snapshot';

// The path index is built on the first lookup; constructs registered after it must be found too.
describe('spec registry lookup by path', () => {
  const describeAs = () => ({ kind: 'DiskSnapshot' as const, spec: {} as DiskSnapshotSpec });

  it('finds constructs registered before and after the first lookup, per App', () => {
    const app = new App();
    const first = new Construct(new Construct(app, 'Stack'), 'First');
    registerSpec(first, describeAs);
    expect(specConstructAt(first, 'Stack/First')).toBe(first);
    expect(specConstructAt(first, 'Stack/Second')).toBeUndefined();

    const second = new Construct(first.node.scope as Construct, 'Second');
    registerSpec(second, describeAs);
    expect(specConstructAt(first, 'Stack/Second')).toBe(second);
    expect(specConstructAt(second, 'Stack/First')).toBe(first);

    const other = new App();
    expect(specConstructAt(new Construct(other, 'Stack'), 'Stack/First')).toBeUndefined();
  });
});
