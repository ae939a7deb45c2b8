import { Duration } from '../core/duration';
import { ScaleMode } from '../spec/batch-pool';

/** What happens to running tasks when a fixed-size pool shrinks. */
export enum NodeDeallocationMethod {
  /** Stop running tasks and put them back in the job queue. */
  REQUEUE = 'Requeue',
  /** Stop running tasks; they are not run again. */
  TERMINATE = 'Terminate',
  /** Let running tasks finish; schedule no new ones. */
  TASK_COMPLETION = 'TaskCompletion',
  /** Let running tasks finish and wait for their data retention periods to expire. */
  RETAINED_DATA = 'RetainedData',
}

/** Options of a fixed-size pool. */
export interface FixedScaleOptions {
  /**
   * Target number of dedicated nodes.
   *
   * @default - 1 when `spotNodes` is not set, otherwise 0
   */
  readonly dedicatedNodes?: number;
  /**
   * Target number of Spot (low-priority) nodes.
   *
   * @default 0
   */
  readonly spotNodes?: number;
  /**
   * How long Batch may take to allocate the nodes. Custom-image pools take longer to allocate
   * than marketplace pools; Azure recommends 20-30 minutes for them (fact F7), whereas Azure's
   * and azurerm's default is 15. At least 5 minutes (Batch rejects shorter values). The Batch
   * API documents no upper bound.
   *
   * @default Duration.minutes(30)
   * @see https://learn.microsoft.com/azure/batch/batch-custom-images
   */
  readonly resizeTimeout?: Duration;
  /**
   * What happens to running tasks when the pool shrinks.
   *
   * @default - not set: Batch uses NodeDeallocationMethod.REQUEUE
   */
  readonly nodeDeallocationMethod?: NodeDeallocationMethod;
}

/** Options of an autoscale pool. */
export interface AutoscaleOptions {
  /**
   * The autoscale formula, evaluated by Batch to set the target node counts.
   *
   * @see https://learn.microsoft.com/azure/batch/batch-automatic-scaling
   */
  readonly formula: string;
  /**
   * How often Batch evaluates the formula: between 5 minutes and 168 hours.
   *
   * @default Duration.minutes(15)
   */
  readonly evaluationInterval?: Duration;
  /**
   * The most dedicated nodes the formula will ask for. Not sent to Azure: the node-limit rules
   * (fact F4) count it. Declare both maxima to have this pool counted.
   *
   * @default - undeclared: the pool is unbounded for the limit rules
   */
  readonly maxDedicatedNodes?: number;
  /**
   * The most Spot (low-priority) nodes the formula will ask for; see `maxDedicatedNodes`.
   *
   * @default - undeclared: the pool is unbounded for the limit rules
   */
  readonly maxSpotNodes?: number;
}

/**
 * How a pool is sized: a fixed number of nodes, or an autoscale formula.
 *
 * @see https://learn.microsoft.com/azure/batch/batch-automatic-scaling
 */
export class PoolScale {
  /** A fixed-size pool. */
  public static fixed(options: FixedScaleOptions = {}): PoolScale {
    return new PoolScale(ScaleMode.FIXED, options, undefined);
  }

  /** A pool sized by an autoscale formula. */
  public static autoscale(options: AutoscaleOptions): PoolScale {
    return new PoolScale(ScaleMode.AUTOSCALE, undefined, options);
  }

  /** Fixed or autoscale. */
  public readonly mode: ScaleMode;
  /** The options of a fixed-size pool (undefined for autoscale). */
  public readonly fixedOptions?: FixedScaleOptions;
  /** The options of an autoscale pool (undefined for fixed size). */
  public readonly autoscaleOptions?: AutoscaleOptions;

  private constructor(mode: ScaleMode, fixedOptions?: FixedScaleOptions, autoscaleOptions?: AutoscaleOptions) {
    this.mode = mode;
    this.fixedOptions = fixedOptions;
    this.autoscaleOptions = autoscaleOptions;
  }
}
