import { TerraformStack, TerraformVariable } from 'cdktf';
import { InboundNatPoolDescription, NetworkSecurityGroupRuleDescription } from '../../../lib/validation/model';
import { Suppressions } from '../../../lib/validation/suppressions';
import { annotationsOf, unresolvedOf } from '../support/annotations';
import { FakeAccount, FakeImage, FakePool, natPool, testApp } from '../support/fakes';

describe('AZS201 inbound NAT pool open to any source', () => {
  function stackWith(...natPools: InboundNatPoolDescription[]) {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'Pool', { account, image: new FakeImage(stack, 'Image'), poolName: 'render', inboundNatPools: natPools });
    return stack;
  }
  const allow = (sourceAddressPrefix: string, priority = 150): NetworkSecurityGroupRuleDescription => ({ access: 'Allow', priority, sourceAddressPrefix });
  const deny = (sourceAddressPrefix: string, priority = 4096, sourcePortRanges?: string[]): NetworkSecurityGroupRuleDescription => ({
    access: 'Deny',
    priority,
    sourceAddressPrefix,
    sourcePortRanges,
  });
  const withRules = (name: string, ...networkSecurityGroupRules: NetworkSecurityGroupRuleDescription[]) => ({
    ...natPool(name),
    networkSecurityGroupRules,
  });
  const fix =
    "allow only the address ranges that need access, e.g. { access: NetworkSecurityGroupRuleAccess.ALLOW, priority: 150, sourceAddressPrefix: '203.0.113.0/24' }, " +
    "then deny the rest with { access: NetworkSecurityGroupRuleAccess.DENY, priority: 4096, sourceAddressPrefix: '*' } — or remove the NAT pool";

  it('rejects a NAT pool without NSG rules: Batch then allows any source to the backend port', () => {
    expect(annotationsOf(stackWith(natPool('metrics')), 'AZS201')).toEqual([
      {
        level: 'error',
        path: 'Stack/Pool',
        message:
          "AZS201 inbound NAT pool 'metrics' of pool 'render' has no network security group rules, so Batch adds one that allows " +
          `TCP traffic to backend port 8080 (frontend ports 15000-15099) from any source — ${fix}`,
      },
    ]);
  });

  it('rejects an allow rule for any source, naming the rule', () => {
    expect(annotationsOf(stackWith(withRules('ssh', allow('*', 200))), 'AZS201')).toEqual([
      {
        level: 'error',
        path: 'Stack/Pool',
        message:
          "AZS201 inbound NAT pool 'ssh' of pool 'render' allows TCP traffic to backend port 8080 (frontend ports 15000-15099) from any source: " +
          `the rule at priority 200 allows '*' — ${fix}`,
      },
    ]);
  });

  it.each(['*', 'Any', 'Internet', 'INTERNET', ' internet ', '0.0.0.0/0', '::/0', '0::/0', '0/0', '10.0.0.0/0', '0.0.0.0/00'])(
    "treats '%s' as any source",
    (prefix) => {
      expect(annotationsOf(stackWith(withRules('app', allow(prefix))), 'AZS201').map((a) => a.level)).toEqual(['error']);
    },
  );

  it.each(['10.0.0.0/8', '203.0.113.7', 'VirtualNetwork', 'AzureLoadBalancer', '0.0.0.0/1', '0.0.0.0'])("accepts an allow rule for '%s'", (prefix) => {
    expect(annotationsOf(stackWith(withRules('app', allow(prefix), deny('*'))), 'AZS201')).toEqual([]);
  });

  it('follows priority order, not list order: a deny for any source evaluated first closes the NAT pool', () => {
    expect(annotationsOf(stackWith(withRules('app', allow('*', 300), deny('Internet', 200))), 'AZS201')).toEqual([]);
    expect(annotationsOf(stackWith(withRules('app', deny('*', 400), allow('Internet', 300))), 'AZS201').map((a) => a.level)).toEqual(['error']);
  });

  it('does not count a deny rule limited to some source ports as closing the NAT pool', () => {
    expect(annotationsOf(stackWith(withRules('app', deny('*', 200, ['1000-2000']), allow('*', 300))), 'AZS201').map((a) => a.level)).toEqual([
      'error',
    ]);
    expect(annotationsOf(stackWith(withRules('app', deny('*', 200, ['*']), allow('*', 300))), 'AZS201')).toEqual([]);
  });

  it('reports each open NAT pool of a pool', () => {
    const stack = stackWith(
      withRules('ssh', allow('10.0.0.0/8'), deny('*')),
      { ...natPool('web'), backendPort: 8443, frontendPortRangeStart: 16000, frontendPortRangeEnd: 16099 },
      withRules('rdp', allow('Internet')),
    );
    expect(annotationsOf(stack, 'AZS201').map((a) => /NAT pool '(\w+)'/.exec(a.message)?.[1])).toEqual(['web', 'rdp']);
  });

  it('reports AZW106 naming AZS201 when a source prefix is a token', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const source = new TerraformVariable(stack, 'source', { type: 'string' });
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'Pool', { account, image: new FakeImage(stack, 'Image'), inboundNatPools: [withRules('ssh', allow(source.stringValue), deny('*'))] });
    expect(annotationsOf(stack, 'AZS201')).toEqual([]);
    expect(unresolvedOf(stack, 'AZS201').map((a) => a.message)).toEqual([
      "AZW106 AZS201 could not be evaluated: an NSG rule of inbound NAT pool 'ssh' is '${var.source}', known only at plan time — " +
        'use a literal value to have AZS201 checked, or suppress AZW106 with a reason.',
    ]);
  });

  describe('a deny rule for any source whose source ports are a token', () => {
    function stackWithPorts(...rules: Array<(ports: string[]) => NetworkSecurityGroupRuleDescription>) {
      const stack = new TerraformStack(testApp(), 'Stack');
      const ports = new TerraformVariable(stack, 'ports', { type: 'list(string)' }).listValue;
      const account = new FakeAccount(stack, 'Account');
      const nat = withRules('ssh', ...rules.map((r) => r(ports)));
      new FakePool(stack, 'Pool', { account, image: new FakeImage(stack, 'Image'), inboundNatPools: [nat] });
      return stack;
    }

    it('is not taken to close the NAT pool: an allow for Internet after it gives AZW106, not a pass', () => {
      const stack = stackWithPorts((ports) => deny('*', 150, ports), () => allow('Internet', 200));
      expect(annotationsOf(stack, 'AZS201')).toEqual([]);
      expect(unresolvedOf(stack, 'AZS201').map((a) => a.message)).toEqual([
        "AZW106 AZS201 could not be evaluated: the source port ranges of the deny rule at priority 150 of inbound NAT pool 'ssh' is " +
          "'${var.ports}', known only at plan time — use a literal value to have AZS201 checked, or suppress AZW106 with a reason.",
      ]);
    });

    it('is judged by one token element among literal ranges too', () => {
      const stack = new TerraformStack(testApp(), 'Stack');
      const range = new TerraformVariable(stack, 'range', { type: 'string' }).stringValue;
      const account = new FakeAccount(stack, 'Account');
      new FakePool(stack, 'Pool', { account, image: new FakeImage(stack, 'Image'), inboundNatPools: [withRules('ssh', deny('*', 150, ['1000-2000', range]), allow('*', 200))] });
      expect(annotationsOf(stack, 'AZS201')).toEqual([]);
      expect(unresolvedOf(stack, 'AZS201').map((a) => a.message)).toEqual([expect.stringContaining("priority 150 of inbound NAT pool 'ssh' is '${var.range}'")]);
    });

    it('does not matter when a later deny closes every port, or when no allow follows', () => {
      const closed = stackWithPorts((ports) => deny('*', 150, ports), () => deny('Internet', 160), () => allow('Internet', 200));
      expect([...annotationsOf(closed, 'AZS201'), ...unresolvedOf(closed, 'AZS201')]).toEqual([]);
      const noAllow = stackWithPorts((ports) => deny('*', 150, ports), () => allow('10.0.0.0/8', 200));
      expect([...annotationsOf(noAllow, 'AZS201'), ...unresolvedOf(noAllow, 'AZS201')]).toEqual([]);
    });

    it('does not hide an allow for any source that comes first', () => {
      const stack = stackWithPorts(() => allow('*', 100), (ports) => deny('*', 150, ports));
      expect(annotationsOf(stack, 'AZS201').map((a) => a.level)).toEqual(['error']);
    });
  });

  it.each([
    ['access', (v: TerraformVariable) => ({ ...allow('*'), access: v.stringValue }), "'${var.value}'"],
    ['priority', (v: TerraformVariable) => ({ ...allow('*'), priority: v.numberValue }), "'${var.value}'"],
  ])('reports AZW106 naming AZS201 when the %s of a rule is a token', (_, rule, shown) => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const value = new TerraformVariable(stack, 'value', {});
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'Pool', { account, image: new FakeImage(stack, 'Image'), inboundNatPools: [withRules('ssh', rule(value), deny('*'))] });
    expect(annotationsOf(stack, 'AZS201')).toEqual([]);
    expect(unresolvedOf(stack, 'AZS201').map((a) => a.message)).toEqual([expect.stringContaining(`an NSG rule of inbound NAT pool 'ssh' is ${shown}`)]);
  });

  it('is silenced by a suppression, recorded as info', () => {
    const stack = stackWith(natPool('metrics'));
    Suppressions.add(stack.node.findChild('Pool'), 'AZS201', 'metrics endpoint is public by design, served read-only');
    expect(annotationsOf(stack, 'AZS201')).toEqual([
      { level: 'info', path: 'Stack/Pool', message: 'suppressed AZS201: metrics endpoint is public by design, served read-only' },
    ]);
  });
});
