/** Median of a non-empty list. */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** `value` rounded to `digits` decimals. */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** The two sides of a comparison. */
export const L1_AND_L2: Array<'l1' | 'l2'> = ['l1', 'l2'];

/** Interleaving order of run `i`: the sides as given on even runs, reversed on odd ones. */
export function sidesInOrder<T>(i: number, sides: T[]): T[] {
  return i % 2 === 0 ? [...sides] : [...sides].reverse();
}
