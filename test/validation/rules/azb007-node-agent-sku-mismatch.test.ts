import { TerraformStack, TerraformVariable } from 'cdktf';
import { OsType } from '../../../lib/core/os-type';
import { Suppressions } from '../../../lib/validation/suppressions';
import { annotationsOf, unresolvedOf } from '../support/annotations';
import { FakeAccount, FakeImage, FakePool, testApp } from '../support/fakes';

describe('AZB007 node agent SKU vs image OS', () => {
  function stackWith(osType: OsType | undefined, nodeAgentSkuId: string) {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    const image = new FakeImage(stack, 'Image', { displayName: 'img-render', osType });
    new FakePool(stack, 'Pool', { account, image, nodeAgentSkuId });
    return stack;
  }

  it('rejects a Windows image with a Linux node agent SKU', () => {
    expect(annotationsOf(stackWith(OsType.WINDOWS, 'batch.node.ubuntu 22.04'), 'AZB007')).toEqual([
      {
        level: 'error',
        path: 'Stack/Pool',
        message:
          "AZB007 gallery image version 'img-render' is a Windows image but the pool's node agent SKU is 'batch.node.ubuntu 22.04' — " +
          "use node agent SKU 'batch.node.windows amd64' for Windows images",
      },
    ]);
  });

  it('rejects a Linux image with a Windows node agent SKU', () => {
    expect(annotationsOf(stackWith(OsType.LINUX, 'batch.node.windows amd64'), 'AZB007')).toEqual([
      {
        level: 'error',
        path: 'Stack/Pool',
        message:
          "AZB007 gallery image version 'img-render' is a Linux image but the pool's node agent SKU is 'batch.node.windows amd64' — " +
          "use the Linux SKU of the image's distribution, e.g. 'batch.node.ubuntu 22.04' or 'batch.node.el 9'",
      },
    ]);
  });

  it('accepts matching SKUs and does not check an image of unknown OS', () => {
    expect(annotationsOf(stackWith(OsType.WINDOWS, 'batch.node.windows amd64'), 'AZB007')).toEqual([]);
    expect(annotationsOf(stackWith(OsType.LINUX, 'batch.node.el 9'), 'AZB007')).toEqual([]);
    expect(annotationsOf(stackWith(undefined, 'batch.node.windows amd64'), 'AZB007')).toEqual([]);
  });

  it.each([
    [OsType.WINDOWS, 'batch.node.windows amd64'],
    [OsType.LINUX, 'batch.node.ubuntu 20.04'],
    [OsType.LINUX, 'batch.node.ubuntu 24.04'],
    [OsType.LINUX, 'batch.node.el 8'],
    [OsType.LINUX, 'batch.node.debian 11'],
    [OsType.LINUX, 'batch.node.centos 7'],
    [OsType.LINUX, 'batch.node.mariner 2.0'],
    [OsType.LINUX, 'batch.node.azurelinux 3.0'],
    [OsType.LINUX, ' Batch.Node.Ubuntu 22.04 '],
  ])('accepts a %s image with %j', (osType, sku) => {
    expect(annotationsOf(stackWith(osType, sku), 'AZB007')).toEqual([]);
  });

  it.each(['batch.node.el 9', 'batch.node.azurelinux 3.0'])('rejects a Windows image with the Linux SKU %j', (sku) => {
    expect(annotationsOf(stackWith(OsType.WINDOWS, sku), 'AZB007').map((a) => a.level)).toEqual(['error']);
  });

  it.each(['windows amd64', 'batch.node.ubunt 22.04', 'batch.node.ubuntu', 'garbage', ''])(
    'does not guess the OS of %j: a warning naming the SKU, not a pass and not an error',
    (sku) => {
      const annotations = annotationsOf(stackWith(OsType.LINUX, sku), 'AZB007');
      expect(annotations.map((a) => [a.level, a.path])).toEqual([['warning', 'Stack/Pool']]);
      expect(annotations[0].message).toBe(
        `AZB007 the node agent SKU '${sku}' of the pool is not of a Batch node agent SKU family this library knows ` +
          '(batch.node.<family> <version>, family one of windows, ubuntu, el, debian, centos, mariner, azurelinux, opensuse, sles), ' +
          "so whether it fits gallery image version 'img-render' (a Linux image) was not checked — use the SKU Azure lists for the " +
          "image's OS (List Supported Images), e.g. 'batch.node.ubuntu 22.04' or 'batch.node.el 9'; if the SKU is right and new, " +
          'suppress AZB007 on the pool with a reason',
      );
    },
  );

  it('suggests the Windows SKU for a Windows image with an unknown SKU', () => {
    const [annotation] = annotationsOf(stackWith(OsType.WINDOWS, 'batch.node.win amd64'), 'AZB007');
    expect(annotation.message).toContain("e.g. 'batch.node.windows amd64'");
  });

  it('reports AZW106 naming AZB007 when the SKU is a token', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const sku = new TerraformVariable(stack, 'sku', { type: 'string' });
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'Pool', { account, image: new FakeImage(stack, 'Image'), nodeAgentSkuId: sku.stringValue });
    expect(unresolvedOf(stack, 'AZB007').map((a) => a.message)).toEqual([
      "AZW106 AZB007 could not be evaluated: the node agent SKU is '${var.sku}', known only at plan time — " +
        'use a literal value to have AZB007 checked, or suppress AZW106 with a reason.',
    ]);
  });

  it('is silenced by a suppression, recorded as info', () => {
    const stack = stackWith(OsType.WINDOWS, 'batch.node.ubuntu 22.04');
    Suppressions.add(stack.node.findChild('Pool'), 'AZB007', 'image OS type is mislabelled upstream');
    expect(annotationsOf(stack, 'AZB007')).toEqual([
      { level: 'info', path: 'Stack/Pool', message: 'suppressed AZB007: image OS type is mislabelled upstream' },
    ]);
  });
});
