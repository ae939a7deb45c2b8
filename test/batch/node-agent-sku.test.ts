import { NodeAgentSku } from '../../lib/batch/node-agent-sku';
import { OsType } from '../../lib/core/os-type';
import { nodeAgentSkuOsType } from '../../lib/core/node-agent-sku-os';

describe('NodeAgentSku', () => {
  it('names the SKUs as Azure spells them', () => {
    expect(NodeAgentSku.WINDOWS_AMD64).toBe('batch.node.windows amd64');
    expect(NodeAgentSku.UBUNTU_22_04).toBe('batch.node.ubuntu 22.04');
    expect(NodeAgentSku.UBUNTU_24_04).toBe('batch.node.ubuntu 24.04');
    expect(NodeAgentSku.EL_8).toBe('batch.node.el 8');
    expect(NodeAgentSku.EL_9).toBe('batch.node.el 9');
    expect(NodeAgentSku.DEBIAN_12).toBe('batch.node.debian 12');
  });

  it('offers only SKUs whose OS the rules recognise (AZB007)', () => {
    expect(nodeAgentSkuOsType(NodeAgentSku.WINDOWS_AMD64)).toBe(OsType.WINDOWS);
    for (const sku of [NodeAgentSku.UBUNTU_22_04, NodeAgentSku.UBUNTU_24_04, NodeAgentSku.EL_8, NodeAgentSku.EL_9, NodeAgentSku.DEBIAN_12]) {
      expect([sku, nodeAgentSkuOsType(sku)]).toEqual([sku, OsType.LINUX]);
    }
  });
});
