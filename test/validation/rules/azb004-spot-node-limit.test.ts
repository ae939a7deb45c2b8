import { TerraformStack, TerraformVariable } from 'cdktf';
import { PoolRollout } from '../../../lib/spec/pool-rollout';
import { Suppressions } from '../../../lib/validation/suppressions';
import { annotationsOf, unresolvedOf } from '../support/annotations';
import { autoscale, FakeAccount, FakeImage, fakeManagedImage, FakePool, fixed, testApp } from '../support/fakes';

describe('AZB004 Spot-node limit per image lineage', () => {
  /** Pools with the given Spot counts on one image. */
  function stackWithPools(...spot: number[]) {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    const image = fakeManagedImage(stack, 'Image', { displayName: 'img-render' });
    spot.forEach((count, i) => new FakePool(stack, `Pool${i}`, { account, image, scale: fixed(0, count) }));
    return stack;
  }

  it('accepts exactly 1000 Spot nodes over the lineage', () => {
    expect(annotationsOf(stackWithPools(600, 400), 'AZB004')).toEqual([]);
  });

  it('rejects 1001 on every pool of the lineage, listing pools, counts and the total', () => {
    const annotations = annotationsOf(stackWithPools(600, 401), 'AZB004');
    expect(annotations.map((a) => [a.level, a.path])).toEqual([
      ['error', 'Stack/Pool0'],
      ['error', 'Stack/Pool1'],
    ]);
    expect(annotations[0].message).toBe(
      "AZB004 2 pools on image 'img-render' or on images from the same snapshot request 1001 Spot nodes in total " +
        "('Stack/Pool0' 600, 'Stack/Pool1' 401), above Azure's limit of 1000 for one managed image — " +
        'lower spotNodes (fixed pools) or maxSpotNodes (autoscale pools) so these pools total at most 1000, ' +
        'give some pools their own image built from a separate snapshot, or publish the image to an Azure Compute Gallery ' +
        '(gallery image versions are not bound by this limit; see https://learn.microsoft.com/azure/batch/batch-sig-images)',
    );
  });

  it('counts Spot and dedicated nodes against their own limits', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'Pool', { account, image: fakeManagedImage(stack, 'Image'), scale: fixed(2500, 1000) });
    expect(annotationsOf(stack, 'AZB003')).toEqual([]);
    expect(annotationsOf(stack, 'AZB004')).toEqual([]);
  });

  it("counts an autoscale pool's maxSpotNodes", () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    const image = fakeManagedImage(stack, 'Image');
    new FakePool(stack, 'Fixed', { account, image, scale: fixed(0, 1000) });
    new FakePool(stack, 'Autoscale', { account, image, scale: autoscale(0, 1) });
    expect(annotationsOf(stack, 'AZB004').map((a) => a.path)).toEqual(['Stack/Fixed', 'Stack/Autoscale']);
  });

  it('reports AZW106 naming AZB004 when a Spot count is a token', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const spot = new TerraformVariable(stack, 'spot', { type: 'number' });
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'Pool', { account, image: fakeManagedImage(stack, 'Image'), scale: autoscale(0, spot.numberValue) });
    expect(annotationsOf(stack, 'AZB004')).toEqual([]);
    expect(unresolvedOf(stack, 'AZB004').map((a) => [a.path, a.message])).toEqual([
      [
        'Stack/Pool',
        "AZW106 AZB004 could not be evaluated: the Spot node count is '${var.spot}', known only at plan time — " +
          'use a literal value to have AZB004 checked, or suppress AZW106 with a reason.',
      ],
    ]);
  });

  it('is silenced by a suppression, recorded as info', () => {
    const stack = stackWithPools(1001);
    Suppressions.add(stack.node.findChild('Pool0'), 'AZB004', 'Spot quota raised by Azure support');
    expect(annotationsOf(stack, 'AZB004')).toEqual([
      { level: 'info', path: 'Stack/Pool0', message: 'suppressed AZB004: Spot quota raised by Azure support' },
    ]);
  });

  it('counts a blue/green pool twice: 501 Spot nodes need 1002 during the rollover', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    const image = fakeManagedImage(stack, 'Image', { displayName: 'img-render' });
    new FakePool(stack, 'Pool', { account, image, scale: fixed(0, 501), description: { rollout: PoolRollout.BLUE_GREEN } });
    expect(annotationsOf(stack, 'AZB004').map((a) => a.message)).toEqual([
      expect.stringMatching(/^AZB004 pool 'pool' on image 'img-render' requests 501 Spot nodes, 1002 while its blue\/green rollout/),
    ]);
  });

  it('neither checks nor counts Spot nodes of pools on gallery image versions', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    const version = new FakeImage(stack, 'Version', { lineage: 'snapshot-os' });
    const managed = fakeManagedImage(stack, 'Managed', { lineage: 'snapshot-os' });
    new FakePool(stack, 'Gallery', { account, image: version, scale: fixed(0, 3000) });
    new FakePool(stack, 'Legacy', { account, image: managed, scale: fixed(0, 1000) });
    expect(annotationsOf(stack, 'AZB004')).toEqual([]);
    new FakePool(stack, 'MoreLegacy', { account, image: managed, scale: fixed(0, 1) });
    expect(annotationsOf(stack, 'AZB004').map((a) => a.path)).toEqual(['Stack/Legacy', 'Stack/MoreLegacy']);
  });
});
