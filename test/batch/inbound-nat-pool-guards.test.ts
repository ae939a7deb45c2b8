import { TerraformStack, TerraformVariable } from 'cdktf';
import { InboundEndpointProtocol, InboundNatPool } from '../../lib/batch/inbound-nat-pool';
import { preconditionsOf, holds, Precondition } from '../support/plan-guards';
import { Variables } from '../support/hcl-evaluator';
import { newPool } from './support/pool';
import { newStack } from './support/synth';

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

function guardsOfPool(stack: TerraformStack): Precondition[] {
  return Object.values(preconditionsOf(stack, 'azurerm_batch_pool')).flat();
}

/** The guards whose message contains `text`, and whether each holds with `variables`. */
async function verdicts(guards: Precondition[], variables: Variables): Promise<{ [message: string]: boolean }> {
  const result: { [message: string]: boolean } = {};
  for (const guard of guards) result[guard.error_message] = await holds(guard, variables);
  return result;
}

async function failing(guards: Precondition[], variables: Variables): Promise<string[]> {
  const all = await verdicts(guards, variables);
  return Object.keys(all).filter((m) => !all[m]);
}

describe('inbound NAT pools: port checks deferred to plan', () => {
  it('checks a variable backend port against the range, the reserved ports and the other NAT pools', async () => {
    const stack = newStack();
    const port = new TerraformVariable(stack, 'port', { type: 'number' });
    newPool(stack, {
      inboundNatPools: [
        nat({ backendPort: port.numberValue }),
        nat({ name: 'metrics', backendPort: 9100, frontendPortRangeStart: 2000, frontendPortRangeEnd: 2100 }),
      ],
    });
    const guards = guardsOfPool(stack);
    expect(guards.map((g) => g.error_message)).toEqual([
      '[Test/Pool] inboundNatPools[0].backendPort is ${var.port}; use a whole port number from 1 to 65535.',
      '[Test/Pool] inboundNatPools[0].backendPort is ${var.port}, which Batch reserves (29876, 29877); map your service to another backend port.',
      '[Test/Pool] inboundNatPools[1].backendPort 9100 is also the backend port of inboundNatPools[0]; backend ports must be unique within a pool — use another port.',
    ]);
    expect(await failing(guards, { 'var.port': 2222 })).toEqual([]);
    expect(await failing(guards, { 'var.port': 29877 })).toEqual([guards[1].error_message]);
    expect(await failing(guards, { 'var.port': 9100 })).toEqual([guards[2].error_message]);
    expect(await failing(guards, { 'var.port': 70000 })).toEqual([guards[0].error_message]);
  });

  it('checks a frontend range with variable ends: bounds, order, reserved ports, size and overlaps', async () => {
    const stack = newStack();
    const start = new TerraformVariable(stack, 'start', { type: 'number' });
    const end = new TerraformVariable(stack, 'end', { type: 'number' });
    newPool(stack, {
      inboundNatPools: [
        nat({ frontendPortRangeStart: start.numberValue, frontendPortRangeEnd: end.numberValue }),
        nat({ name: 'metrics', backendPort: 9100, frontendPortRangeStart: 2000, frontendPortRangeEnd: 2100 }),
      ],
    });
    const guards = guardsOfPool(stack);
    const range = '${var.start}-${var.end}';
    expect(guards.map((g) => g.error_message)).toEqual([
      '[Test/Pool] inboundNatPools[0].frontendPortRangeStart is ${var.start}; frontend ports are whole numbers from 1 to 65534.',
      '[Test/Pool] inboundNatPools[0].frontendPortRangeEnd is ${var.end}; frontend ports are whole numbers from 1 to 65534.',
      `[Test/Pool] inboundNatPools[0] frontend port range ${range} ends before it starts; swap frontendPortRangeStart and frontendPortRangeEnd.`,
      `[Test/Pool] inboundNatPools[0] frontend port range ${range} overlaps ports 50000-55000, which Batch reserves; move the range below 50000 or above 55000.`,
      `[Test/Pool] inboundNatPools[0] frontend port range ${range} holds \${((var.end - var.start) + 1)} ports; Batch requires at least 40 per NAT pool — widen it.`,
      `[Test/Pool] inboundNatPools[0] frontend port range ${range} spans \${(var.end - var.start)}; azurerm's frontend_port_range requires end - start >= 100 — widen it.`,
      `[Test/Pool] inboundNatPools[1] frontend port range 2000-2100 overlaps inboundNatPools[0] (${range}); frontend ranges must not overlap — move one of them.`,
    ]);
    const ports = (s: number, e: number) => ({ 'var.start': s, 'var.end': e });
    expect(await failing(guards, ports(1000, 1100))).toEqual([]);
    expect(await failing(guards, ports(55001, 55200))).toEqual([]);
    expect(await failing(guards, ports(0, 100))).toEqual([guards[0].error_message]);
    expect(await failing(guards, ports(65000, 65535))).toEqual([guards[1].error_message]);
    expect(await failing(guards, ports(49950, 50100))).toEqual([guards[3].error_message]);
    expect(await failing(guards, ports(1000, 1050))).toEqual([guards[5].error_message]);
    expect(await failing(guards, ports(1000, 1020))).toEqual([guards[4].error_message, guards[5].error_message]);
    expect(await failing(guards, ports(1100, 1000))).toEqual([guards[2].error_message, guards[4].error_message, guards[5].error_message]);
    expect(await failing(guards, ports(2100, 2300))).toEqual([guards[6].error_message]);
  });

  it('adds no port guards when every port is known (construction checked them)', () => {
    const stack = newStack();
    newPool(stack, { inboundNatPools: [nat()] });
    expect(guardsOfPool(stack)).toEqual([]);
  });
});
