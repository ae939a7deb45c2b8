import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { ScaleDescription } from '../../../lib/validation/model';
import { Suppressions } from '../../../lib/validation/suppressions';
import { annotationsOf, unresolvedOf } from '../support/annotations';
import { autoscale, FakeAccount, FakeImage, FakePool, fixed, testApp } from '../support/fakes';

describe('AZW102 fixed pool over 300 nodes', () => {
  function stackWith(scale: ScaleDescription) {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'Pool', { account, image: new FakeImage(stack, 'Image'), poolName: 'render', scale });
    return stack;
  }

  it('warns on a fixed pool of 301 nodes, counting dedicated and Spot', () => {
    expect(annotationsOf(stackWith(fixed(201, 100)), 'AZW102')).toEqual([
      {
        level: 'warning',
        path: 'Stack/Pool',
        message:
          "AZW102 fixed pool 'render' targets 301 nodes (201 dedicated + 100 Spot); custom-image pools over 300 nodes " +
          'may stop short of the target and need several resize operations — be ready to resize the pool again when a resize ' +
          'stops short of the target, and allow a resizeTimeout of at least 15 minutes per 1000 nodes',
      },
    ]);
  });

  it('accepts 300 nodes, and does not look at autoscale pools', () => {
    expect(annotationsOf(stackWith(fixed(300)), 'AZW102')).toEqual([]);
    expect(annotationsOf(stackWith(fixed(200, 100)), 'AZW102')).toEqual([]);
    expect(annotationsOf(stackWith(autoscale(1000, 0)), 'AZW102')).toEqual([]);
  });

  it('defers to a check block at plan when a count is a token, instead of AZW106', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const spot = new TerraformVariable(stack, 'spot', { type: 'number' });
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'Pool', { account, image: new FakeImage(stack, 'Image'), scale: fixed(10, spot.numberValue) });
    expect(unresolvedOf(stack, 'AZW102')).toEqual([]);
    expect(annotationsOf(stack, 'AZW102')).toEqual([
      { level: 'info', path: 'Stack/Pool', message: 'AZW102 deferred to plan: check block AZW102_Stack_Pool' },
    ]);
    expect(JSON.parse(Testing.synth(stack)).check.AZW102_Stack_Pool.assert[0].condition).toBe('${(sum([var.spot, 10]) <= 300)}');
  });

  it('keeps AZW106 when the count comes from another stack (the check could not read it)', () => {
    const app = testApp();
    const other = new TerraformStack(app, 'Inputs');
    const spot = new TerraformVariable(other, 'spot', { type: 'number' });
    const stack = new TerraformStack(app, 'Stack');
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'Pool', { account, image: new FakeImage(stack, 'Image'), scale: fixed(10, spot.numberValue) });
    expect(unresolvedOf(stack, 'AZW102').map((a) => a.message)).toEqual([
      "AZW106 AZW102 could not be evaluated: the Spot node count is '${var.spot}', known only at plan time — " +
        'use a literal value to have AZW102 checked, or suppress AZW106 with a reason.',
    ]);
  });

  it('is silenced by a suppression, recorded as info', () => {
    const stack = stackWith(fixed(500));
    Suppressions.add(stack, 'AZW102', 'resized by the scheduler in steps');
    expect(annotationsOf(stack, 'AZW102')).toEqual([
      { level: 'info', path: 'Stack/Pool', message: 'suppressed AZW102: resized by the scheduler in steps' },
    ]);
  });
});
