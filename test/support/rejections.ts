import { ConstructValidationError } from '../../lib/core/errors';

/** The error `fn` throws; fails the test when it throws none. */
export function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error, but none was thrown');
}

/** Asserts `fn` is rejected at construction with a message containing `message`. */
export function expectRejected(fn: () => unknown, message: string): void {
  const error = errorOf(fn);
  expect(error).toBeInstanceOf(ConstructValidationError);
  expect(error.message).toContain(message);
}
