import { TerraformStack, TerraformVariable } from 'cdktf';
import { Suppressions } from '../../../lib/validation/suppressions';
import { ImageKind } from '../../../lib/validation/model';
import { annotationsOf, unresolvedOf } from '../support/annotations';
import { FakeAccount, FakeImage, FakeImageProps, FakePool, snapshot, testApp } from '../support/fakes';

describe('AZB001 region mismatch', () => {
  function stackWith(imageProps: FakeImageProps, accountLocation = 'westeurope') {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account', { accountName: 'acme', location: accountLocation });
    const image = new FakeImage(stack, 'Image', { displayName: 'img-render', ...imageProps });
    new FakePool(stack, 'RenderPool', { account, image, poolName: 'render' });
    return stack;
  }

  it('rejects a pool whose managed image is in another region than the Batch account', () => {
    const stack = stackWith({ kind: ImageKind.MANAGED_IMAGE, location: 'eastus' });
    expect(annotationsOf(stack, 'AZB001')).toEqual([
      {
        level: 'error',
        path: 'Stack/RenderPool',
        message:
          "AZB001 image 'img-render' is in 'eastus' but Batch account 'acme' is in 'westeurope' — " +
          "create the image in 'westeurope' (custom images must share the account's region)",
      },
    ]);
  });

  it('compares region names normalised', () => {
    const stack = stackWith({ kind: ImageKind.MANAGED_IMAGE, location: 'West Europe' }, 'westeurope');
    expect(annotationsOf(stack, 'AZB001')).toEqual([]);
  });

  it('rejects a gallery image version not replicated to the account region, listing its target regions', () => {
    const stack = stackWith({ location: 'eastus', targetRegions: ['eastus', 'northeurope'] });
    const [annotation, ...rest] = annotationsOf(stack, 'AZB001');
    expect(rest).toEqual([]);
    expect(annotation.level).toBe('error');
    expect(annotation.path).toBe('Stack/RenderPool');
    expect(annotation.message).toBe(
      "AZB001 gallery image version 'img-render' is replicated to 'eastus', 'northeurope' but Batch account 'acme' is in 'westeurope' — " +
        "add 'westeurope' to the version's targetRegions (Batch needs a replica in the account's region)",
    );
  });

  it("accepts a gallery image version in another region with a replica in the account's region", () => {
    const stack = stackWith({ location: 'eastus', targetRegions: ['eastus', 'West Europe'] });
    expect(annotationsOf(stack, 'AZB001')).toEqual([]);
  });

  it('does not check an image or account whose region is unknown', () => {
    expect(annotationsOf(stackWith({ location: undefined }), 'AZB001')).toEqual([]);
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account', { location: undefined });
    new FakePool(stack, 'Pool', { account, image: new FakeImage(stack, 'Image', { location: 'eastus' }) });
    expect(annotationsOf(stack, 'AZB001')).toEqual([]);
  });

  it("rejects an image whose snapshot is in another region, on the image", () => {
    const stack = stackWith({
      kind: ImageKind.MANAGED_IMAGE,
      snapshots: [snapshot('os-disk', 'westeurope'), snapshot('data-disk', 'eastus'), snapshot('unknown')],
    });
    expect(annotationsOf(stack, 'AZB001')).toEqual([
      {
        level: 'error',
        path: 'Stack/Image',
        message:
          "AZB001 snapshot 'data-disk' is in 'eastus' but image 'img-render' is in 'westeurope' — " +
          "create the image in 'eastus', or copy the snapshot to 'westeurope' first (an image is built in its snapshots' region)",
      },
    ]);
  });

  it('leaves snapshot regions of a gallery image version to its source image', () => {
    const stack = stackWith({ kind: ImageKind.GALLERY_IMAGE_VERSION, snapshots: [snapshot('os-disk', 'eastus')] });
    expect(annotationsOf(stack, 'AZB001')).toEqual([]);
  });

  it('reports AZW106 naming AZB001 and the Terraform expression when a region is a token', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const location = new TerraformVariable(stack, 'image_location', { type: 'string' });
    const account = new FakeAccount(stack, 'Account');
    const image = new FakeImage(stack, 'Image', { kind: ImageKind.MANAGED_IMAGE, location: location.stringValue });
    new FakePool(stack, 'Pool', { account, image });
    expect(annotationsOf(stack, 'AZB001')).toEqual([]);
    expect(unresolvedOf(stack, 'AZB001')).toEqual([
      {
        level: 'warning',
        path: 'Stack/Pool',
        message:
          "AZW106 AZB001 could not be evaluated: the image location is '${var.image_location}', known only at plan time — " +
          'use a literal value to have AZB001 checked, or suppress AZW106 with a reason.',
      },
    ]);
  });

  it("accepts a target region list with a token entry when a known entry is the account's region", () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const extra = new TerraformVariable(stack, 'extra_region', { type: 'string' });
    const account = new FakeAccount(stack, 'Account', { accountName: 'acme', location: 'westeurope' });
    const image = new FakeImage(stack, 'Image', { location: 'eastus', targetRegions: [extra.stringValue, 'West Europe'] });
    new FakePool(stack, 'Pool', { account, image });
    expect(annotationsOf(stack, 'AZB001')).toEqual([]);
    expect(unresolvedOf(stack, 'AZB001')).toEqual([]);
  });

  it('reports AZW106 when a target region list is a token and no known region matches', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const regions = new TerraformVariable(stack, 'regions', { type: 'list(string)' });
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'Pool', { account, image: new FakeImage(stack, 'Image', { targetRegions: regions.listValue }) });
    const [annotation] = unresolvedOf(stack, 'AZB001');
    expect(annotation.message).toContain(
      "AZB001 could not be evaluated: the gallery image version's target region list is '${var.regions}'",
    );
  });

  it('is silenced by a suppression with a reason, recorded as info', () => {
    const stack = stackWith({ kind: ImageKind.MANAGED_IMAGE, location: 'eastus' });
    Suppressions.add(stack.node.findChild('RenderPool'), 'AZB001', 'image is copied to westeurope by pipeline X');
    expect(annotationsOf(stack, 'AZB001')).toEqual([
      { level: 'info', path: 'Stack/RenderPool', message: 'suppressed AZB001: image is copied to westeurope by pipeline X' },
    ]);
  });
});
