import { IConstruct } from 'constructs';

/**
 * Thrown when a construct is given a value that Azure would reject.
 *
 * The message always starts with the construct path, so the person at the terminal
 * knows which line of their app to change.
 */
export class ConstructValidationError extends Error {
  /** Path of the construct that received the bad value. */
  public readonly constructPath: string;

  constructor(scope: IConstruct, message: string) {
    super(`[${scope.node.path}] ${message}`);
    this.name = 'ConstructValidationError';
    this.constructPath = scope.node.path;
  }
}

/** Thrown for malformed input that is not tied to a construct (a resource ID, a duration). */
export class InvalidValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidValueError';
  }
}

/** Rethrows `InvalidValueError`s from `fn` as `ConstructValidationError`s carrying the path. */
export function withConstructPath<T>(scope: IConstruct, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof InvalidValueError) {
      throw new ConstructValidationError(scope, e.message);
    }
    throw e;
  }
}

/**
 * Collects the problems of one construct so that they are reported together: a user fixing a
 * pool sees every wrong value at once instead of one per synth. Each problem becomes one line
 * `[path] message`; with a single problem the error reads exactly as a single throw would.
 */
export class ProblemList {
  private readonly messages: string[] = [];

  constructor(private readonly scope: IConstruct) {}

  /** Records a problem (a sentence naming the value and the fix). */
  public add(message: string): void {
    this.messages.push(message);
  }

  /** Runs `check`, recording a `ConstructValidationError` or `InvalidValueError` it throws instead of stopping. */
  public collect(check: () => void): void {
    try {
      check();
    } catch (e) {
      if (e instanceof ConstructValidationError && e.constructPath === this.scope.node.path) {
        this.messages.push(e.message.slice(`[${e.constructPath}] `.length));
      } else if (e instanceof InvalidValueError) {
        this.messages.push(e.message);
      } else {
        throw e;
      }
    }
  }

  /** Like `collect`, returning what `check` returns, or undefined when it recorded a problem. */
  public collectValue<T>(check: () => T): T | undefined {
    let value: T | undefined;
    this.collect(() => {
      value = check();
    });
    return value;
  }

  /** Throws one `ConstructValidationError` listing every recorded problem, if there is any. */
  public throwIfAny(): void {
    if (this.messages.length === 0) return;
    const path = this.scope.node.path;
    throw new ConstructValidationError(this.scope, this.messages.join(`\n[${path}] `));
  }
}
