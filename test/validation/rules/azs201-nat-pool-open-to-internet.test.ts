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

  it('is silenced by a suppression, recorded as info', () => {
    const stack = stackWith(natPool('metrics'));
    Suppressions.add(stack.node.findChild('Pool'), 'AZS201', 'metrics endpoint is public by design, served read-only');
    expect(annotationsOf(stack, 'AZS201')).toEqual([
      { level: 'info', path: 'Stack/Pool', message: 'suppressed AZS201: metrics endpoint is public by design, served read-only' },
    ]);
  });
});
