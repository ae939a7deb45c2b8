import { IConstruct } from 'constructs';
import { Duration } from '../core/duration';
import { ConstructValidationError } from '../core/errors';
import { describeMismatch, describeValue, isRecord, optionalEnumValue, optionalObject, requireNumber, requireObject, requireString } from '../core/guards';
import { isUnresolved } from '../core/tokens';
import { ScaleDescription, ScaleMode } from '../spec/batch-pool';
import { AutoscaleOptions, FixedScaleOptions, NodeDeallocationMethod, PoolScale } from './pool-scale';


const DEFAULT_RESIZE_TIMEOUT = Duration.minutes(30);
const MIN_RESIZE_TIMEOUT_MINUTES = 5;
const DEFAULT_EVALUATION_INTERVAL = Duration.minutes(15);
const MIN_EVALUATION_INTERVAL_MINUTES = 5;
const MAX_EVALUATION_INTERVAL_MINUTES = 168 * 60;
// azurerm 4.x validates fixed_scale targets against these bounds at plan time.
const AZURERM_MAX_DEDICATED = 2000;
const AZURERM_MAX_LOW_PRIORITY = 1000;

/** Validates `scale` for the pool `scope` (errors carry its path) and normalises it into the pool's spec. */
export function bindPoolScale(scope: IConstruct, scale: PoolScale): ScaleDescription {
  // By shape, not instanceof: a second copy of this library in node_modules makes its own classes.
  if (!isRecord(scale) || !Object.values(ScaleMode).includes(scale.mode as ScaleMode)) {
    throw new ConstructValidationError(
      scope,
      `scale is ${scale === undefined || scale === null ? 'missing' : `${describeValue(scale)}, not a PoolScale`}; a pool needs exactly one of fixed size or autoscale — pass PoolScale.fixed({ dedicatedNodes: 2 }) or PoolScale.autoscale({ formula: '...' }).`,
    );
  }
  if (scale.mode === ScaleMode.AUTOSCALE) {
    requireObject(scope, 'scale (PoolScale.autoscale options)', scale.autoscaleOptions, "pass { formula: '...' } to PoolScale.autoscale");
    return bindAutoscale(scope, scale.autoscaleOptions!);
  }
  optionalObject(scope, 'scale (PoolScale.fixed options)', scale.fixedOptions ?? undefined, 'pass { dedicatedNodes, spotNodes, ... } to PoolScale.fixed, or nothing for one dedicated node');
  return bindFixed(scope, scale.fixedOptions ?? {});
}

function bindFixed(scope: IConstruct, options: FixedScaleOptions): ScaleDescription {
  optionalDuration(scope, 'scale.resizeTimeout', options.resizeTimeout);
  optionalEnumValue(scope, 'scale.nodeDeallocationMethod', options.nodeDeallocationMethod, NodeDeallocationMethod, 'NodeDeallocationMethod');
  const spotNodes = options.spotNodes ?? 0;
  const dedicatedNodes = options.dedicatedNodes ?? (options.spotNodes === undefined ? 1 : 0);
  checkNodeCount(scope, 'scale.dedicatedNodes', dedicatedNodes, AZURERM_MAX_DEDICATED);
  checkNodeCount(scope, 'scale.spotNodes', spotNodes, AZURERM_MAX_LOW_PRIORITY);

  const resizeTimeout = options.resizeTimeout ?? DEFAULT_RESIZE_TIMEOUT;
  if (!resizeTimeout.isUnresolved && resizeTimeout.toMinutes() < MIN_RESIZE_TIMEOUT_MINUTES) {
    throw new ConstructValidationError(
      scope,
      `scale.resizeTimeout is ${resizeTimeout} (${resizeTimeout.toIsoString()}); Batch rejects resize timeouts under ${MIN_RESIZE_TIMEOUT_MINUTES} minutes — use at least Duration.minutes(${MIN_RESIZE_TIMEOUT_MINUTES}), ideally 20-30 minutes for custom images.`,
    );
  }

  return {
    mode: ScaleMode.FIXED,
    dedicatedNodes,
    spotNodes,
    resizeTimeoutMinutes: resizeTimeout.toMinutes(),
    bounded: true,
    resizeTimeout: resizeTimeout.toIsoString(),
    nodeDeallocationMethod: options.nodeDeallocationMethod,
  };
}

function bindAutoscale(scope: IConstruct, options: AutoscaleOptions): ScaleDescription {
  requireString(scope, 'scale.formula', options.formula, "an autoscale pool needs a formula, e.g. '$TargetDedicatedNodes = 2;'");
  optionalDuration(scope, 'scale.evaluationInterval', options.evaluationInterval);
  if (!isUnresolved(options.formula) && (typeof options.formula !== 'string' || options.formula.trim() === '')) {
    throw new ConstructValidationError(
      scope,
      `scale.formula is '${options.formula ?? ''}'; an autoscale pool needs a formula, e.g. '$TargetDedicatedNodes = 2;'.`,
    );
  }
  const interval = options.evaluationInterval ?? DEFAULT_EVALUATION_INTERVAL;
  if (!interval.isUnresolved) {
    const minutes = interval.toMinutes();
    if (minutes < MIN_EVALUATION_INTERVAL_MINUTES || minutes > MAX_EVALUATION_INTERVAL_MINUTES) {
      throw new ConstructValidationError(
        scope,
        `scale.evaluationInterval is ${interval} (${interval.toIsoString()}); Batch accepts 5 minutes to 168 hours — use a value in that range, e.g. Duration.minutes(15).`,
      );
    }
  }
  if (options.maxDedicatedNodes !== undefined) checkNodeCount(scope, 'scale.maxDedicatedNodes', options.maxDedicatedNodes);
  if (options.maxSpotNodes !== undefined) checkNodeCount(scope, 'scale.maxSpotNodes', options.maxSpotNodes);

  return {
    mode: ScaleMode.AUTOSCALE,
    dedicatedNodes: options.maxDedicatedNodes,
    spotNodes: options.maxSpotNodes,
    bounded: options.maxDedicatedNodes !== undefined && options.maxSpotNodes !== undefined,
    formula: options.formula,
    evaluationInterval: interval.toIsoString(),
  };
}

/** Durations are `Duration` objects: an ISO string such as 'PT30M' would not be checked or converted. */
function optionalDuration(scope: IConstruct, what: string, value: Duration | undefined): void {
  if (value === undefined || (isRecord(value) && typeof value.toIsoString === 'function' && typeof value.toMinutes === 'function')) return;
  const hint = typeof value === 'string' ? `Duration.parse('${value}')` : 'Duration.minutes(30)';
  throw new ConstructValidationError(scope, `${what} ${describeMismatch(value, 'a Duration')}; pass e.g. ${hint}.`);
}

function checkNodeCount(scope: IConstruct, what: string, value: number, max?: number): void {
  requireNumber(scope, what, value, 'pass a whole number of nodes >= 0, e.g. 2');
  if (isUnresolved(value)) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new ConstructValidationError(scope, `${what} is ${value}; node counts are whole numbers >= 0 — use e.g. ${Math.max(0, Math.round(Number(value) || 0))}.`);
  }
  if (max !== undefined && value > max) {
    throw new ConstructValidationError(
      scope,
      `${what} is ${value}, above the ${max} that azurerm accepts for a fixed-size pool; use at most ${max}, split the nodes across pools (each with its own image, fact F5), or use PoolScale.autoscale.`,
    );
  }
}
