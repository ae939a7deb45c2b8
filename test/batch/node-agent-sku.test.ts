import { TerraformVariable } from 'cdktf';
import { NodeAgentSku, nodeAgentSkuOsType } from '../../lib/batch/node-agent-sku';
import { OsType } from '../../lib/core/os-type';
import { newStack } from './support/synth';

describe('NodeAgentSku', () => {
  it('names the SKUs as Azure spells them', () => {
    expect(NodeAgentSku.WINDOWS_AMD64).toBe('batch.node.windows amd64');
    expect(NodeAgentSku.UBUNTU_22_04).toBe('batch.node.ubuntu 22.04');
    expect(NodeAgentSku.UBUNTU_24_04).toBe('batch.node.ubuntu 24.04');
    expect(NodeAgentSku.EL_8).toBe('batch.node.el 8');
    expect(NodeAgentSku.EL_9).toBe('batch.node.el 9');
    expect(NodeAgentSku.DEBIAN_12).toBe('batch.node.debian 12');
  });
});

describe('nodeAgentSkuOsType', () => {
  it('maps Windows SKUs to Windows', () => {
    expect(nodeAgentSkuOsType(NodeAgentSku.WINDOWS_AMD64)).toBe(OsType.WINDOWS);
    expect(nodeAgentSkuOsType('Batch.Node.Windows amd64')).toBe(OsType.WINDOWS);
  });

  it('maps every other batch.node SKU to Linux, including ones not listed', () => {
    expect(nodeAgentSkuOsType(NodeAgentSku.UBUNTU_24_04)).toBe(OsType.LINUX);
    expect(nodeAgentSkuOsType(NodeAgentSku.EL_9)).toBe(OsType.LINUX);
    expect(nodeAgentSkuOsType('batch.node.azurelinux 3.0')).toBe(OsType.LINUX);
  });

  it('does not guess for strings that are not SKUs, or for tokens', () => {
    expect(nodeAgentSkuOsType('ubuntu 22.04')).toBeUndefined();
    expect(nodeAgentSkuOsType('batch.node.')).toBeUndefined();
    const sku = new TerraformVariable(newStack(), 'sku', { type: 'string' });
    expect(nodeAgentSkuOsType(sku.stringValue)).toBeUndefined();
  });
});
