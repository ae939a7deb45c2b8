import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { ConstructValidationError, ProblemList } from '../core/errors';
import { optionalArray, optionalStringArray, requireEnumValue, requireNumber, requireObject, requireString } from '../core/guards';
import { isUnresolved } from '../core/tokens';
import { InboundEndpointProtocol, InboundNatPool, NetworkSecurityGroupRuleAccess } from './inbound-nat-pool';

/*
 * The inbound NAT pool constraints of the Batch API (see https://learn.microsoft.com/azure/batch/pool-endpoint-configuration), checked at construction.
 * Source: InboundNATPool, NetworkSecurityGroupRule and PoolEndpointConfiguration in the Batch
 * REST API. Values that are Terraform tokens are skipped here and checked at plan by the
 * preconditions of inbound-nat-pool-guards.ts.
 */

const MAX_NAT_POOLS = 5;
const MAX_NSG_RULES = 25;
const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?$/;
const MAX_NAME_LENGTH = 77;
// Batch keeps 29876 and 29877 for its own node agent. Ports 22 and 3389 were reserved only by
// Batch API versions before 2024-07-01; azurerm (Batch API 2024-07-01) and the ARM output use a
// later one, and azurerm's own validator refuses only 29876 and 29877.
export const RESERVED_BACKEND_PORTS = [29876, 29877];
export const FRONTEND_MIN = 1;
export const FRONTEND_MAX = 65534;
export const RESERVED_FRONTEND_START = 50000;
export const RESERVED_FRONTEND_END = 55000;
export const MIN_FRONTEND_PORTS = 40;
// azurerm's frontend_port_range validator rejects ranges whose end - start is under 100.
export const AZURERM_MIN_FRONTEND_SPAN = 100;
const MIN_PRIORITY = 150;
const MAX_PRIORITY = 4096;

// Required values are present once checkNatPoolTypes has passed: only tokens are unknown.
const known = (value: unknown): boolean => !isUnresolved(value);

/**
 * Reports every NAT pool constraint that `pools` violate to `problems` (without it, throws a
 * `ConstructValidationError` on `scope` for the first one).
 *
 * @param noPublicIpAddresses true when the pool provisions no public IP addresses
 */
export function validateInboundNatPools(
  scope: IConstruct,
  pools: InboundNatPool[],
  noPublicIpAddresses: boolean,
  problems?: ProblemList,
): void {
  const fail = (message: string): void => {
    if (!problems) throw new ConstructValidationError(scope, message);
    problems.add(message);
  };
  // Only a list that is itself a token is skipped: a token inside one NAT pool skips only that value.
  if (Token.isUnresolved(pools)) return;
  checkNatPoolTypes(scope, pools);
  if (pools.length > 0 && noPublicIpAddresses) {
    fail(
      `inboundNatPools has ${pools.length} NAT pool(s) but publicIpAddressProvisioning is 'NoPublicIPAddresses'; NAT pools need public IP addresses — remove the NAT pools or provision public IPs (BATCH_MANAGED or USER_MANAGED).`,
    );
  }
  if (pools.length > MAX_NAT_POOLS) {
    fail(
      `inboundNatPools has ${pools.length} NAT pools (${pools.map((p) => `'${p.name}'`).join(', ')}); Batch allows at most ${MAX_NAT_POOLS} per pool — remove ${pools.length - MAX_NAT_POOLS} of them.`,
    );
  }

  const names = new Map<string, number>();
  const backendPorts = new Map<number, number>();
  const ranges: { index: number; start: number; end: number }[] = [];
  const priorities = new Map<number, string>();
  let ruleCount = 0;

  pools.forEach((pool, i) => {
    const at = `inboundNatPools[${i}]`;

    if (known(pool.name)) {
      if (typeof pool.name !== 'string' || !NAME.test(pool.name)) {
        fail(
          `${at}.name '${pool.name}' is not valid; use letters, digits, '_', '.' and '-', starting with a letter or digit and ending with a letter, digit or '_' (e.g. 'ssh').`,
        );
      }
      if (pool.name.length > MAX_NAME_LENGTH) {
        fail(`${at}.name '${pool.name}' has ${pool.name.length} characters; Batch allows at most ${MAX_NAME_LENGTH} — shorten it.`);
      }
      const other = names.get(pool.name.toLowerCase());
      if (other !== undefined) {
        fail(`${at}.name '${pool.name}' is also the name of inboundNatPools[${other}]; NAT pool names must be unique within a pool — rename one.`);
      }
      names.set(pool.name.toLowerCase(), i);
    }

    if (known(pool.backendPort)) {
      const port = pool.backendPort;
      if (!Number.isInteger(port) || port < 1 || port > 65535) {
        fail(`${at}.backendPort is ${port}; use a whole port number from 1 to 65535.`);
      }
      if (RESERVED_BACKEND_PORTS.includes(port)) {
        fail(
          `${at}.backendPort is ${port}, which Batch reserves for its node agent (${RESERVED_BACKEND_PORTS.join(', ')}); map your service to another backend port (see https://learn.microsoft.com/rest/api/batchmanagement/pool/create#inboundnatpool).`,
        );
      }
      const other = backendPorts.get(port);
      if (other !== undefined) {
        fail(`${at}.backendPort ${port} is also the backend port of inboundNatPools[${other}]; backend ports must be unique within a pool — use another port.`);
      }
      backendPorts.set(port, i);
    }

    const start = pool.frontendPortRangeStart;
    const end = pool.frontendPortRangeEnd;
    for (const [field, value] of [['frontendPortRangeStart', start], ['frontendPortRangeEnd', end]] as const) {
      if (known(value) && (!Number.isInteger(value) || value < FRONTEND_MIN || value > FRONTEND_MAX)) {
        fail(`${at}.${field} is ${value}; frontend ports are whole numbers from ${FRONTEND_MIN} to ${FRONTEND_MAX}.`);
      }
    }
    if (known(start) && known(end)) {
      const range = `${start}-${end}`;
      if (end < start) {
        fail(`${at} frontend port range ${range} ends before it starts; swap frontendPortRangeStart and frontendPortRangeEnd.`);
      }
      if (start <= RESERVED_FRONTEND_END && end >= RESERVED_FRONTEND_START) {
        fail(
          `${at} frontend port range ${range} overlaps ports ${RESERVED_FRONTEND_START}-${RESERVED_FRONTEND_END}, which Batch reserves; move the range below ${RESERVED_FRONTEND_START} or above ${RESERVED_FRONTEND_END}.`,
        );
      }
      const count = end - start + 1;
      if (count < MIN_FRONTEND_PORTS) {
        fail(
          `${at} frontend port range ${range} holds ${count} ports; Batch requires at least ${MIN_FRONTEND_PORTS} per NAT pool — widen it, e.g. ${start}-${start + AZURERM_MIN_FRONTEND_SPAN}.`,
        );
      }
      if (end - start < AZURERM_MIN_FRONTEND_SPAN) {
        fail(
          `${at} frontend port range ${range} spans ${end - start}; azurerm's frontend_port_range requires end - start >= ${AZURERM_MIN_FRONTEND_SPAN} and fails at plan — widen it to ${start}-${start + AZURERM_MIN_FRONTEND_SPAN}.`,
        );
      }
      const clash = ranges.find((r) => start <= r.end && end >= r.start);
      if (clash) {
        fail(
          `${at} frontend port range ${range} overlaps inboundNatPools[${clash.index}] (${clash.start}-${clash.end}); frontend ranges must not overlap — move one of them.`,
        );
      }
      ranges.push({ index: i, start, end });
    }

    const rules = pool.networkSecurityGroupRules ?? [];
    if (Token.isUnresolved(rules)) return;
    ruleCount += rules.length;
    if (ruleCount > MAX_NSG_RULES) {
      const total = pools.reduce((n, p) => n + (Token.isUnresolved(p.networkSecurityGroupRules) ? 0 : (p.networkSecurityGroupRules ?? []).length), 0);
      fail(
        `inboundNatPools have ${total} network security group rules in all; Batch allows at most ${MAX_NSG_RULES} across all NAT pools of a pool — merge or remove ${total - MAX_NSG_RULES}.`,
      );
    }
    rules.forEach((rule, j) => {
      const ruleAt = `${at}.networkSecurityGroupRules[${j}]`;
      if (known(rule.sourceAddressPrefix) && (typeof rule.sourceAddressPrefix !== 'string' || rule.sourceAddressPrefix.trim() === '')) {
        fail(`${ruleAt}.sourceAddressPrefix is empty; use an IP address, a CIDR subnet, a service tag or '*'.`);
      }
      if (known(rule.priority)) {
        const priority = rule.priority;
        if (!Number.isInteger(priority) || priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
          fail(`${ruleAt}.priority is ${priority}; Batch accepts whole numbers from ${MIN_PRIORITY} to ${MAX_PRIORITY} — pick one in that range.`);
        }
        const other = priorities.get(priority);
        if (other !== undefined) {
          fail(`${ruleAt}.priority ${priority} is also the priority of ${other}; priorities must be unique within a pool — use another value.`);
        }
        priorities.set(priority, ruleAt);
      }
    });
  });
}

/** Every NAT pool and NSG rule is an object whose required fields are present and typed. */
function checkNatPoolTypes(scope: IConstruct, pools: InboundNatPool[]): void {
  const poolFix = "pass { name, protocol, backendPort, frontendPortRangeStart, frontendPortRangeEnd, networkSecurityGroupRules }";
  optionalArray(scope, 'inboundNatPools', pools, poolFix, (pool, at) => {
    requireObject(scope, at, pool, poolFix);
    requireString(scope, `${at}.name`, pool.name, "pass a name such as 'ssh'");
    requireEnumValue(scope, `${at}.protocol`, pool.protocol as string | undefined, InboundEndpointProtocol, 'InboundEndpointProtocol');
    requireNumber(scope, `${at}.backendPort`, pool.backendPort, 'pass a whole port number from 1 to 65535');
    requireNumber(scope, `${at}.frontendPortRangeStart`, pool.frontendPortRangeStart, `pass a whole port number from ${FRONTEND_MIN} to ${FRONTEND_MAX}`);
    requireNumber(scope, `${at}.frontendPortRangeEnd`, pool.frontendPortRangeEnd, `pass a whole port number from ${FRONTEND_MIN} to ${FRONTEND_MAX}`);
    const ruleFix = "pass { access, priority, sourceAddressPrefix }, e.g. { access: NetworkSecurityGroupRuleAccess.ALLOW, priority: 150, sourceAddressPrefix: '203.0.113.0/24' }";
    optionalArray(scope, `${at}.networkSecurityGroupRules`, pool.networkSecurityGroupRules, ruleFix, (rule, ruleAt) => {
      requireObject(scope, ruleAt, rule, ruleFix);
      requireEnumValue(scope, `${ruleAt}.access`, rule.access as string | undefined, NetworkSecurityGroupRuleAccess, 'NetworkSecurityGroupRuleAccess');
      requireNumber(scope, `${ruleAt}.priority`, rule.priority, `pass a whole number from ${MIN_PRIORITY} to ${MAX_PRIORITY}`);
      requireString(scope, `${ruleAt}.sourceAddressPrefix`, rule.sourceAddressPrefix, "pass an IP address, a CIDR subnet, a service tag or '*'");
      optionalStringArray(scope, `${ruleAt}.sourcePortRanges`, rule.sourcePortRanges, "pass a list of ports or port ranges such as '100-200', or '*'");
    });
  });
}
