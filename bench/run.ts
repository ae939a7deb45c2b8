/*
 * `npm run bench`: synthesis benchmark of the library (L2, validation included) against the
 * same Terraform resources written with the provider bindings (L1), in every way an app is run
 * (modes.ts: ts-node as `cdktf synth` runs it, compiled, CDK Terrain's fast path) and for three
 * scenarios (gallery path, pools sharing images, legacy managed-image path). Every measurement
 * runs in a fresh process; every mode and side alternate in the same rounds so that all see the
 * same machine load. Prints the tables and writes bench/results.json; exits non-zero when a
 * target is missed.
 *
 * Environment: BENCH_SIZES (default `1000,5000`), BENCH_RUNS (runs per side below 5000 pools,
 * default 5), BENCH_RUNS_LARGE (from 5000 pools, default 3), BENCH_MODES (default all),
 * BENCH_WARMUP=0 (no warm-up round), BENCH_NESTED_CONTROL=1 (adds the nesting control side at
 * 1000 pools), BENCH_OUT (results file, default bench/results.json). `BENCH_SIZES=20 BENCH_RUNS=1 BENCH_RUNS_LARGE=1` is a quick run.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { buildForBench } from './build';
import { measureColdStart } from './measure-cold-start';
import { measureEndToEnd } from './measure-end-to-end';
import { measureSynth, SynthResult, SynthVariant } from './measure-synth';
import { MODES, ModeName } from './modes';
import { BenchResults, evaluateTargets, renderReport } from './report';
import { round } from './stats';

const ROOT = path.resolve(__dirname, '..');
const SIZES = (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number);
const RUNS = positive('BENCH_RUNS', 5);
const RUNS_LARGE = positive('BENCH_RUNS_LARGE', 3);
const LARGE = 5000;
const CONTROL_SIZE = 1000;
const SELECTED_MODES = (process.env.BENCH_MODES ?? MODES.map((m) => m.name).join(',')).split(',') as ModeName[];
const OUT = path.resolve(process.env.BENCH_OUT ?? path.join(ROOT, 'bench', 'results.json'));
const VARIANTS: SynthVariant[] = [
  { name: 'gallery, own image per pool', poolsPerImage: 1, imagePath: 'gallery' },
  { name: 'gallery, 10 pools per image', poolsPerImage: 10, imagePath: 'gallery' },
  { name: 'managed image (legacy, before 2026-04-01)', poolsPerImage: 1, imagePath: 'managed-image' },
];

function main(): void {
  for (const mode of SELECTED_MODES) {
    if (!MODES.some((m) => m.name === mode)) throw new Error(`BENCH_MODES: unknown mode '${mode}' (${MODES.map((m) => m.name).join(', ')})`);
  }
  const started = performance.now();
  const cpuAtStart = cpuTimes();
  const build = buildForBench(ROOT);
  try {
    const coldStart = measureColdStart(build, RUNS);
    const synth: SynthResult[] = [];
    for (const pools of SIZES) {
      for (const variant of VARIANTS) {
        // Runs at the largest size take up to a minute each under ts-node: fewer of them, and no
        // warm-up round of their own (the runs just before, of the same code and files, are the
        // warm-up).
        const large = pools >= LARGE;
        const result = measureSynth(ROOT, build, SELECTED_MODES, pools, variant, large ? RUNS_LARGE : RUNS, {
          warmUp: !large && process.env.BENCH_WARMUP !== '0',
          nestedControl: pools === CONTROL_SIZE && process.env.BENCH_NESTED_CONTROL === '1',
        });
        synth.push(result);
        for (const m of result.modes) {
          process.stderr.write(
            `${pools} pools, ${variant.name}, ${m.mode}: L1 ${m.l1.medianMs} ms, L2 ${m.l2.medianMs} ms (x${m.timeRatio}, CPU x${m.cpuRatio}), RSS x${m.rssRatio}\n`,
          );
        }
      }
    }
    const endToEnd = measureEndToEnd(ROOT, build, RUNS);
    const benchSeconds = round((performance.now() - started) / 1000);
    const results: BenchResults = {
      machine: {
        cores: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        memoryGb: round(os.totalmem() / 1024 ** 3),
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
        date: new Date().toISOString(),
        otherLoadPercent: otherLoadPercent(cpuAtStart, cpuTimes()),
      },
      modes: MODES.filter((m) => SELECTED_MODES.includes(m.name)).map((m) => ({ name: m.name, description: m.description })),
      runsPerSide: { belowLargeSize: RUNS, atLargeSize: RUNS_LARGE, largeSize: LARGE },
      coldStart,
      synth,
      endToEnd,
      targets: evaluateTargets(synth, coldStart, endToEnd),
      benchSeconds,
    };
    fs.writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
    console.log(renderReport(results));
    if (results.targets.some((t) => !t.met)) process.exitCode = 1;
  } finally {
    fs.rmSync(build.root, { recursive: true, force: true });
  }
}

function positive(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1, not '${process.env[name]}'`);
  return value;
}

/** Busy, idle and stolen CPU time of the machine so far (Linux), in clock ticks. */
function cpuTimes(): { busy: number; idle: number; steal: number } | undefined {
  try {
    const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = fields;
    return { busy: user + nice + system + irq + softirq, idle: idle + iowait, steal };
  } catch {
    return undefined;
  }
}

/**
 * CPU time the bench did not use itself: other processes' share of the machine, plus time
 * stolen by the hypervisor. The bench runs one process at a time, so it uses at most one core.
 */
function otherLoadPercent(start: ReturnType<typeof cpuTimes>, end: ReturnType<typeof cpuTimes>): number | undefined {
  if (!start || !end) return undefined;
  const busy = end.busy - start.busy;
  const idle = end.idle - start.idle;
  const steal = end.steal - start.steal;
  const total = busy + idle + steal;
  const own = total / os.cpus().length;
  return round((Math.max(0, busy - own) + steal) / total * 100, 0);
}

main();
