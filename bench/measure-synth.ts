import * as fs from 'fs';
import * as path from 'path';
import { BenchBuild } from './build';
import { frameworkOf, invocation, ModeName } from './modes';
import { blockDifferences, OutputSummary } from './output-summary';
import { runJson } from './processes';
import { ImagePath } from './scenario';
import { median, round, sidesInOrder } from './stats';

/** A shape of app: what the pools boot, and how many of them share one image. */
export interface SynthVariant {
  readonly name: string;
  readonly poolsPerImage: number;
  readonly imagePath: ImagePath;
}

/** The medians of one side (L1 or L2) in one mode at one size. */
export interface SynthSide {
  readonly runsMs: number[];
  readonly medianMs: number;
  /** CPU time (user + system) of the process over the same span: less sensitive to other load. */
  readonly medianCpuMs: number;
  /** The part of `medianMs` spent constructing the app, before `app.synth()`. */
  readonly medianConstructMs: number;
  readonly medianMaxRssMb: number;
  readonly outputBytes: number;
  readonly annotations: { [level: string]: number };
}

/** L1 against L2 in one mode. */
export interface ModeComparison {
  readonly mode: ModeName;
  readonly l1: SynthSide;
  readonly l2: SynthSide;
  /**
   * The control, when measured: the L1 resources placed in the construct tree the library builds
   * (its output is the same as L2's, byte for byte), which shows what nesting costs in cdktf.
   */
  readonly l1Nested?: SynthSide;
  readonly timeRatio: number;
  readonly cpuRatio: number;
  readonly rssRatio: number;
}

/** Every mode for one size and variant, measured in the same rounds. */
export interface SynthResult {
  readonly variant: string;
  readonly pools: number;
  readonly images: number;
  readonly modes: ModeComparison[];
  /** Resource, data source and provider blocks (the same in every output, or the bench fails). */
  readonly blocks: { [key: string]: number };
}

interface SynthRun {
  readonly ms: number;
  readonly cpuMs: number;
  readonly constructMs: number;
  readonly maxRssMb: number;
  readonly framework: string;
  readonly output: OutputSummary;
}

type Impl = 'l1' | 'l1-nested' | 'l2';

/**
 * Synthesizes the app at `pools` in fresh processes, `runs` times for every mode and side. One
 * round runs each (mode, side) once, in reverse order on odd rounds, so every side sees the same
 * machine load; a warm-up round comes first unless `warmUp` is false. With `nestedControl`, the
 * L1 control in L2's construct tree is a third side. Fails when two outputs do not declare the
 * same blocks.
 */
export function measureSynth(
  repoRoot: string,
  build: BenchBuild,
  modes: ModeName[],
  pools: number,
  variant: SynthVariant,
  runs: number,
  options: { warmUp: boolean; nestedControl: boolean },
): SynthResult {
  const impls: Impl[] = options.nestedControl ? ['l1', 'l1-nested', 'l2'] : ['l1', 'l2'];
  const pairs = modes.flatMap((mode) => impls.map((impl) => ({ mode, impl, key: `${mode}/${impl}` })));
  const run = (mode: ModeName, impl: Impl): SynthRun => {
    const outdir = fs.mkdtempSync(path.join(build.root, `out-${mode}-${impl}-`));
    try {
      const args = [impl, String(pools), String(variant.poolsPerImage), variant.imagePath, outdir];
      return runJson<SynthRun>(invocation(repoRoot, build, mode, 'synth-run', args));
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  };
  const samples = new Map<string, SynthRun[]>(pairs.map((p) => [p.key, []]));
  for (let i = options.warmUp ? -1 : 0; i < runs; i++) {
    for (const pair of sidesInOrder(i, pairs)) {
      const result = run(pair.mode, pair.impl);
      const expected = frameworkOf(pair.mode);
      if (result.framework !== expected) throw new Error(`${pair.key} ran on ${result.framework}, not ${expected}`);
      if (i >= 0) samples.get(pair.key)!.push(result);
    }
  }
  const reference = samples.get(pairs[0].key)![0].output;
  for (const pair of pairs.slice(1)) {
    const differences = blockDifferences(reference, samples.get(pair.key)![0].output);
    if (differences.length > 0) {
      throw new Error(`${pairs[0].key} and ${pair.key} outputs differ for ${pools} pools (${variant.name}):\n  ${differences.join('\n  ')}`);
    }
  }
  return {
    variant: variant.name,
    pools,
    images: Math.ceil(pools / variant.poolsPerImage),
    modes: modes.map((mode) => {
      const l1 = summarize(samples.get(`${mode}/l1`)!);
      const l2 = summarize(samples.get(`${mode}/l2`)!);
      const nested = samples.get(`${mode}/l1-nested`);
      return {
        mode,
        l1,
        l2,
        ...(nested ? { l1Nested: summarize(nested) } : {}),
        timeRatio: round(l2.medianMs / l1.medianMs, 3),
        cpuRatio: round(l2.medianCpuMs / l1.medianCpuMs, 3),
        rssRatio: round(l2.medianMaxRssMb / l1.medianMaxRssMb, 3),
      };
    }),
    blocks: reference.blocks,
  };
}

function summarize(runs: SynthRun[]): SynthSide {
  const med = (pick: (r: SynthRun) => number) => round(median(runs.map(pick)));
  return {
    runsMs: runs.map((r) => round(r.ms)),
    medianMs: med((r) => r.ms),
    medianCpuMs: med((r) => r.cpuMs),
    medianConstructMs: med((r) => r.constructMs),
    medianMaxRssMb: med((r) => r.maxRssMb),
    outputBytes: runs[0].output.bytes,
    annotations: runs[0].output.annotations,
  };
}
