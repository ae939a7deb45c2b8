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
