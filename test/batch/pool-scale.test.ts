import { TerraformVariable } from 'cdktf';
import { NodeDeallocationMethod, PoolScale } from '../../lib/batch/pool-scale';
import { Duration } from '../../lib/core/duration';
import { ScaleMode } from '../../lib/validation/model';
import { newPool } from './support/pool';
import { newStack, onlyResource } from './support/synth';

const POOL = 'azurerm_batch_pool';

describe('PoolScale.fixed', () => {
  it('defaults to one dedicated node, no Spot nodes and a 30-minute resize timeout (F7)', () => {
    const stack = newStack();
    newPool(stack, { scale: PoolScale.fixed() });
    const pool = onlyResource(stack, POOL);
    expect(pool.fixed_scale).toEqual({ target_dedicated_nodes: 1, target_low_priority_nodes: 0, resize_timeout: 'PT30M' });
    expect(pool.auto_scale).toBeUndefined();
  });

  it('defaults dedicated nodes to 0 when only Spot nodes are asked for', () => {
    const stack = newStack();
    newPool(stack, { scale: PoolScale.fixed({ spotNodes: 10 }) });
    expect(onlyResource(stack, POOL).fixed_scale).toMatchObject({ target_dedicated_nodes: 0, target_low_priority_nodes: 10 });
  });

  it('renders the given counts, resize timeout and deallocation method', () => {
    const stack = newStack();
    newPool(stack, {
      scale: PoolScale.fixed({
        dedicatedNodes: 4,
        spotNodes: 8,
        resizeTimeout: Duration.hours(1),
        nodeDeallocationMethod: NodeDeallocationMethod.TASK_COMPLETION,
      }),
    });
    expect(onlyResource(stack, POOL).fixed_scale).toEqual({
      target_dedicated_nodes: 4,
      target_low_priority_nodes: 8,
      resize_timeout: 'PT1H',
      node_deallocation_method: 'TaskCompletion',
    });
  });

  it('describes a fixed pool as bounded by its targets', () => {
    const pool = newPool(newStack(), { scale: PoolScale.fixed({ dedicatedNodes: 3, spotNodes: 2, resizeTimeout: Duration.minutes(25) }) });
    expect(pool.scaleDescription).toEqual({
      mode: ScaleMode.FIXED,
      dedicatedNodes: 3,
      spotNodes: 2,
      resizeTimeoutMinutes: 25,
      bounded: true,
    });
  });

  it.each([
    ['dedicatedNodes', { dedicatedNodes: -1 }, -1],
    ['dedicatedNodes', { dedicatedNodes: 1.5 }, 1.5],
    ['spotNodes', { spotNodes: -3 }, -3],
  ])('rejects a negative or fractional %s', (field, options, value) => {
    expect(() => newPool(newStack(), { scale: PoolScale.fixed(options) })).toThrow(
      `[Test/Pool] scale.${field} is ${value}; node counts are whole numbers >= 0`,
    );
  });

  it('rejects more dedicated or Spot nodes than azurerm accepts for a fixed pool', () => {
    expect(() => newPool(newStack(), { scale: PoolScale.fixed({ dedicatedNodes: 2001 }) })).toThrow(
      '[Test/Pool] scale.dedicatedNodes is 2001, above the 2000 that azurerm accepts for a fixed-size pool',
    );
    expect(() => newPool(newStack(), { scale: PoolScale.fixed({ spotNodes: 1001 }) })).toThrow(
      '[Test/Pool] scale.spotNodes is 1001, above the 1000 that azurerm accepts for a fixed-size pool',
    );
  });

  it('rejects a resize timeout under 5 minutes', () => {
    expect(() => newPool(newStack(), { scale: PoolScale.fixed({ resizeTimeout: Duration.minutes(4) }) })).toThrow(
      '[Test/Pool] scale.resizeTimeout is 4 minutes (PT4M); Batch rejects resize timeouts under 5 minutes — use at least Duration.minutes(5), ideally 20-30 minutes for custom images.',
    );
  });

  it('accepts exactly 5 minutes and long timeouts (Batch documents no maximum)', () => {
    expect(() => newPool(newStack(), { scale: PoolScale.fixed({ resizeTimeout: Duration.minutes(5) }) })).not.toThrow();
    expect(() => newPool(newStack(), { scale: PoolScale.fixed({ resizeTimeout: Duration.hours(48) }) })).not.toThrow();
  });

  it('skips checks of token counts and renders them', () => {
    const stack = newStack();
    const count = new TerraformVariable(stack, 'count', { type: 'number' });
    newPool(stack, { scale: PoolScale.fixed({ dedicatedNodes: count.numberValue }) });
    expect(onlyResource(stack, POOL).fixed_scale.target_dedicated_nodes).toBe('${var.count}');
  });

  it('skips the resize timeout bound for a token duration and renders it', () => {
    const stack = newStack();
    const minutes = new TerraformVariable(stack, 'minutes', { type: 'number' });
    newPool(stack, { scale: PoolScale.fixed({ resizeTimeout: Duration.minutes(minutes.numberValue) }) });
    expect(onlyResource(stack, POOL).fixed_scale.resize_timeout).toBe('PT${var.minutes}M');
  });
});

describe('PoolScale.autoscale', () => {
  const formula = '$TargetDedicatedNodes = min(10, $PendingTasks.GetSample(1));';

  it('renders the formula and a 15-minute evaluation interval by default', () => {
    const stack = newStack();
    newPool(stack, { scale: PoolScale.autoscale({ formula }) });
    const pool = onlyResource(stack, POOL);
    expect(pool.auto_scale).toEqual({ formula, evaluation_interval: 'PT15M' });
    expect(pool.fixed_scale).toBeUndefined();
  });

  it('renders the given evaluation interval and keeps the max hints out of Terraform', () => {
    const stack = newStack();
    newPool(stack, {
      scale: PoolScale.autoscale({ formula, evaluationInterval: Duration.minutes(5), maxDedicatedNodes: 10, maxSpotNodes: 0 }),
    });
    expect(onlyResource(stack, POOL).auto_scale).toEqual({ formula, evaluation_interval: 'PT5M' });
  });

  it('is bounded for the limit rules only when both maxima are declared', () => {
    const both = newPool(newStack(), { scale: PoolScale.autoscale({ formula, maxDedicatedNodes: 10, maxSpotNodes: 0 }) });
    expect(both.scaleDescription).toEqual({ mode: ScaleMode.AUTOSCALE, dedicatedNodes: 10, spotNodes: 0, bounded: true });
    const one = newPool(newStack(), { scale: PoolScale.autoscale({ formula, maxDedicatedNodes: 10 }) });
    expect(one.scaleDescription).toEqual({ mode: ScaleMode.AUTOSCALE, dedicatedNodes: 10, spotNodes: undefined, bounded: false });
  });

  it('rejects an empty formula', () => {
    expect(() => newPool(newStack(), { scale: PoolScale.autoscale({ formula: '  ' }) })).toThrow(
      "[Test/Pool] scale.formula is '  '; an autoscale pool needs a formula, e.g. '$TargetDedicatedNodes = 2;'.",
    );
  });

  it.each([
    [Duration.minutes(4), '4 minutes (PT4M)'],
    [Duration.hours(169), '169 hours (PT169H)'],
  ])('rejects an evaluation interval outside 5 minutes to 168 hours (%s)', (interval, shown) => {
    expect(() => newPool(newStack(), { scale: PoolScale.autoscale({ formula, evaluationInterval: interval }) })).toThrow(
      `[Test/Pool] scale.evaluationInterval is ${shown}; Batch accepts 5 minutes to 168 hours — use a value in that range, e.g. Duration.minutes(15).`,
    );
  });

  it('rejects negative max hints', () => {
    expect(() => newPool(newStack(), { scale: PoolScale.autoscale({ formula, maxSpotNodes: -1 }) })).toThrow(
      '[Test/Pool] scale.maxSpotNodes is -1; node counts are whole numbers >= 0',
    );
  });

  it('accepts max hints above what a fixed pool may target: they are declarations, not sent', () => {
    expect(() => newPool(newStack(), { scale: PoolScale.autoscale({ formula, maxDedicatedNodes: 3000, maxSpotNodes: 0 }) })).not.toThrow();
  });
});

describe('a pool without scale', () => {
  it('is rejected with the two ways to size a pool', () => {
    expect(() => newPool(newStack(), { scale: undefined as unknown as PoolScale })).toThrow(
      "[Test/Pool] scale is missing; a pool needs exactly one of fixed size or autoscale — pass PoolScale.fixed({ dedicatedNodes: 2 }) or PoolScale.autoscale({ formula: '...' }).",
    );
  });
});

describe('PoolScale', () => {
  it('records its mode and options', () => {
    const fixed = PoolScale.fixed({ dedicatedNodes: 2 });
    expect(fixed.mode).toBe(ScaleMode.FIXED);
    expect(fixed.fixedOptions).toEqual({ dedicatedNodes: 2 });
    expect(fixed.autoscaleOptions).toBeUndefined();
    const auto = PoolScale.autoscale({ formula: 'x' });
    expect(auto.mode).toBe(ScaleMode.AUTOSCALE);
    expect(auto.autoscaleOptions).toEqual({ formula: 'x' });
  });
});
