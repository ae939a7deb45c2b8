import { isUnresolved } from '../../core/tokens';
import { InboundNatPoolDescription, NetworkSecurityGroupRuleDescription, PoolDescription } from '../model';
import { finding, Rule, RuleResult, RuleSeverity, unresolved } from '../rule';
import { poolLabel } from '../wording';

// Sources that match every address on the Internet: `*` (the portal's "Any"), the `Internet`
// service tag, and any IPv4/IPv6 prefix of length 0 (`0.0.0.0/0`, `::/0`, `10.0.0.0/0`, ...).
const ANY_SOURCE_NAMES = ['*', 'any', 'internet'];
const ZERO_LENGTH_PREFIX = /^[0-9a-f:.]+\/0+$/;

/**
 * AZS201: an inbound NAT pool that lets anyone on the Internet reach a port of every node. A NAT
 * pool is open when no NSG rule is given (Batch then adds one that allows any source to the
 * backend port), or when, in priority order, an allow rule for any source comes before any
 * deny rule for any source and every source port. Tokens are not guessed (AZW106): an access,
 * priority or source prefix that is a token, or the source ports of a deny rule that would
 * decide.
 */
export const AZS201: Rule = {
  id: 'AZS201',
  severity: RuleSeverity.ERROR,
  title: 'Inbound NAT pool open to any source: an allow NSG rule for *, Internet, 0.0.0.0/0 or ::/0, or no NSG rules at all',
  source:
    'https://learn.microsoft.com/azure/batch/pool-endpoint-configuration; Batch REST API InboundNatPool.networkSecurityGroupRules ' +
    '("If no network security group rules are specified, a default rule will be created to allow inbound access to the specified backendPort")',

  checkPool(pool: PoolDescription): RuleResult[] {
    return pool.inboundNatPools.flatMap((natPool) => checkNatPool(pool, natPool));
  },
};

function checkNatPool(pool: PoolDescription, natPool: InboundNatPoolDescription): RuleResult[] {
  const what = `inbound NAT pool '${natPool.name}' of ${poolLabel(pool)}`;
  const target = `${natPool.protocol} traffic to backend port ${text(natPool.backendPort)} (frontend ports ${text(natPool.frontendPortRangeStart)}-${text(natPool.frontendPortRangeEnd)})`;
  const rules = natPool.networkSecurityGroupRules;
  if (rules.length === 0) {
    return [
      finding(
        `${what} has no network security group rules, so Batch adds one that allows ${target} from any source`,
        FIX,
      ),
    ];
  }
  for (const rule of rules) {
    const blocking = [rule.access, rule.priority, rule.sourceAddressPrefix].find(isUnresolved);
    if (blocking !== undefined) return [unresolved(`an NSG rule of inbound NAT pool '${natPool.name}'`, blocking)];
  }
  // Azure evaluates the rules by priority, lowest number first; the first match decides. A deny
  // rule whose source ports are a token may or may not close the NAT pool: an allow rule for
  // any source after it cannot be judged.
  let uncertainDeny: NetworkSecurityGroupRuleDescription | undefined;
  for (const rule of [...rules].sort((a, b) => a.priority - b.priority)) {
    if (!isAnySource(rule.sourceAddressPrefix)) continue;
    if (rule.access.trim().toLowerCase() === 'allow') {
      if (uncertainDeny) {
        return [
          unresolved(
            `the source port ranges of the deny rule at priority ${uncertainDeny.priority} of inbound NAT pool '${natPool.name}'`,
            unresolvedPorts(uncertainDeny),
          ),
        ];
      }
      return [
        finding(
          `${what} allows ${target} from any source: the rule at priority ${rule.priority} allows '${rule.sourceAddressPrefix}'`,
          FIX,
        ),
      ];
    }
    const coversAllPorts = anySourcePort(rule);
    if (coversAllPorts === undefined) uncertainDeny ??= rule;
    else if (coversAllPorts) return [];
  }
  return [];
}

const FIX =
  "allow only the address ranges that need access, e.g. { access: NetworkSecurityGroupRuleAccess.ALLOW, priority: 150, sourceAddressPrefix: '203.0.113.0/24' }, " +
  "then deny the rest with { access: NetworkSecurityGroupRuleAccess.DENY, priority: 4096, sourceAddressPrefix: '*' } — or remove the NAT pool";

/** True when `prefix` matches every source address (compared ignoring case and white space). */
function isAnySource(prefix: string): boolean {
  const normalized = prefix.trim().toLowerCase();
  return ANY_SOURCE_NAMES.includes(normalized) || ZERO_LENGTH_PREFIX.test(normalized);
}

/** True when the rule matches every source port; undefined when a port range is a token. */
function anySourcePort(rule: NetworkSecurityGroupRuleDescription): boolean | undefined {
  const ranges = rule.sourcePortRanges;
  if (ranges === undefined || ranges.length === 0) return true;
  if (ranges.some((r) => !isUnresolved(r) && ['*', '0-65535'].includes(r.trim()))) return true;
  return unresolvedPorts(rule) === undefined ? false : undefined;
}

/** The first source port range of `rule` that is a token (or the whole list when it is one). */
function unresolvedPorts(rule: NetworkSecurityGroupRuleDescription): unknown {
  const ranges = rule.sourcePortRanges;
  if (ranges === undefined) return undefined;
  return ranges.find(isUnresolved) ?? (isUnresolved(ranges) ? ranges : undefined);
}

function text(port: number): string {
  return isUnresolved(port) ? '(set at plan time)' : String(port);
}
