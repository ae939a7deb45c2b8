import { Token, Tokenization } from 'cdktf';

// cdktf's BEGIN_STRING_TOKEN_MARKER, which every string token contains.
const STRING_TOKEN_MARKER = '${TfToken[';

/**
 * True when `value` is, or contains, a Terraform token that is only known at plan time
 * (a resource reference, a variable, a function call). Validation never guesses such values.
 */
export function isUnresolved(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  // Fast answers for the values validation checks by the thousand: a string token always holds
  // cdktf's marker, and a number token is a huge negative double, never a safe integer.
  if (typeof value === 'string') return value.includes(STRING_TOKEN_MARKER) && Token.isUnresolved(value);
  if (typeof value === 'number') return value < 0 && !Number.isSafeInteger(value) && Token.isUnresolved(value);
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
