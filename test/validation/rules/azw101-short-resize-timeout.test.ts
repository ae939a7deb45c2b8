import { TerraformStack, TerraformVariable } from 'cdktf';
import { Suppressions } from '../../../lib/validation/suppressions';
import { annotationsOf, unresolvedOf } from '../support/annotations';
import { autoscale, FakeAccount, FakeImage, FakePool, fixed, testApp } from '../support/fakes';
import { ScaleDescription } from '../../../lib/validation/model';

describe('AZW101 short resize timeout', () => {
  function stackWith(scale: ScaleDescription) {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'Pool', { account, image: new FakeImage(stack, 'Image'), poolName: 'render', scale });
    return stack;
  }

  it('warns on a fixed pool with a resizeTimeout of 19 minutes', () => {
    expect(annotationsOf(stackWith(fixed(2, 0, 19)), 'AZW101')).toEqual([
      {
        level: 'warning',
        path: 'Stack/Pool',
        message:
          "AZW101 fixed pool 'render' has a resizeTimeout of 19 minutes, under the 20–30 minutes Azure recommends for custom-image pools — " +
          'set resizeTimeout to Duration.minutes(20) or more (the default is 30 minutes)',
      },
    ]);
  });

  it('accepts 20 minutes, and does not look at autoscale pools', () => {
    expect(annotationsOf(stackWith(fixed(2, 0, 20)), 'AZW101')).toEqual([]);
    expect(annotationsOf(stackWith(autoscale(10, 0)), 'AZW101')).toEqual([]);
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

  it('is silenced by a suppression, recorded as info', () => {
    const stack = stackWith(fixed(2, 0, 15));
    Suppressions.add(stack, 'AZW101', 'two-node test pool resizes fast');
    expect(annotationsOf(stack, 'AZW101')).toEqual([
      { level: 'info', path: 'Stack/Pool', message: 'suppressed AZW101: two-node test pool resizes fast' },
    ]);
  });
});
