import { TerraformStack, TerraformVariable } from 'cdktf';
import { ImageKind } from '../../../lib/validation/model';
import { Suppressions } from '../../../lib/validation/suppressions';
import { annotationsOf } from '../support/annotations';
import { FakeAccount, FakeImage, FakeImageProps, FakePool, testApp } from '../support/fakes';

describe('AZB005 managed-image retirement', () => {
  function stackOn(evaluationDate: string, imageProps: FakeImageProps = { kind: ImageKind.MANAGED_IMAGE }) {
    const stack = new TerraformStack(testApp(evaluationDate), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    const image = new FakeImage(stack, 'Image', { displayName: 'img-render', ...imageProps });
    new FakePool(stack, 'RenderPool', { account, image, poolName: 'render' });
    return stack;
  }

  const FIX =
    'publish the image to an Azure Compute Gallery with image.publishTo(definition, { version }) or ' +
    'new ComputeGallery(...).addImageDefinition(...).addVersion(...), and give the pool that gallery image version';

  it('warns on a pool on a managed image on 2026-03-31, the last supported day', () => {
    expect(annotationsOf(stackOn('2026-03-31'), 'AZB005')).toEqual([
      {
        level: 'warning',
        path: 'Stack/RenderPool',
        message:
          "AZB005 pool 'render' uses image 'img-render' directly; Azure Batch stops supporting managed-image pools " +
          `after 2026-03-31 (evaluation date 2026-03-31) — ${FIX}`,
      },
    ]);
  });

  it('rejects a pool on a managed image from 2026-04-01', () => {
    expect(annotationsOf(stackOn('2026-04-01'), 'AZB005')).toEqual([
      {
        level: 'error',
        path: 'Stack/RenderPool',
        message:
          "AZB005 pool 'render' uses image 'img-render' directly; Azure Batch no longer supports managed-image pools " +
          `after 2026-03-31 (evaluation date 2026-04-01) — ${FIX}`,
      },
    ]);
  });

  it('passes a pool on a gallery image version, whatever the date', () => {
    expect(annotationsOf(stackOn('2027-01-01', { kind: ImageKind.GALLERY_IMAGE_VERSION }), 'AZB005')).toEqual([]);
  });

  it('is not blocked by tokens: the image kind is always known', () => {
    const stack = new TerraformStack(testApp('2026-04-01'), 'Stack');
    const imageId = new TerraformVariable(stack, 'image_id', { type: 'string' });
    const account = new FakeAccount(stack, 'Account');
    const image = new FakeImage(stack, 'Image', { kind: ImageKind.MANAGED_IMAGE, imageId: imageId.stringValue });
    new FakePool(stack, 'Pool', { account, image });
    expect(annotationsOf(stack, 'AZB005').map((a) => a.level)).toEqual(['error']);
  });

  it('is silenced by a suppression, recorded as info', () => {
    const stack = stackOn('2026-04-01');
    Suppressions.add(stack, 'AZB005', 'pool is deleted before the retirement');
    expect(annotationsOf(stack, 'AZB005')).toEqual([
      { level: 'info', path: 'Stack/RenderPool', message: 'suppressed AZB005: pool is deleted before the retirement' },
    ]);
  });
});
