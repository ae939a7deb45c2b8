import { TerraformVariable } from 'cdktf';
import {
  InboundEndpointProtocol,
  InboundNatPool,
  NetworkSecurityGroupRule,
  NetworkSecurityGroupRuleAccess,
} from '../../lib/batch/inbound-nat-pool';
import { PublicIpAddressProvisioning } from '../../lib/batch/pool-settings';
import { newPool } from './support/pool';
import { newStack, onlyResource } from './support/synth';

function nat(overrides: Partial<InboundNatPool> = {}): InboundNatPool {
  return {
    name: 'ssh',
    protocol: InboundEndpointProtocol.TCP,
    backendPort: 2222,
    frontendPortRangeStart: 1000,
    frontendPortRangeEnd: 1100,
    ...overrides,
  };
}

/** NAT pools with distinct names, backend ports and frontend ranges. */
function distinctNats(count: number): InboundNatPool[] {
  return Array.from({ length: count }, (_, i) =>
    nat({ name: `ep${i}`, backendPort: 8000 + i, frontendPortRangeStart: 1000 + i * 200, frontendPortRangeEnd: 1100 + i * 200 }),
  );
}

function rule(priority: number, overrides: Partial<NetworkSecurityGroupRule> = {}): NetworkSecurityGroupRule {
  return { access: NetworkSecurityGroupRuleAccess.ALLOW, priority, sourceAddressPrefix: '10.0.0.0/8', ...overrides };
}

const build = (inboundNatPools: InboundNatPool[], provisioning?: PublicIpAddressProvisioning) => () =>
  newPool(newStack(), { inboundNatPools, publicIpAddressProvisioning: provisioning });

describe('inbound NAT pools: synthesis', () => {
  it('renders each NAT pool as an endpoint configuration with its frontend range and NSG rules', () => {
    const stack = newStack();
    newPool(stack, {
      inboundNatPools: [
        nat({ networkSecurityGroupRules: [rule(150, { sourcePortRanges: ['1000-2000'] }), rule(200, { access: NetworkSecurityGroupRuleAccess.DENY, sourceAddressPrefix: '*' })] }),
        nat({ name: 'metrics', protocol: InboundEndpointProtocol.UDP, backendPort: 9100, frontendPortRangeStart: 2000, frontendPortRangeEnd: 2100 }),
      ],
    });
    expect(onlyResource(stack, 'azurerm_batch_pool').network_configuration).toEqual({
      endpoint_configuration: [
        {
          name: 'ssh',
          protocol: 'TCP',
          backend_port: 2222,
          frontend_port_range: '1000-1100',
          network_security_group_rules: [
            { access: 'Allow', priority: 150, source_address_prefix: '10.0.0.0/8', source_port_ranges: ['1000-2000'] },
            { access: 'Deny', priority: 200, source_address_prefix: '*', source_port_ranges: ['*'] },
          ],
        },
        { name: 'metrics', protocol: 'UDP', backend_port: 9100, frontend_port_range: '2000-2100' },
      ],
    });
  });

  it('accepts five NAT pools and 25 NSG rules', () => {
    const pools = distinctNats(5).map((p, i) => ({
      ...p,
      networkSecurityGroupRules: Array.from({ length: 5 }, (_, j) => rule(150 + i * 10 + j)),
    }));
    expect(build(pools)).not.toThrow();
  });
});

describe('inbound NAT pools: constraints of fact F11', () => {
  it('rejects more than 5 NAT pools', () => {
    expect(build(distinctNats(6))).toThrow(
      "[Test/Pool] inboundNatPools has 6 NAT pools ('ep0', 'ep1', 'ep2', 'ep3', 'ep4', 'ep5'); Batch allows at most 5 per pool — remove 1 of them.",
    );
  });

  it('rejects NAT pools on a pool without public IP addresses', () => {
    expect(build([nat()], PublicIpAddressProvisioning.NO_PUBLIC_IP_ADDRESSES)).toThrow(
      "[Test/Pool] inboundNatPools has 1 NAT pool(s) but publicIpAddressProvisioning is 'NoPublicIPAddresses'",
    );
  });

  it.each(['-ssh', 'ssh-', 'ssh.', 'ss h', '', 'ssh/1'])('rejects the name %p', (name) => {
    expect(build([nat({ name })])).toThrow(
      `[Test/Pool] inboundNatPools[0].name '${name}' is not valid; use letters, digits, '_', '.' and '-', starting with a letter or digit and ending with a letter, digit or '_' (e.g. 'ssh').`,
    );
  });

  it.each(['a', 'ssh_', 'ssh.v2_1', 'A-b.c_d9'])('accepts the name %p', (name) => {
    expect(build([nat({ name })])).not.toThrow();
  });

  it('rejects a name longer than 77 characters', () => {
    expect(build([nat({ name: 'a'.repeat(78) })])).toThrow(
      `[Test/Pool] inboundNatPools[0].name '${'a'.repeat(78)}' has 78 characters; Batch allows at most 77 — shorten it.`,
    );
    expect(build([nat({ name: 'a'.repeat(77) })])).not.toThrow();
  });

  it('rejects duplicate names', () => {
    expect(build([distinctNats(2)[0], { ...distinctNats(2)[1], name: 'ep0' }])).toThrow(
      "[Test/Pool] inboundNatPools[1].name 'ep0' is also the name of inboundNatPools[0]; NAT pool names must be unique within a pool — rename one.",
    );
  });

  it('rejects an unknown protocol', () => {
    expect(build([nat({ protocol: 'ICMP' as InboundEndpointProtocol })])).toThrow(
      "[Test/Pool] inboundNatPools[0].protocol is 'ICMP', not an InboundEndpointProtocol; use InboundEndpointProtocol.TCP or InboundEndpointProtocol.UDP.",
    );
  });

  it.each([29876, 29877])('rejects the backend port %d, which Batch reserves for its node agent', (port) => {
    expect(build([nat({ backendPort: port })])).toThrow(
      `[Test/Pool] inboundNatPools[0].backendPort is ${port}, which Batch reserves for its node agent (29876, 29877); map your service to another backend port (see https://learn.microsoft.com/rest/api/batchmanagement/pool/create#inboundnatpool).`,
    );
  });

  it.each([22, 3389, 29875, 29878, 1, 65535])('accepts the backend port %d (SSH and RDP are not reserved by the Batch API azurerm uses)', (port) => {
    expect(build([nat({ backendPort: port })])).not.toThrow();
  });

  it('synthesizes a NAT pool to SSH on backend port 22', () => {
    const stack = newStack();
    newPool(stack, { inboundNatPools: [nat({ backendPort: 22, networkSecurityGroupRules: [rule(150)] })] });
    const pool = onlyResource(stack, 'azurerm_batch_pool');
    expect(pool.network_configuration.endpoint_configuration[0]).toMatchObject({ name: 'ssh', backend_port: 22 });
  });

  it.each([0, 65536, 80.5])('rejects the backend port %p', (port) => {
    expect(build([nat({ backendPort: port })])).toThrow(
      `[Test/Pool] inboundNatPools[0].backendPort is ${port}; use a whole port number from 1 to 65535.`,
    );
  });

  it('rejects duplicate backend ports', () => {
    const [a, b] = distinctNats(2);
    expect(build([a, { ...b, backendPort: a.backendPort }])).toThrow(
      '[Test/Pool] inboundNatPools[1].backendPort 8000 is also the backend port of inboundNatPools[0]; backend ports must be unique within a pool — use another port.',
    );
  });

  it.each([
    ['frontendPortRangeStart', { frontendPortRangeStart: 0 }, 0],
    ['frontendPortRangeEnd', { frontendPortRangeStart: 65400, frontendPortRangeEnd: 65535 }, 65535],
  ])('rejects %s outside 1-65534', (field, overrides, value) => {
    expect(build([nat(overrides)])).toThrow(
      `[Test/Pool] inboundNatPools[0].${field} is ${value}; frontend ports are whole numbers from 1 to 65534.`,
    );
  });

  it('rejects a range that ends before it starts', () => {
    expect(build([nat({ frontendPortRangeStart: 2000, frontendPortRangeEnd: 1000 })])).toThrow(
      '[Test/Pool] inboundNatPools[0] frontend port range 2000-1000 ends before it starts; swap frontendPortRangeStart and frontendPortRangeEnd.',
    );
  });

  it.each([
    [49950, 50050],
    [54990, 55100],
    [49000, 56000],
    [50000, 50100],
  ])('rejects the range %d-%d, which touches the reserved 50000-55000', (start, end) => {
    expect(build([nat({ frontendPortRangeStart: start, frontendPortRangeEnd: end })])).toThrow(
      `[Test/Pool] inboundNatPools[0] frontend port range ${start}-${end} overlaps ports 50000-55000, which Batch reserves; move the range below 50000 or above 55000.`,
    );
  });

  it('accepts ranges right next to the reserved ports', () => {
    expect(build([nat({ frontendPortRangeStart: 49899, frontendPortRangeEnd: 49999 })])).not.toThrow();
    expect(build([nat({ frontendPortRangeStart: 55001, frontendPortRangeEnd: 55101 })])).not.toThrow();
  });

  it('rejects a range of fewer than 40 ports (Batch)', () => {
    expect(build([nat({ frontendPortRangeStart: 1000, frontendPortRangeEnd: 1038 })])).toThrow(
      '[Test/Pool] inboundNatPools[0] frontend port range 1000-1038 holds 39 ports; Batch requires at least 40 per NAT pool — widen it, e.g. 1000-1100.',
    );
  });

  it('rejects a range of 40 or more ports that azurerm would still reject at plan (end - start < 100)', () => {
    expect(build([nat({ frontendPortRangeStart: 1000, frontendPortRangeEnd: 1099 })])).toThrow(
      "[Test/Pool] inboundNatPools[0] frontend port range 1000-1099 spans 99; azurerm's frontend_port_range requires end - start >= 100 and fails at plan — widen it to 1000-1100.",
    );
  });

  it('rejects overlapping frontend ranges', () => {
    const [a, b] = distinctNats(2);
    expect(build([a, { ...b, frontendPortRangeStart: 1100, frontendPortRangeEnd: 1300 }])).toThrow(
      '[Test/Pool] inboundNatPools[1] frontend port range 1100-1300 overlaps inboundNatPools[0] (1000-1100); frontend ranges must not overlap — move one of them.',
    );
  });

  it('rejects more than 25 NSG rules across all NAT pools', () => {
    const pools = distinctNats(2).map((p, i) => ({
      ...p,
      networkSecurityGroupRules: Array.from({ length: 13 }, (_, j) => rule(150 + i * 100 + j)),
    }));
    expect(build(pools)).toThrow(
      '[Test/Pool] inboundNatPools have 26 network security group rules in all; Batch allows at most 25 across all NAT pools of a pool — merge or remove 1.',
    );
  });

  it.each([149, 4097, 200.5])('rejects the NSG priority %p', (priority) => {
    expect(build([nat({ networkSecurityGroupRules: [rule(priority)] })])).toThrow(
      `[Test/Pool] inboundNatPools[0].networkSecurityGroupRules[0].priority is ${priority}; Batch accepts whole numbers from 150 to 4096 — pick one in that range.`,
    );
  });

  it('accepts the priorities 150 and 4096', () => {
    expect(build([nat({ networkSecurityGroupRules: [rule(150), rule(4096)] })])).not.toThrow();
  });

  it('rejects a priority used twice in the pool, also across NAT pools', () => {
    const [a, b] = distinctNats(2);
    expect(build([{ ...a, networkSecurityGroupRules: [rule(300)] }, { ...b, networkSecurityGroupRules: [rule(300)] }])).toThrow(
      '[Test/Pool] inboundNatPools[1].networkSecurityGroupRules[0].priority 300 is also the priority of inboundNatPools[0].networkSecurityGroupRules[0]; priorities must be unique within a pool — use another value.',
    );
  });

  it('rejects an unknown access and an empty source prefix', () => {
    expect(build([nat({ networkSecurityGroupRules: [rule(150, { access: 'Block' as NetworkSecurityGroupRuleAccess })] })])).toThrow(
      "[Test/Pool] inboundNatPools[0].networkSecurityGroupRules[0].access is 'Block', not a NetworkSecurityGroupRuleAccess; use NetworkSecurityGroupRuleAccess.ALLOW or NetworkSecurityGroupRuleAccess.DENY.",
    );
    expect(build([nat({ networkSecurityGroupRules: [rule(150, { sourceAddressPrefix: '' })] })])).toThrow(
      '[Test/Pool] inboundNatPools[0].networkSecurityGroupRules[0].sourceAddressPrefix is empty; use an IP address, a CIDR subnet, a service tag or \'*\'.',
    );
  });

  it('skips the checks it cannot make on tokens', () => {
    const stack = newStack();
    const port = new TerraformVariable(stack, 'port', { type: 'number' });
    const start = new TerraformVariable(stack, 'start', { type: 'number' });
    expect(() =>
      newPool(stack, { inboundNatPools: [nat({ backendPort: port.numberValue, frontendPortRangeStart: start.numberValue })] }),
    ).not.toThrow();
    expect(onlyResource(stack, 'azurerm_batch_pool').network_configuration.endpoint_configuration[0]).toMatchObject({
      backend_port: '${var.port}',
      frontend_port_range: '${var.start}-1100',
    });
  });
});
