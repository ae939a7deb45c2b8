import * as fs from 'fs';
import * as path from 'path';
import { BenchBuild } from './build';
import { runJson } from './processes';
import { L1_AND_L2, median, round, sidesInOrder } from './stats';

/** Requiring the library's entry point against requiring what it builds on. */
export interface ColdStartResult {
  /** What the baseline requires: `constructs`, `cdktf` and the provider submodules the library uses. */
  readonly baselineModules: string[];
  readonly baseline: { readonly medianMs: number; readonly medianMaxRssMb: number };
  readonly library: { readonly medianMs: number; readonly medianMaxRssMb: number };
  readonly addedMs: number;
  readonly addedRssMb: number;
}

/** Each side `runs` times in fresh plain-node processes, alternating, after one warm-up pair. */
export function measureColdStart(build: BenchBuild, runs: number): ColdStartResult {
  const script = path.join(build.compiledDir, 'bench', 'cold-start.js');
  const modules = {
    l1: ['constructs', 'cdktf', ...providerSubmodules(path.join(build.root, 'lib'))],
    l2: [path.join(build.root, 'lib', 'index.js')],
  };
  const samples: { [side: string]: Array<{ ms: number; maxRssMb: number }> } = { l1: [], l2: [] };
  for (let i = -1; i < runs; i++) {
    for (const side of sidesInOrder(i, L1_AND_L2)) {
      const result = runJson<{ ms: number; maxRssMb: number }>({ argv: [process.execPath, script, ...modules[side]], cwd: build.root, env: {} });
      if (i >= 0) samples[side].push(result);
    }
  }
  const summary = (side: string) => ({
    medianMs: round(median(samples[side].map((r) => r.ms))),
    medianMaxRssMb: round(median(samples[side].map((r) => r.maxRssMb))),
  });
  const baseline = summary('l1');
  const library = summary('l2');
  return {
    baselineModules: modules.l1,
    baseline,
    library,
    addedMs: round(library.medianMs - baseline.medianMs),
    addedRssMb: round(library.medianMaxRssMb - baseline.medianMaxRssMb),
  };
}

/** The deep `@cdktf/provider-azurerm` submodules the compiled library requires. */
function providerSubmodules(dir: string): string[] {
  const found = new Set<string>();
  const visit = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith('.js')) {
        for (const m of fs.readFileSync(full, 'utf8').matchAll(/require\("(@cdktf\/provider-azurerm\/[^"]+)"\)/g)) {
          found.add(m[1]);
        }
      }
    }
  };
  visit(dir);
  return [...found].sort();
}
