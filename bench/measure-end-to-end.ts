import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { BenchBuild } from './build';
import { Invocation } from './modes';
import { blockDifferences, OutputSummary, summarizeOutput } from './output-summary';
import { runTimed } from './processes';
import { L1_AND_L2, median, round, sidesInOrder } from './stats';

/** Medians of one app run as a whole process. */
export interface EndToEndSide {
  readonly medianMs: number;
  readonly medianMaxRssMb: number;
  readonly annotations: { [level: string]: number };
}

/** The example app against the L1-only app, run one way. */
export interface EndToEndResult {
  readonly command: string;
  /** True for the way `npm run synth` runs the example app (the issue-14 target applies). */
  readonly npmRunSynth: boolean;
  readonly l1: EndToEndSide;
  readonly l2: EndToEndSide;
  readonly timeRatio: number;
}

const EXAMPLE_APP = 'bin/main.ts';
const L1_APP = 'bench/l1-app.ts';

/**
 * The example app (bin/main.ts) against bench/l1-app.ts, as whole processes: with the
 * `npm run synth` command in the repository (the library's sources, as a clone runs them), and
 * compiled to JavaScript against the built package.
 */
export function measureEndToEnd(repoRoot: string, build: BenchBuild, runs: number): EndToEndResult[] {
  const synthScript: string = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).scripts.synth;
  const words = synthScript.trim().split(/\s+/);
  if (!words.includes(EXAMPLE_APP)) throw new Error(`npm run synth ('${synthScript}') does not run ${EXAMPLE_APP}`);
  const npmSynth = (app: string): Invocation => ({
    argv: [path.join(repoRoot, 'node_modules', '.bin', words[0]), ...words.slice(1).map((w) => (w === EXAMPLE_APP ? app : w))],
    cwd: repoRoot,
    env: {},
  });
  const compiled = (app: string): Invocation => ({
    argv: [process.execPath, app.replace(/\.ts$/, '.js')],
    cwd: build.compiledDir,
    env: {},
  });
  const modes = [
    { command: `${synthScript} (\`npm run synth\`)`, npmRunSynth: true, l1: npmSynth(L1_APP), l2: npmSynth(EXAMPLE_APP) },
    { command: 'node <app>.js (compiled, built package)', npmRunSynth: false, l1: compiled(L1_APP), l2: compiled(EXAMPLE_APP) },
  ];
  return modes.map((mode) => {
    const samples: { [side: string]: Array<{ ms: number; maxRssMb: number; output: OutputSummary }> } = { l1: [], l2: [] };
    for (let i = -1; i < runs; i++) {
      for (const side of sidesInOrder(i, L1_AND_L2)) {
        const outdir = path.join(build.root, `e2e-${side}`);
        try {
          const start = performance.now();
          const { maxRssMb } = runTimed({ ...mode[side], env: { CDKTF_OUTDIR: outdir } });
          const ms = performance.now() - start;
          if (i >= 0) samples[side].push({ ms, maxRssMb, output: summarizeOutput(outdir, 'batch-images') });
        } finally {
          fs.rmSync(outdir, { recursive: true, force: true });
        }
      }
    }
    const differences = blockDifferences(samples.l1[0].output, samples.l2[0].output);
    if (differences.length > 0) {
      throw new Error(`the example app and ${L1_APP} declare different blocks:\n  ${differences.join('\n  ')}`);
    }
    const side = (s: string): EndToEndSide => ({
      medianMs: round(median(samples[s].map((r) => r.ms))),
      medianMaxRssMb: round(median(samples[s].map((r) => r.maxRssMb))),
      annotations: samples[s][0].output.annotations,
    });
    const l1 = side('l1');
    const l2 = side('l2');
    return { command: mode.command, npmRunSynth: mode.npmRunSynth, l1, l2, timeRatio: round(l2.medianMs / l1.medianMs, 3) };
  });
}
