import { TerraformStack, TerraformVariable } from 'cdktf';
import { ImageKind } from '../../../lib/validation/model';
import { Suppressions } from '../../../lib/validation/suppressions';
import { annotationsOf, unresolvedOf } from '../support/annotations';
import {
  FakeAccount,
  FakeAccountProps,
  FakeImage,
  FakeImageProps,
  FakePool,
  SUBSCRIPTION_A,
  SUBSCRIPTION_B,
  testApp,
} from '../support/fakes';

describe('AZB002 subscription mismatch', () => {
  function stackWith(imageProps: FakeImageProps, accountProps: FakeAccountProps = {}) {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account', { accountName: 'acme', ...accountProps });
    const image = new FakeImage(stack, 'Image', { displayName: 'img-render', ...imageProps });
    new FakePool(stack, 'RenderPool', { account, image });
    return stack;
  }

  it("rejects a pool whose managed image is in another subscription than the Batch account's", () => {
    const stack = stackWith({ kind: ImageKind.MANAGED_IMAGE, subscriptionId: SUBSCRIPTION_B });
    expect(annotationsOf(stack, 'AZB002')).toEqual([
      {
        level: 'error',
        path: 'Stack/RenderPool',
        message:
          `AZB002 image 'img-render' is in subscription '${SUBSCRIPTION_B}' but Batch account 'acme' is in subscription '${SUBSCRIPTION_A}' — ` +
          `create the image in subscription '${SUBSCRIPTION_A}', or publish it to an Azure Compute Gallery ` +
          '(gallery images may be in another subscription of the same tenant that registers Microsoft.Batch)',
      },
    ]);
  });

  it('compares subscription IDs ignoring case', () => {
    const stack = stackWith({ kind: ImageKind.MANAGED_IMAGE, subscriptionId: SUBSCRIPTION_A.toUpperCase() });
    expect(annotationsOf(stack, 'AZB002')).toEqual([]);
  });

  it('accepts a gallery image version from another subscription (Azure allows it within one tenant)', () => {
    const stack = stackWith({ kind: ImageKind.GALLERY_IMAGE_VERSION, subscriptionId: SUBSCRIPTION_B });
    expect(annotationsOf(stack, 'AZB002')).toEqual([]);
  });

  it('does not check when either subscription is unknown', () => {
    expect(annotationsOf(stackWith({ kind: ImageKind.MANAGED_IMAGE, subscriptionId: undefined }), 'AZB002')).toEqual([]);
    expect(annotationsOf(stackWith({ kind: ImageKind.MANAGED_IMAGE, subscriptionId: SUBSCRIPTION_B }, { subscriptionId: undefined }), 'AZB002')).toEqual([]);
  });

  it('reports AZW106 naming AZB002 when the image subscription is a token', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const subscription = new TerraformVariable(stack, 'subscription', { type: 'string' });
    const account = new FakeAccount(stack, 'Account');
    const image = new FakeImage(stack, 'Image', { kind: ImageKind.MANAGED_IMAGE, subscriptionId: subscription.stringValue });
    new FakePool(stack, 'Pool', { account, image });
    expect(annotationsOf(stack, 'AZB002')).toEqual([]);
    expect(unresolvedOf(stack, 'AZB002').map((a) => a.message)).toEqual([
      "AZW106 AZB002 could not be evaluated: the image subscription is '${var.subscription}', known only at plan time — " +
        'use a literal value to have AZB002 checked, or suppress AZW106 with a reason.',
    ]);
  });

  it('is silenced by a suppression on an ancestor, recorded as info on the pool', () => {
    const stack = stackWith({ kind: ImageKind.MANAGED_IMAGE, subscriptionId: SUBSCRIPTION_B });
    Suppressions.add(stack, 'AZB002', 'image shared by the platform team subscription');
    expect(annotationsOf(stack, 'AZB002')).toEqual([
      { level: 'info', path: 'Stack/RenderPool', message: 'suppressed AZB002: image shared by the platform team subscription' },
    ]);
  });
});
