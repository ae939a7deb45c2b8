import { ColdStartResult } from './measure-cold-start';
import { EndToEndResult } from './measure-end-to-end';
import { SynthResult } from './measure-synth';
import { MODES, ModeName } from './modes';
import { round } from './stats';

/** One target, as measured. */
export interface TargetResult {
  readonly target: string;
  readonly value: number;
  readonly limit: number;
  readonly met: boolean;
}

/** Everything a bench run measured; written to bench/results.json. */
export interface BenchResults {
  readonly machine: {
    readonly cores: number;
    readonly cpuModel: string;
    readonly memoryGb: number;
    readonly node: string;
    readonly platform: string;
    readonly date: string;
    /** Share of the machine's CPU time used by other processes (or stolen) while the bench ran. */
    readonly otherLoadPercent?: number;
  };
  readonly modes: Array<{ readonly name: ModeName; readonly description: string }>;
  readonly runsPerSide: { readonly belowLargeSize: number; readonly atLargeSize: number; readonly largeSize: number };
  readonly coldStart: ColdStartResult;
  readonly synth: SynthResult[];
  readonly endToEnd: EndToEndResult[];
  readonly targets: TargetResult[];
  readonly benchSeconds: number;
}

/** Ratio targets apply from this size up; smaller apps are dominated by fixed costs. */
export const TARGET_MIN_POOLS = 1000;
const RSS_RATIO_LIMIT = 1.2;
const FAST_TO_TS_NODE_LIMIT = 0.35;
const NPM_RUN_SYNTH_LIMIT = 1.5;
const COLD_START_ADDED_MS_LIMIT = 100;
const SCALING_LIMIT = 5.5;

/** Issue 14's targets (and issue 6's scaling and cold-start ones) from the results. */
export function evaluateTargets(synth: SynthResult[], coldStart: ColdStartResult, endToEnd: EndToEndResult[]): TargetResult[] {
  const targets: TargetResult[] = [];
  const add = (target: string, value: number | undefined, limit: number): void => {
    if (value !== undefined) targets.push({ target, value: round(value, 3), limit, met: value <= limit });
  };
  for (const r of synth.filter((x) => x.pools >= TARGET_MIN_POOLS)) {
    for (const m of r.modes) {
      add(`L2/L1 synth time, ${m.mode}, ${r.pools} pools, ${r.variant}`, m.timeRatio, limitOf(m.mode));
      add(`peak RSS L2/L1, ${m.mode}, ${r.pools} pools, ${r.variant}`, m.rssRatio, RSS_RATIO_LIMIT);
    }
    const fast = r.modes.find((m) => m.mode === 'cdktn-fast');
    const tsNode = r.modes.find((m) => m.mode === 'ts-node');
    if (fast && tsNode) {
      add(`L2 time cdktn-fast/ts-node, ${r.pools} pools, ${r.variant}`, fast.l2.medianMs / tsNode.l2.medianMs, FAST_TO_TS_NODE_LIMIT);
    }
  }
  for (const variant of [...new Set(synth.map((r) => r.variant))]) {
    const compiledAt = (pools: number) =>
      synth.find((r) => r.pools === pools && r.variant === variant)?.modes.find((m) => m.mode === 'compiled');
    const small = compiledAt(1000);
    const large = compiledAt(5000);
    if (small && large) add(`L2 time(5000)/time(1000), compiled, ${variant}`, large.l2.medianMs / small.l2.medianMs, SCALING_LIMIT);
  }
  for (const e of endToEnd.filter((x) => x.npmRunSynth)) {
    add('`npm run synth` end to end, example app / L1-only app', e.timeRatio, NPM_RUN_SYNTH_LIMIT);
  }
  add('cold start: ms added by requiring the library', coldStart.addedMs, COLD_START_ADDED_MS_LIMIT);
  return targets;
}

function limitOf(mode: ModeName): number {
  return MODES.find((m) => m.name === mode)!.timeRatioLimit;
}

/** The results as text: Markdown tables ready for the README. */
export function renderReport(results: BenchResults): string {
  const m = results.machine;
  const load = m.otherLoadPercent === undefined ? '' : `; other load during the run: ${m.otherLoadPercent}% of CPU`;
  const runs = results.runsPerSide;
  const lines = [
    `Machine: ${m.cores} cores (${m.cpuModel}), ${m.memoryGb} GB RAM, Node ${m.node}, ${m.platform}, ${m.date.slice(0, 10)}${load}`,
    '',
    'Modes:',
    ...results.modes.map((mode) => `- ${mode.name}: ${mode.description}`),
    '',
    `Synth: construct + app.synth(), median of ${runs.belowLargeSize} runs per side below ${runs.largeSize} pools and ` +
      `${runs.atLargeSize} from ${runs.largeSize}, each run in a fresh process, every mode and side alternating in the same rounds`,
    '',
    ...markdownTable(
      ['mode', 'scenario', 'pools', 'images', 'L1 ms', 'L2 ms', 'L2/L1', 'L2/L1 CPU', 'L1 RSS MB', 'L2 RSS MB', 'RSS L2/L1', 'L1 KB', 'L2 KB', 'resources', 'L2 warnings'],
      results.synth.flatMap((r) =>
        r.modes.map((c) => [
          c.mode,
          r.variant,
          String(r.pools),
          String(r.images),
          c.l1.medianMs.toFixed(0),
          c.l2.medianMs.toFixed(0),
          c.timeRatio.toFixed(2),
          c.cpuRatio.toFixed(2),
          c.l1.medianMaxRssMb.toFixed(0),
          c.l2.medianMaxRssMb.toFixed(0),
          c.rssRatio.toFixed(2),
          (c.l1.outputBytes / 1024).toFixed(0),
          (c.l2.outputBytes / 1024).toFixed(0),
          String(Object.entries(r.blocks).filter(([k]) => k.startsWith('resource.')).reduce((sum, [, n]) => sum + n, 0)),
          String(c.l2.annotations['@cdktf/warn'] ?? 0),
        ]),
      ),
    ),
    '',
  ];
  for (const r of results.synth) {
    for (const c of r.modes.filter((x) => x.l1Nested)) {
      const nested = c.l1Nested!;
      lines.push(
        `Nesting control, ${c.mode}, ${r.pools} pools, ${r.variant}: the L1 resources placed in the library's construct tree ` +
          `(output identical to L2's) take ${nested.medianMs.toFixed(0)} ms, x${(nested.medianMs / c.l1.medianMs).toFixed(2)} flat L1; ` +
          `L2 is x${(c.l2.medianMs / nested.medianMs).toFixed(2)} that control.`,
        '',
      );
    }
  }
  const c = results.coldStart;
  lines.push(
    `Cold start (require, plain node, median): cdktf + constructs + ${c.baselineModules.length - 2} provider submodules ` +
      `${c.baseline.medianMs.toFixed(0)} ms / ${c.baseline.medianMaxRssMb.toFixed(0)} MB; library entry point ` +
      `${c.library.medianMs.toFixed(0)} ms / ${c.library.medianMaxRssMb.toFixed(0)} MB (+${c.addedMs.toFixed(0)} ms, +${c.addedRssMb.toFixed(0)} MB)`,
    '',
  );
  for (const e of results.endToEnd) {
    lines.push(
      `End to end, ${e.command}, median: L1-only app ${e.l1.medianMs.toFixed(0)} ms / ${e.l1.medianMaxRssMb.toFixed(0)} MB; ` +
        `example app ${e.l2.medianMs.toFixed(0)} ms / ${e.l2.medianMaxRssMb.toFixed(0)} MB (x${e.timeRatio.toFixed(2)})`,
      '',
    );
  }
  lines.push(...markdownTable(['target', 'value', 'limit', 'met'], results.targets.map((t) => [t.target, String(t.value), String(t.limit), t.met ? 'yes' : 'NO'])));
  lines.push('', `Bench run time: ${results.benchSeconds} s`);
  return lines.join('\n');
}

function markdownTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => `${'-'.repeat(w + 1)}:`).join('|')}|`, ...rows.map(line)];
}
