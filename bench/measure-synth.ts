import * as fs from 'fs';
import * as path from 'path';
import { blockDifferences, OutputSummary } from './output-summary';
import { runJson } from './processes';
import { median, round, sidesInOrder } from './stats';

/** A shape of app: how many pools, and how many of them share one image. */
export interface SynthVariant {
  readonly name: string;
  readonly poolsPerImage: number;
}

/** The medians of one side (L1 or L2) at one size. */
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

/** L1 against L2 for one size and variant. */
export interface SynthResult {
  readonly variant: string;
  readonly pools: number;
  readonly images: number;
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
  /** Resource, data source and provider blocks (the same in both outputs, or the bench fails). */
  readonly blocks: { [key: string]: number };
}

interface SynthRun {
  readonly ms: number;
  readonly cpuMs: number;
  readonly constructMs: number;
  readonly maxRssMb: number;
  readonly output: OutputSummary;
}

type Impl = 'l1' | 'l1-nested' | 'l2';

/**
 * Synthesizes the app at `pools` in fresh processes, `runs` times per side, the sides
 * alternating, after a warm-up round unless `warmUp` is false; with `nestedControl`, the L1
 * control in L2's construct tree is a third side. Fails when the outputs do not declare the same
 * blocks.
 */
export function measureSynth(
  build: string,
  pools: number,
  variant: SynthVariant,
  runs: number,
  options: { warmUp: boolean; nestedControl: boolean },
): SynthResult {
  const script = path.join(build, 'bench', 'synth-run.js');
  const sides: Impl[] = options.nestedControl ? ['l1', 'l1-nested', 'l2'] : ['l1', 'l2'];
  const run = (impl: Impl): SynthRun => {
    const outdir = fs.mkdtempSync(path.join(build, `out-${impl}-`));
    try {
      return runJson<SynthRun>(['node', script, impl, String(pools), String(variant.poolsPerImage), outdir], build);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  };
  const samples: { [side: string]: SynthRun[] } = Object.fromEntries(sides.map((side) => [side, []]));
  for (let i = options.warmUp ? -1 : 0; i < runs; i++) {
    for (const side of sidesInOrder(i, sides)) {
      const result = run(side);
      if (i >= 0) samples[side].push(result);
    }
  }
  for (const side of sides.filter((s) => s !== 'l1')) {
    const differences = blockDifferences(samples.l1[0].output, samples[side][0].output);
    if (differences.length > 0) {
      throw new Error(`l1 and ${side} outputs differ for ${pools} pools (${variant.name}):\n  ${differences.join('\n  ')}`);
    }
  }
  const l1 = summarize(samples.l1);
  const l2 = summarize(samples.l2);
  return {
    variant: variant.name,
    pools,
    images: Math.ceil(pools / variant.poolsPerImage),
    l1,
    l2,
    ...(samples['l1-nested'] ? { l1Nested: summarize(samples['l1-nested']) } : {}),
    timeRatio: round(l2.medianMs / l1.medianMs, 3),
    cpuRatio: round(l2.medianCpuMs / l1.medianCpuMs, 3),
    rssRatio: round(l2.medianMaxRssMb / l1.medianMaxRssMb, 3),
    blocks: samples.l1[0].output.blocks,
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
