import { TerraformStack, TerraformVariable } from 'cdktf';
import { PoolRollout } from '../../../lib/spec/pool-rollout';
import { Suppressions } from '../../../lib/validation/suppressions';
import { annotationsOf, unresolvedOf } from '../support/annotations';
import { autoscale, FakeAccount, FakeImage, fakeManagedImage, FakePool, fixed, testApp } from '../support/fakes';

describe('AZB003 dedicated-node limit per image lineage', () => {
  /** Pools with the given dedicated counts, all on images of one lineage. */
  function stackWithPools(...dedicated: number[]) {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    const image = fakeManagedImage(stack, 'Image', { displayName: 'img-render', lineage: 'snapshot-os' });
    const sibling = fakeManagedImage(stack, 'Sibling', { displayName: 'img-sibling', lineage: 'SNAPSHOT-OS' });
    dedicated.forEach((count, i) =>
      new FakePool(stack, `Pool${i}`, { account, image: i % 2 === 0 ? image : sibling, scale: fixed(count) }),
    );
    return stack;
  }

  it('accepts exactly 2500 dedicated nodes over the lineage', () => {
    expect(annotationsOf(stackWithPools(2000, 500), 'AZB003')).toEqual([]);
  });

  it('rejects 2501 on every pool of the lineage, listing pools, counts and the total', () => {
    const annotations = annotationsOf(stackWithPools(2000, 501), 'AZB003');
    expect(annotations.map((a) => [a.level, a.path])).toEqual([
      ['error', 'Stack/Pool0'],
      ['error', 'Stack/Pool1'],
    ]);
    expect(annotations[0].message).toBe(
      "AZB003 2 pools on image 'img-render' or on images from the same snapshot request 2501 dedicated nodes in total " +
        "('Stack/Pool0' 2000, 'Stack/Pool1' 501), above Azure's limit of 2500 for one managed image — " +
        'lower dedicatedNodes (fixed pools) or maxDedicatedNodes (autoscale pools) so these pools total at most 2500, ' +
        'give some pools their own image built from a separate snapshot, or publish the image to an Azure Compute Gallery ' +
        '(gallery image versions are not bound by this limit; see https://learn.microsoft.com/azure/batch/batch-sig-images)',
    );
    expect(annotations[1].message).toContain("2 pools on image 'img-sibling'");
  });

  it('names the single pool when it alone exceeds the limit', () => {
    const [annotation] = annotationsOf(stackWithPools(2501), 'AZB003');
    expect(annotation.message).toMatch(/^AZB003 pool 'pool0' on image 'img-render' requests 2501 dedicated nodes, above/);
  });

  it('counts pools of other lineages separately', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'A', { account, image: fakeManagedImage(stack, 'ImageA'), scale: fixed(2000) });
    new FakePool(stack, 'B', { account, image: fakeManagedImage(stack, 'ImageB'), scale: fixed(2000) });
    expect(annotationsOf(stack, 'AZB003')).toEqual([]);
  });

  it("counts an autoscale pool's maxDedicatedNodes and skips one without it", () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    const image = fakeManagedImage(stack, 'Image');
    new FakePool(stack, 'Fixed', { account, image, scale: fixed(2000) });
    new FakePool(stack, 'Bounded', { account, image, scale: autoscale(501, 0) });
    new FakePool(stack, 'Unbounded', { account, image, scale: autoscale(undefined, 0) });
    const annotations = annotationsOf(stack, 'AZB003');
    expect(annotations.map((a) => a.path)).toEqual(['Stack/Fixed', 'Stack/Bounded']);
    expect(annotations[0].message).toContain("request 2501 dedicated nodes in total ('Stack/Bounded' 501, 'Stack/Fixed' 2000)");
  });

  it('reports AZW106 for a token count when the known counts stay within the limit', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const nodes = new TerraformVariable(stack, 'nodes', { type: 'number' });
    const account = new FakeAccount(stack, 'Account');
    const image = fakeManagedImage(stack, 'Image');
    new FakePool(stack, 'Known', { account, image, scale: fixed(100) });
    new FakePool(stack, 'Variable', { account, image, scale: fixed(nodes.numberValue) });
    expect(annotationsOf(stack, 'AZB003')).toEqual([]);
    expect(unresolvedOf(stack, 'AZB003')).toEqual([
      {
        level: 'warning',
        path: 'Stack/Variable',
        message:
          "AZW106 AZB003 could not be evaluated: the dedicated node count is '${var.nodes}', known only at plan time — " +
          'use a literal value to have AZB003 checked, or suppress AZW106 with a reason.',
      },
    ]);
  });

  it('still rejects the lineage when the known counts alone exceed the limit, showing the token count as unknown', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const nodes = new TerraformVariable(stack, 'nodes', { type: 'number' });
    const account = new FakeAccount(stack, 'Account');
    const image = fakeManagedImage(stack, 'Image');
    new FakePool(stack, 'Known', { account, image, scale: fixed(2501) });
    new FakePool(stack, 'Variable', { account, image, scale: fixed(nodes.numberValue) });
    const annotations = annotationsOf(stack, 'AZB003');
    expect(annotations.map((a) => [a.level, a.path])).toEqual([
      ['error', 'Stack/Known'],
      ['error', 'Stack/Variable'],
    ]);
    expect(annotations[0].message).toContain("('Stack/Known' 2501, 'Stack/Variable' (unknown))");
  });

  it('is silenced on the suppressed pool only', () => {
    const stack = stackWithPools(2000, 501);
    Suppressions.add(stack.node.findChild('Pool1'), 'AZB003', 'quota raised by Azure support ticket 123');
    const annotations = annotationsOf(stack, 'AZB003');
    expect(annotations.map((a) => [a.level, a.path])).toEqual([
      ['error', 'Stack/Pool0'],
      ['info', 'Stack/Pool1'],
    ]);
    expect(annotations[1].message).toBe('suppressed AZB003: quota raised by Azure support ticket 123');
  });

  // Descriptions of blue/green pools on managed images: CustomImageBatchPool rolls over only
  // gallery versions, which these limits do not bind, but the rules read any description.
  describe('blue/green pools, which run beside their predecessor during a rollover', () => {
    function blueGreen(stack: TerraformStack, id: string, image: FakeImage, dedicated: number) {
      const account = (stack.node.tryFindChild('Account') as FakeAccount | undefined) ?? new FakeAccount(stack, 'Account');
      return new FakePool(stack, id, { account, image, scale: fixed(dedicated), description: { rollout: PoolRollout.BLUE_GREEN } });
    }

    it('counts a blue/green pool twice: 1250 dedicated nodes fit, 1251 do not, and the message says why', () => {
      const fits = new TerraformStack(testApp(), 'Stack');
      blueGreen(fits, 'Pool', fakeManagedImage(fits, 'Image', { displayName: 'img-render' }), 1250);
      expect(annotationsOf(fits, 'AZB003')).toEqual([]);

      const over = new TerraformStack(testApp(), 'Stack');
      blueGreen(over, 'Pool', fakeManagedImage(over, 'Image', { displayName: 'img-render' }), 1251);
      expect(annotationsOf(over, 'AZB003').map((a) => a.message)).toEqual([
        "AZB003 pool 'pool' on image 'img-render' requests 1251 dedicated nodes, 2502 while its blue/green rollout keeps the previous pool beside the new one, " +
          "above Azure's limit of 2500 for one managed image — lower dedicatedNodes (fixed pools) or maxDedicatedNodes (autoscale pools) so these pools total at most 2500, " +
          'give some pools their own image built from a separate snapshot, or publish the image to an Azure Compute Gallery ' +
          '(gallery image versions are not bound by this limit; see https://learn.microsoft.com/azure/batch/batch-sig-images); a blue/green pool needs room for its predecessor until the rollover ends',
      ]);
    });

    it('adds the doubled count to the other pools of the lineage and marks it in the listing', () => {
      const stack = new TerraformStack(testApp(), 'Stack');
      const account = new FakeAccount(stack, 'Account');
      const image = fakeManagedImage(stack, 'Image', { displayName: 'img-render', lineage: 'disk:os' });
      blueGreen(stack, 'Green', image, 1000);
      new FakePool(stack, 'Other', { account, image, scale: fixed(501), description: { rollout: PoolRollout.REPLACE } });
      const [annotation] = annotationsOf(stack, 'AZB003');
      expect(annotation.message).toContain(
        "2 pools on image 'img-render' or on images from the same snapshot request 2501 dedicated nodes in total, " +
          "blue/green pools counted twice for their rollover ('Stack/Green' 1000 x2 (blue/green), 'Stack/Other' 501)",
      );
    });
  });

  it('neither checks nor counts pools on gallery image versions: a gallery lifts the managed-image limit', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    const version = new FakeImage(stack, 'Version', { lineage: 'snapshot-os', targetRegions: ['westeurope'] });
    const managed = fakeManagedImage(stack, 'Managed', { lineage: 'snapshot-os' });
    new FakePool(stack, 'Gallery', { account, image: version, scale: fixed(5000) });
    new FakePool(stack, 'Legacy', { account, image: managed, scale: fixed(2500) });
    expect(annotationsOf(stack, 'AZB003')).toEqual([]);
  });

  it('still rejects managed-image pools above 2500 when gallery pools share their lineage, listing only the managed-image pools', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    const version = new FakeImage(stack, 'Version', { lineage: 'snapshot-os' });
    const managed = fakeManagedImage(stack, 'Managed', { displayName: 'img-render', lineage: 'snapshot-os' });
    new FakePool(stack, 'Gallery', { account, image: version, scale: fixed(1000) });
    new FakePool(stack, 'Legacy', { account, image: managed, scale: fixed(2501) });
    const annotations = annotationsOf(stack, 'AZB003');
    expect(annotations.map((a) => [a.level, a.path])).toEqual([['error', 'Stack/Legacy']]);
    expect(annotations[0].message).toMatch(/^AZB003 pool 'legacy' on image 'img-render' requests 2501 dedicated nodes, above Azure's limit of 2500 for one managed image/);
  });
});
