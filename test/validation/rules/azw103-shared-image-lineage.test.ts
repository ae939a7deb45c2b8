import { TerraformStack, TerraformVariable } from 'cdktf';
import { Suppressions } from '../../../lib/validation/suppressions';
import { annotationsOf } from '../support/annotations';
import { FakeAccount, FakeImage, FakePool, testApp } from '../support/fakes';

describe('AZW103 one image lineage used by several pools', () => {
  it('warns on every pool that shares an image lineage, listing the pools', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    const image = new FakeImage(stack, 'Image', { displayName: 'img-render', lineage: 'snap-os' });
    const copy = new FakeImage(stack, 'Copy', { displayName: 'img-copy', lineage: 'snap-os' });
    new FakePool(stack, 'A', { account, image });
    new FakePool(stack, 'B', { account, image: copy });
    const annotations = annotationsOf(stack, 'AZW103');
    expect(annotations.map((a) => [a.level, a.path])).toEqual([
      ['warning', 'Stack/A'],
      ['warning', 'Stack/B'],
    ]);
    expect(annotations[0].message).toBe(
      "AZW103 gallery image version 'img-render' or its snapshot is used by 2 pools: 'Stack/A', 'Stack/B' — " +
        'give each pool its own image built from its own snapshot (Azure recommends a unique custom image per pool; ' +
        'pools on managed images of one lineage share the 2500 dedicated / 1000 Spot node limits)',
    );
  });

  it('accepts one pool per lineage', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'A', { account, image: new FakeImage(stack, 'ImageA') });
    new FakePool(stack, 'B', { account, image: new FakeImage(stack, 'ImageB') });
    expect(annotationsOf(stack, 'AZW103')).toEqual([]);
  });

  it('shortens the list of pools after ten', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    const image = new FakeImage(stack, 'Image');
    for (let i = 10; i < 22; i++) new FakePool(stack, `P${i}`, { account, image });
    const [annotation] = annotationsOf(stack, 'AZW103');
    expect(annotation.message).toContain("is used by 12 pools: 'Stack/P10', ");
    expect(annotation.message).toContain("'Stack/P19' and 2 more — ");
  });

  it('groups by a token lineage without guessing its value (same token, same lineage)', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const snapshotId = new TerraformVariable(stack, 'snapshot_id', { type: 'string' }).stringValue;
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'A', { account, image: new FakeImage(stack, 'ImageA', { lineage: snapshotId }) });
    new FakePool(stack, 'B', { account, image: new FakeImage(stack, 'ImageB', { lineage: snapshotId }) });
    expect(annotationsOf(stack, 'AZW103').map((a) => a.path)).toEqual(['Stack/A', 'Stack/B']);
  });

  it('is silenced by a suppression, recorded as info', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    const image = new FakeImage(stack, 'Image');
    new FakePool(stack, 'A', { account, image });
    new FakePool(stack, 'B', { account, image });
    Suppressions.add(stack, 'AZW103', 'small pools, far below the node limits');
    expect(annotationsOf(stack, 'AZW103').map((a) => [a.level, a.message])).toEqual([
      ['info', 'suppressed AZW103: small pools, far below the node limits'],
      ['info', 'suppressed AZW103: small pools, far below the node limits'],
    ]);
  });
});
