import { TerraformStack, TerraformVariable } from 'cdktf';
import { ScaleDescription } from '../../../lib/validation/model';
import { Suppressions } from '../../../lib/validation/suppressions';
import { annotationsOf, synthAnnotations } from '../support/annotations';
import { autoscale, FakeAccount, fakeManagedImage, FakePool, fixed, testApp } from '../support/fakes';

describe('AZW107 autoscale pool without declared maxima', () => {
  function stackWith(scale: ScaleDescription) {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'Pool', { account, image: fakeManagedImage(stack, 'Image'), poolName: 'render', scale });
    return stack;
  }

  it('warns on an autoscale pool that declares neither maximum', () => {
    expect(annotationsOf(stackWith(autoscale()), 'AZW107')).toEqual([
      {
        level: 'warning',
        path: 'Stack/Pool',
        message:
          "AZW107 autoscale pool 'render' declares no maxDedicatedNodes or maxSpotNodes, so AZB003/AZB004 cannot count it " +
          "toward its image's node limits — declare maxDedicatedNodes and maxSpotNodes in PoolScale.autoscale({...}) " +
          'as the most nodes the formula may request (use 0 for a kind it never uses)',
      },
    ]);
  });

  it('names only the missing maximum', () => {
    const [annotation] = annotationsOf(stackWith(autoscale(100)), 'AZW107');
    expect(annotation.message).toContain("declares no maxSpotNodes, so");
    expect(annotation.message).toContain('— declare maxSpotNodes in');
  });

  it('accepts an autoscale pool with both maxima, and fixed pools', () => {
    expect(annotationsOf(stackWith(autoscale(100, 0)), 'AZW107')).toEqual([]);
    expect(annotationsOf(stackWith(fixed(2)), 'AZW107')).toEqual([]);
  });

  it('counts a token maximum as declared (AZB003 reports the token instead)', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const max = new TerraformVariable(stack, 'max', { type: 'number' }).numberValue;
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'Pool', { account, image: fakeManagedImage(stack, 'Image'), scale: autoscale(max, 0) });
    expect(annotationsOf(stack, 'AZW107')).toEqual([]);
    expect(synthAnnotations(stack).filter((a) => a.message.startsWith('AZW106')).map((a) => a.message.slice(0, 13))).toEqual([
      'AZW106 AZB003',
    ]);
  });

  it('is silenced by a suppression, recorded as info', () => {
    const stack = stackWith(autoscale());
    Suppressions.add(stack, 'AZW107', 'formula caps the pool at 50 nodes');
    expect(annotationsOf(stack, 'AZW107')).toEqual([
      { level: 'info', path: 'Stack/Pool', message: 'suppressed AZW107: formula caps the pool at 50 nodes' },
    ]);
  });
});
