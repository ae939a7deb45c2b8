import { Fn, IResolvable, Op, TerraformResource, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { escapeTemplate } from '../core/template-escape';
import { isUnresolved } from '../core/tokens';
import { addPrecondition } from '../validation/guards/attach';
import { InboundNatPool } from './inbound-nat-pool';
import {
  AZURERM_MIN_FRONTEND_SPAN,
  FRONTEND_MAX,
  FRONTEND_MIN,
  MIN_FRONTEND_PORTS,
  RESERVED_BACKEND_PORTS,
  RESERVED_FRONTEND_END,
  RESERVED_FRONTEND_START,
} from './inbound-nat-pool-validation';

/*
 * The port constraints of inbound NAT pools (Batch REST API, https://learn.microsoft.com/rest/api/batchservice/pool/add) that construction skips because a port
 * is a Terraform token, as preconditions on the pool resource: `terraform plan` checks them once
 * the ports are known, with the message construction would have given. Constraints whose values
 * are all known were checked at construction and are not repeated.
 */

/** Adds a precondition to `resource` for each port constraint of `pools` that involves a token. */
export function addNatPoolPortGuards(scope: IConstruct, resource: TerraformResource, pools: InboundNatPool[]): void {
  if (Token.isUnresolved(pools)) return;
  const guard = (condition: IResolvable, message: string): void => {
    const errorMessage = escapeTemplate(`[${scope.node.path}] ${message}`);
    addPrecondition(resource, condition, errorMessage, errorMessage, { constructPath: scope.node.path, errorMessage });
  };

  pools.forEach((pool, i) => {
    const at = `inboundNatPools[${i}]`;
    const port = pool.backendPort;
    if (isUnresolved(port)) {
      guard(
        Op.and(Op.gte(port, 1), Op.lte(port, 65535)),
        `${at}.backendPort is ${text(port)}; use a whole port number from 1 to 65535.`,
      );
      guard(
        Op.not(Fn.contains(RESERVED_BACKEND_PORTS, port)),
        `${at}.backendPort is ${text(port)}, which Batch reserves (${RESERVED_BACKEND_PORTS.join(', ')}); map your service to another backend port.`,
      );
    }
    for (let j = 0; j < i; j++) {
      const other = pools[j].backendPort;
      if (isUnresolved(port) || isUnresolved(other)) {
        guard(
          Op.neq(port, other),
          `${at}.backendPort ${text(port)} is also the backend port of inboundNatPools[${j}]; backend ports must be unique within a pool — use another port.`,
        );
      }
    }

    const start = pool.frontendPortRangeStart;
    const end = pool.frontendPortRangeEnd;
    for (const [field, value] of [['frontendPortRangeStart', start], ['frontendPortRangeEnd', end]] as const) {
      if (isUnresolved(value)) {
        guard(
          Op.and(Op.gte(value, FRONTEND_MIN), Op.lte(value, FRONTEND_MAX)),
          `${at}.${field} is ${text(value)}; frontend ports are whole numbers from ${FRONTEND_MIN} to ${FRONTEND_MAX}.`,
        );
      }
    }
    if (!isUnresolved(start) && !isUnresolved(end)) return;
    const range = `${text(start)}-${text(end)}`;
    guard(Op.gte(end, start), `${at} frontend port range ${range} ends before it starts; swap frontendPortRangeStart and frontendPortRangeEnd.`);
    guard(
      Op.or(Op.lt(end, RESERVED_FRONTEND_START), Op.gt(start, RESERVED_FRONTEND_END)),
      `${at} frontend port range ${range} overlaps ports ${RESERVED_FRONTEND_START}-${RESERVED_FRONTEND_END}, which Batch reserves; ` +
        `move the range below ${RESERVED_FRONTEND_START} or above ${RESERVED_FRONTEND_END}.`,
    );
    const span = Op.sub(end, start);
    guard(
      Op.gte(span, MIN_FRONTEND_PORTS - 1),
      `${at} frontend port range ${range} holds ${text(Op.add(span, 1))} ports; Batch requires at least ${MIN_FRONTEND_PORTS} per NAT pool — widen it.`,
    );
    guard(
      Op.gte(span, AZURERM_MIN_FRONTEND_SPAN),
      `${at} frontend port range ${range} spans ${text(span)}; azurerm's frontend_port_range requires end - start >= ${AZURERM_MIN_FRONTEND_SPAN} — widen it.`,
    );
  });

  // Overlaps, for each pair of NAT pools with a token among their four ports.
  pools.forEach((pool, i) => {
    for (let j = 0; j < i; j++) {
      const other = pools[j];
      const ports = [pool.frontendPortRangeStart, pool.frontendPortRangeEnd, other.frontendPortRangeStart, other.frontendPortRangeEnd];
      if (!ports.some(isUnresolved)) continue;
      guard(
        Op.or(Op.gt(pool.frontendPortRangeStart, other.frontendPortRangeEnd), Op.lt(pool.frontendPortRangeEnd, other.frontendPortRangeStart)),
        `inboundNatPools[${i}] frontend port range ${text(pool.frontendPortRangeStart)}-${text(pool.frontendPortRangeEnd)} overlaps ` +
          `inboundNatPools[${j}] (${text(other.frontendPortRangeStart)}-${text(other.frontendPortRangeEnd)}); frontend ranges must not overlap — move one of them.`,
      );
    }
  });
}

/** A port for a message: the number, or the Terraform expression of a token. */
function text(value: number): string {
  return isUnresolved(value) ? Token.asString(value) : String(value);
}
