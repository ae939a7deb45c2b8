import * as fc from 'fast-check';

/**
 * fast-check parameters for one property. `FUZZ_RUNS` sets the runs per property (`npm run
 * test:fuzz` sets 1000; `npm test` runs 50 by default); `FUZZ_SEED` (and `FUZZ_PATH`) replay a
 * failure: fast-check prints both in the error of a failing property.
 */
export function fuzzParameters<T>(): fc.Parameters<T> {
  const seed = process.env.FUZZ_SEED;
  return {
    numRuns: Number(process.env.FUZZ_RUNS ?? 50),
    ...(seed !== undefined ? { seed: Number(seed), path: process.env.FUZZ_PATH } : {}),
  };
}

/** Generous jest timeout for a property: 100 ms per run, at least 30 s. */
export function fuzzTimeout(): number {
  return Math.max(30_000, Number(process.env.FUZZ_RUNS ?? 50) * 100);
}
