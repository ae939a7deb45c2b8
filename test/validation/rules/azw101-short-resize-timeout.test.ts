import { TerraformStack, TerraformVariable } from 'cdktf';
import { Suppressions } from '../../../lib/validation/suppressions';
import { annotationsOf, unresolvedOf } from '../support/annotations';
import { autoscale, FakeAccount, FakeImage, fakeManagedImage, FakePool, fixed, testApp } from '../support/fakes';
import { ScaleDescription } from '../../../lib/validation/model';

describe('AZW101 short resize timeout', () => {
  describe('pools on managed images: 20 minutes', () => {
    function stackWith(scale: ScaleDescription) {
      const stack = new TerraformStack(testApp(), 'Stack');
      const account = new FakeAccount(stack, 'Account');
      new FakePool(stack, 'Pool', { account, image: fakeManagedImage(stack, 'Image'), poolName: 'render', scale });
      return stack;
    }

    it('warns on a fixed pool with a resizeTimeout of 19 minutes', () => {
      expect(annotationsOf(stackWith(fixed(2, 0, 19)), 'AZW101')).toEqual([
        {
          level: 'warning',
          path: 'Stack/Pool',
          message:
            "AZW101 fixed pool 'render' has a resizeTimeout of 19 minutes, under the 20–30 minutes Azure recommends for pools on managed images — " +
            'set resizeTimeout to Duration.minutes(20) or more (the default is 30 minutes; see https://learn.microsoft.com/azure/batch/batch-custom-images#considerations-for-large-pools)',
        },
      ]);
    });

    it('accepts 20 minutes, and does not look at autoscale pools', () => {
      expect(annotationsOf(stackWith(fixed(2, 0, 20)), 'AZW101')).toEqual([]);
      expect(annotationsOf(stackWith(autoscale(10, 0)), 'AZW101')).toEqual([]);
    });

    it('keeps 20 minutes even for a two-node pool', () => {
      expect(annotationsOf(stackWith(fixed(1, 1, 19)), 'AZW101')).toHaveLength(1);
    });

    it('is silenced by a suppression, recorded as info', () => {
      const stack = stackWith(fixed(2, 0, 15));
      Suppressions.add(stack, 'AZW101', 'two-node test pool resizes fast');
      expect(annotationsOf(stack, 'AZW101')).toEqual([
        { level: 'info', path: 'Stack/Pool', message: 'suppressed AZW101: two-node test pool resizes fast' },
      ]);
    });
  });

  describe('pools on gallery image versions: 15 minutes per 1000 nodes', () => {
    function stackWith(scale: ScaleDescription) {
      const stack = new TerraformStack(testApp(), 'Stack');
      const account = new FakeAccount(stack, 'Account');
      new FakePool(stack, 'Pool', { account, image: new FakeImage(stack, 'Version'), poolName: 'render', scale });
      return stack;
    }

    it('accepts 30 minutes for 2000 nodes and warns at 29, naming the value to set', () => {
      expect(annotationsOf(stackWith(fixed(1500, 500, 30)), 'AZW101')).toEqual([]);
      expect(annotationsOf(stackWith(fixed(1500, 500, 29)), 'AZW101')).toEqual([
        {
          level: 'warning',
          path: 'Stack/Pool',
          message:
            "AZW101 fixed pool 'render' targets 2000 nodes with a resizeTimeout of 29 minutes; Azure recommends at least 15 minutes per 1000 nodes for pools on gallery images — " +
            'set resizeTimeout to Duration.minutes(30) or more (see https://learn.microsoft.com/azure/batch/batch-sig-images#considerations-for-large-pools)',
        },
      ]);
    });

    it('rounds the minutes up: 2001 nodes need 31 minutes', () => {
      expect(annotationsOf(stackWith(fixed(2001, 0, 30)), 'AZW101')[0].message).toContain('Duration.minutes(31)');
      expect(annotationsOf(stackWith(fixed(2001, 0, 31)), 'AZW101')).toEqual([]);
    });

    it('does not ask small gallery pools for the managed-image 20 minutes', () => {
      expect(annotationsOf(stackWith(fixed(300, 0, 5)), 'AZW101')).toEqual([]);
      expect(annotationsOf(stackWith(fixed(1000, 0, 15)), 'AZW101')).toEqual([]);
      expect(annotationsOf(stackWith(fixed(1000, 0, 14)), 'AZW101')).toHaveLength(1);
    });

    it('reports AZW106 naming AZW101 when the node count is a token', () => {
      const stack = new TerraformStack(testApp(), 'Stack');
      const nodes = new TerraformVariable(stack, 'nodes', { type: 'number' });
      const account = new FakeAccount(stack, 'Account');
      new FakePool(stack, 'Pool', { account, image: new FakeImage(stack, 'Version'), scale: fixed(nodes.numberValue, 0, 20) });
      expect(unresolvedOf(stack, 'AZW101').map((a) => a.message)).toEqual([
        "AZW106 AZW101 could not be evaluated: the dedicated node count is '${var.nodes}', known only at plan time — " +
          'use a literal value to have AZW101 checked, or suppress AZW106 with a reason.',
      ]);
    });
  });

  it('reports AZW106 naming AZW101 when the timeout is a token', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const minutes = new TerraformVariable(stack, 'minutes', { type: 'number' });
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'Pool', { account, image: new FakeImage(stack, 'Image'), scale: fixed(2, 0, minutes.numberValue) });
    expect(unresolvedOf(stack, 'AZW101').map((a) => a.message)).toEqual([
      "AZW106 AZW101 could not be evaluated: the resize timeout is '${var.minutes}', known only at plan time — " +
        'use a literal value to have AZW101 checked, or suppress AZW106 with a reason.',
    ]);
  });
});
