import { TerraformStack, TerraformVariable } from 'cdktf';
import { Suppressions } from '../../../lib/validation/suppressions';
import { annotationsOf, synthAnnotations } from '../support/annotations';
import { FakeAccount, FakeImage, FakePool, testApp } from '../support/fakes';

describe('AZW105 pool on an image imported by ID', () => {
  function stackWith(managedInApp: boolean) {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    const image = new FakeImage(stack, 'Image', { displayName: 'img-render', managedInApp });
    new FakePool(stack, 'Pool', { account, image, poolName: 'render' });
    return stack;
  }

  it('warns on a pool whose image this app does not manage', () => {
    expect(annotationsOf(stackWith(false), 'AZW105')).toEqual([
      {
        level: 'warning',
        path: 'Stack/Pool',
        message:
          "AZW105 pool 'render' uses gallery image version 'img-render', imported by ID; if that image is deleted while the pool exists, " +
          'scale-up fails with AllocationFailed — create the image in this app so Terraform keeps it for the pool, ' +
          'or make sure it outlives the pool and suppress AZW105 with that reason',
      },
    ]);
  });

  it('accepts a pool on an image created in this app', () => {
    expect(annotationsOf(stackWith(true), 'AZW105')).toEqual([]);
  });

  it('names the image by its construct path when its name is a token, without AZW106', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const name = new TerraformVariable(stack, 'image_name', { type: 'string' }).stringValue;
    const account = new FakeAccount(stack, 'Account');
    const image = new FakeImage(stack, 'Imported', { displayName: name, managedInApp: false });
    new FakePool(stack, 'Pool', { account, image });
    const [annotation] = annotationsOf(stack, 'AZW105');
    expect(annotation.message).toContain("uses gallery image version 'Stack/Imported', imported by ID");
    expect(synthAnnotations(stack).filter((a) => a.message.startsWith('AZW106'))).toEqual([]);
  });

  it('is silenced by a suppression, recorded as info', () => {
    const stack = stackWith(false);
    Suppressions.add(stack, 'AZW105', 'image is locked by a delete lock');
    expect(annotationsOf(stack, 'AZW105')).toEqual([
      { level: 'info', path: 'Stack/Pool', message: 'suppressed AZW105: image is locked by a delete lock' },
    ]);
  });
});
