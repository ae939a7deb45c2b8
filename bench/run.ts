/*
 * `npm run bench`: synthesis benchmark of the library (L2, validation included) against the
 * same Terraform resources written with the provider bindings (L1). Every measurement runs in a
 * fresh process; L1 and L2 runs alternate so that both see the same machine load. Prints the
 * tables and writes bench/results.json; exits non-zero when a target of issue 6 is missed.
 *
 * Environment: BENCH_SIZES (default `10,100,1000,5000`) and BENCH_RUNS (runs per side at 5000
 * pools, at least 5; smaller sizes get two more) shorten or lengthen a run.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { buildForBench } from './build';
import { measureColdStart } from './measure-cold-start';
import { measureEndToEnd } from './measure-end-to-end';
import { measureSynth, SynthResult } from './measure-synth';
import { BenchResults, evaluateTargets, renderReport } from './report';
import { round } from './stats';

const ROOT = path.resolve(__dirname, '..');
const SIZES = (process.env.BENCH_SIZES ?? '10,100,1000,5000').split(',').map(Number);
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const LARGE = 5000;
const CONTROL_SIZE = 1000;
const VARIANTS = [
  { name: 'own image per pool', poolsPerImage: 1 },
  { name: '10 pools per image', poolsPerImage: 10 },
];
const BUDGET_SECONDS = 600;

function main(): void {
  const started = performance.now();
  const cpuAtStart = cpuTimes();
  const build = buildForBench(ROOT);
  try {
    const coldStart = measureColdStart(build, RUNS + 2);
    const synth: SynthResult[] = [];
    for (const pools of SIZES) {
      for (const variant of VARIANTS) {
        // Runs at the largest size take ~20 s each: fewer of them, and no warm-up round of their
        // own (the runs just before, of the same code and files, are the warm-up), keep the whole
        // bench under 10 minutes on 2 cores. The nesting control runs at 1000 pools only.
        const large = pools >= LARGE;
        const result = measureSynth(build, pools, variant, large ? RUNS : RUNS + 2, {
          warmUp: !large,
          nestedControl: pools === CONTROL_SIZE,
        });
        synth.push(result);
        process.stderr.write(
          `${pools} pools, ${variant.name}: L1 ${result.l1.medianMs} ms, L2 ${result.l2.medianMs} ms (x${result.timeRatio}, CPU x${result.cpuRatio}), RSS x${result.rssRatio}\n`,
        );
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
      runsPerSide: { upTo1000Pools: RUNS + 2, at5000Pools: RUNS },
      coldStart,
      synth,
      endToEnd,
      targets: evaluateTargets(synth, coldStart),
      benchSeconds,
    };
    fs.writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(renderReport(results));
    if (benchSeconds > BUDGET_SECONDS) console.log(`WARNING: the bench took longer than ${BUDGET_SECONDS} s.`);
    if (results.targets.some((t) => !t.met)) process.exitCode = 1;
  } finally {
    fs.rmSync(build, { recursive: true, force: true });
  }
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
