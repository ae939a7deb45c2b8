import { AZURERM_BATCH_API_VERSION } from '../../lib/batch/batch-api-version';
import { InboundEndpointProtocol } from '../../lib/batch/inbound-nat-pool';
import { PoolScale } from '../../lib/batch/pool-scale';
import { TOOLCHAIN } from '../support/toolchain';
import { newPool } from './support/pool';
import { newStack } from './support/synth';

/**
 * What the library takes from azurerm, for each azurerm release a toolchain's bindings generate
 * (`@cdktf/provider-azurerm` 14.23.1 and `@cdktn/provider-azurerm` 16.1.0). Each value was read in
 * hashicorp/terraform-provider-azurerm at the release tag: the pool client's Batch API version in
 * internal/services/batch/client/client.go, the fixed_scale bounds and reserved backend ports in
 * batch_pool_resource.go, the frontend port rules in validate/frontend_port_range.go.
 * A binding that generates another release fails the first test until its row is checked and added.
 */
const AZURERM_RELEASES: { readonly [version: string]: { readonly toolchain: string; readonly batchApiVersion: string } } = {
  '4.55.0': { toolchain: 'cdktf', batchApiVersion: '2024-07-01' },
  '4.73.0': { toolchain: 'cdktn', batchApiVersion: '2024-07-01' },
};
/** The same in both releases: fixed_scale accepts 0-2000 dedicated and 0-1000 low-priority nodes. */
const MAX_DEDICATED = 2000;
const MAX_SPOT = 1000;
/** The same in both releases: backend ports a NAT pool may not use. */
const RESERVED_BACKEND_PORTS = [29876, 29877];
/** The same in both releases: a frontend range spans at least 100 ports (end - start >= 100). */
const MIN_FRONTEND_SPAN = 100;

function azurermVersionOfThisToolchain(): string {
  const pool = newPool(newStack(), {});
  return pool.resource.terraformGeneratorMetadata!.providerVersion!;
}

describe(`azurerm as the ${TOOLCHAIN} bindings generate it`, () => {
  it('is a release whose Batch facts were checked (4.55.0 on cdktf, 4.73.0 on CDK Terrain)', () => {
    const version = azurermVersionOfThisToolchain();
    expect(AZURERM_RELEASES[version]?.toolchain).toBe(TOOLCHAIN);
  });

  it('creates pools with the Batch API version the pool model and the NAT pool checks assume', () => {
    const { batchApiVersion } = AZURERM_RELEASES[azurermVersionOfThisToolchain()];
    expect(AZURERM_BATCH_API_VERSION).toBe(batchApiVersion);
    expect(newPool(newStack(), {}).describePool().batchApiVersion).toBe(batchApiVersion);
  });

  it('accepts fixed pools up to its fixed_scale bounds, and the pool rejects one node more', () => {
    expect(() => newPool(newStack(), { scale: PoolScale.fixed({ dedicatedNodes: MAX_DEDICATED, spotNodes: MAX_SPOT }) })).not.toThrow();
    expect(() => newPool(newStack(), { scale: PoolScale.fixed({ dedicatedNodes: MAX_DEDICATED + 1 }) })).toThrow(/scale\.dedicatedNodes/);
    expect(() => newPool(newStack(), { scale: PoolScale.fixed({ spotNodes: MAX_SPOT + 1 }) })).toThrow(/scale\.spotNodes/);
  });

  it('takes NAT frontend ranges of its minimum span, and the pool rejects one port less', () => {
    const nat = (end: number) => ({ name: 'ssh', protocol: InboundEndpointProtocol.TCP, backendPort: 2222, frontendPortRangeStart: 1000, frontendPortRangeEnd: end });
    expect(() => newPool(newStack(), { inboundNatPools: [nat(1000 + MIN_FRONTEND_SPAN)] })).not.toThrow();
    expect(() => newPool(newStack(), { inboundNatPools: [nat(1000 + MIN_FRONTEND_SPAN - 1)] })).toThrow(/frontend/);
  });

  it('reserves the backend ports 29876 and 29877 and no others (Batch API 2024-07-01)', () => {
    const nat = (backendPort: number) => ({ name: 'ep', protocol: InboundEndpointProtocol.TCP, backendPort, frontendPortRangeStart: 1000, frontendPortRangeEnd: 1100 });
    for (const port of RESERVED_BACKEND_PORTS) expect(() => newPool(newStack(), { inboundNatPools: [nat(port)] })).toThrow(new RegExp(String(port)));
    for (const port of [22, 3389]) expect(() => newPool(newStack(), { inboundNatPools: [nat(port)] })).not.toThrow();
  });
});
