import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
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
  readonly l1: EndToEndSide;
  readonly l2: EndToEndSide;
  readonly timeRatio: number;
}

/**
 * The example app (bin/main.ts) against bench/l1-app.ts, as whole processes: with the
 * `npm run synth` command (ts-node, which transpiles the library's sources on every run), and
 * compiled to JavaScript, as an app using the published package runs.
 */
export function measureEndToEnd(root: string, build: string, runs: number): EndToEndResult[] {
  const tsNode = path.join(root, 'node_modules', '.bin', 'ts-node');
  const modes = [
    {
      command: 'ts-node --transpile-only <app>.ts (the `npm run synth` script)',
      cwd: root,
      l1: [tsNode, '--transpile-only', 'bench/l1-app.ts'],
      l2: [tsNode, '--transpile-only', 'bin/main.ts'],
    },
    {
      command: 'node <app>.js (compiled, as with the published package)',
      cwd: build,
      l1: ['node', path.join(build, 'bench', 'l1-app.js')],
      l2: ['node', path.join(build, 'bin', 'main.js')],
    },
  ];
  return modes.map((mode) => {
    const samples: { [side: string]: Array<{ ms: number; maxRssMb: number; output: OutputSummary }> } = { l1: [], l2: [] };
    for (let i = -1; i < runs; i++) {
      for (const side of sidesInOrder(i, L1_AND_L2)) {
        const outdir = path.join(build, `e2e-${side}`);
        try {
          const start = performance.now();
          const { maxRssMb } = runTimed(mode[side], mode.cwd, { CDKTF_OUTDIR: outdir });
          const ms = performance.now() - start;
          if (i >= 0) samples[side].push({ ms, maxRssMb, output: summarizeOutput(outdir, 'batch-images') });
        } finally {
          fs.rmSync(outdir, { recursive: true, force: true });
        }
      }
    }
    const differences = blockDifferences(samples.l1[0].output, samples.l2[0].output);
    if (differences.length > 0) {
      throw new Error(`the example app and bench/l1-app.ts declare different blocks:\n  ${differences.join('\n  ')}`);
    }
    const side = (s: string): EndToEndSide => ({
      medianMs: round(median(samples[s].map((r) => r.ms))),
      medianMaxRssMb: round(median(samples[s].map((r) => r.maxRssMb))),
      annotations: samples[s][0].output.annotations,
    });
    const l1 = side('l1');
    const l2 = side('l2');
    return { command: mode.command, l1, l2, timeRatio: round(l2.medianMs / l1.medianMs, 3) };
  });
}
