import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { nodeAgentSkuOsType } from '../../lib/core/node-agent-sku-os';
import { OsType } from '../../lib/core/os-type';

describe('nodeAgentSkuOsType', () => {
  it('maps the Windows family to Windows, ignoring case and surrounding white space', () => {
    expect(nodeAgentSkuOsType('batch.node.windows amd64')).toBe(OsType.WINDOWS);
    expect(nodeAgentSkuOsType(' Batch.Node.Windows amd64 ')).toBe(OsType.WINDOWS);
  });

  it.each([
    'batch.node.ubuntu 20.04',
    'batch.node.ubuntu 22.04',
    'batch.node.ubuntu 24.04',
    'batch.node.el 8',
    'batch.node.el 9',
    'batch.node.debian 11',
    'batch.node.debian 12',
    'batch.node.centos 7',
    'batch.node.mariner 2.0',
    'batch.node.azurelinux 3.0',
    'batch.node.opensuse 42.1',
    'batch.node.sles 12 sp1',
  ])('maps %j to Linux', (sku) => {
    expect(nodeAgentSkuOsType(sku)).toBe(OsType.LINUX);
  });

  it.each(['windows amd64', 'ubuntu 22.04', 'batch.node.', 'batch.node.ubuntu', 'batch.node.ubunt 22.04', 'batch.node.windowsamd64', 'garbage', ''])(
    'does not guess for %j, which is not batch.node.<known family> <version>',
    (sku) => {
      expect(nodeAgentSkuOsType(sku)).toBeUndefined();
    },
  );

  it('does not guess for a token', () => {
    const stack = new TerraformStack(Testing.app(), 'Stack');
    expect(nodeAgentSkuOsType(new TerraformVariable(stack, 'sku', { type: 'string' }).stringValue)).toBeUndefined();
  });
});
