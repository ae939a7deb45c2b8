import { Fn, IResolvable, Op } from 'cdktf';
import { normalizeLocation } from '../../core/location';
import { isUnresolved } from '../../core/tokens';

/*
 * Builders for the Terraform expressions of plan-time guards (see plan-guard.ts). Each takes
 * values as the rules see them, a literal or a cdktf token, and folds what is known at synth:
 * only the tokens are left for Terraform. Expressions are built with cdktf's own `Fn` and `Op`,
 * so references resolve as in the rest of the stack.
 *
 * Two habits of cdktf's rendering are worked around: string literals are written without
 * escaping backslashes (so no literal here contains one: regular expressions are avoided), and
 * a literal 0 operand of an operator (`Op`) is written as `undefined` (so no operator here
 * gets a 0; function arguments are written correctly).
 */

/** A condition: a Terraform boolean expression. */
export type Condition = IResolvable;

/** Terraform's form of `normalizeLocation`: `West Europe` and `westeurope` compare equal. */
function normalizedRegion(location: string): string {
  if (!isUnresolved(location)) return normalizeLocation(location);
  return Fn.lower(Fn.replace(location, ' ', ''));
}

/** The two regions are the same region, compared normalised. */
export function sameRegion(a: string, b: string): Condition {
  return Op.eq(normalizedRegion(a), normalizedRegion(b));
}

/** `region` is one of `regions` (a list, or a list token), compared normalised. */
export function regionAmong(regions: string[], region: string): Condition {
  // One string for the whole list, normalised once: no for-expression needed.
  const joined = isUnresolved(regions) || regions.some(isUnresolved) ? Fn.join(',', regions) : regions.join(',');
  return Fn.contains(Fn.split(',', normalizedRegion(joined)), normalizedRegion(region));
}

/** The two strings are equal ignoring case (resource IDs, subscription IDs). */
export function sameIgnoringCase(a: string, b: string): Condition {
  return Op.eq(lower(a), lower(b));
}

/**
 * The family of a node agent SKU (`ubuntu` for `batch.node.ubuntu 22.04`) is not one of
 * `families`: the form `core/node-agent-sku-os.ts` reads, lower-cased and trimmed.
 */
export function skuFamilyNotAmong(sku: string, families: readonly string[]): Condition {
  const firstWord = Fn.element(Fn.split(' ', Fn.lower(Fn.trimspace(sku))), 0);
  return Op.not(Fn.contains([...families], Fn.trimprefix(firstWord, 'batch.node.')));
}

/**
 * The sum of `counts`: literals folded into one number, tokens added by Terraform's `sum` over a
 * flat list (cdktf resolves nested operators once per level and path, which grows exponentially
 * with a chain of `+`).
 */
export function sum(counts: number[]): number {
  const known = counts.filter((c) => !isUnresolved(c)).reduce((a, b) => a + b, 0);
  const tokens = counts.filter((c) => isUnresolved(c));
  if (tokens.length === 0) return known;
  if (tokens.length === 1 && known === 0) return tokens[0];
  return Fn.sum(known === 0 ? tokens : [...tokens, known]);
}

/** `value <= limit`. */
export function atMost(value: number, limit: number): Condition {
  return Op.lte(value, limit);
}

function lower(value: string): string {
  return isUnresolved(value) ? Fn.lower(value) : value.toLowerCase();
}
