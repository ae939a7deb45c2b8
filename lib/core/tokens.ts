import { Token, Tokenization } from 'cdktf';

/**
 * True when `value` is, or contains, a Terraform token that is only known at plan time
 * (a resource reference, a variable, a function call). Validation never guesses such values.
 */
export function isUnresolved(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string' || typeof value === 'number') return Token.isUnresolved(value);
  if (Array.isArray(value)) return Token.isUnresolved(value) || value.some(isUnresolved);
  if (typeof value === 'object') {
    if (Tokenization.isResolvable(value)) return true;
    return Object.values(value as Record<string, unknown>).some(isUnresolved);
  }
  return false;
}

/** The value when it is known at synth time, otherwise undefined. */
export function knownOrUndefined<T>(value: T | undefined): T | undefined {
  return value === undefined || isUnresolved(value) ? undefined : value;
}
