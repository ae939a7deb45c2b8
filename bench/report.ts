import { ColdStartResult } from './measure-cold-start';
import { EndToEndResult } from './measure-end-to-end';
import { SynthResult } from './measure-synth';
import { round } from './stats';

/** One of issue 6's targets, as measured. */
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
  readonly runsPerSide: { readonly upTo1000Pools: number; readonly at5000Pools: number };
  readonly coldStart: ColdStartResult;
  readonly synth: SynthResult[];
  readonly endToEnd: EndToEndResult[];
  readonly targets: TargetResult[];
  readonly benchSeconds: number;
}

/** Issue 6's targets, from the synth and cold-start results. */
export function evaluateTargets(synth: SynthResult[], coldStart: ColdStartResult): TargetResult[] {
  const targets: TargetResult[] = [];
  const add = (target: string, value: number | undefined, limit: number): void => {
    if (value !== undefined) targets.push({ target, value: round(value, 3), limit, met: value <= limit });
  };
  for (const variant of [...new Set(synth.map((r) => r.variant))]) {
    const at = (pools: number) => synth.find((r) => r.pools === pools && r.variant === variant);
    for (const pools of [1000, 5000]) add(`L2/L1 synth time, ${pools} pools, ${variant}`, at(pools)?.timeRatio, 1.25);
    const small = at(1000);
    const large = at(5000);
    if (small && large) add(`L2 time(5000)/time(1000), ${variant}`, large.l2.medianMs / small.l2.medianMs, 5.5);
    add(`peak RSS L2/L1, 1000 pools, ${variant}`, at(1000)?.rssRatio, 1.3);
  }
  add('cold start: ms added by requiring the library', coldStart.addedMs, 100);
  return targets;
}

/** The results as text: Markdown tables ready for the README. */
export function renderReport(results: BenchResults): string {
  const m = results.machine;
  const load = m.otherLoadPercent === undefined ? '' : `; other load during the run: ${m.otherLoadPercent}% of CPU`;
  const lines = [
    `Machine: ${m.cores} cores (${m.cpuModel}), ${m.memoryGb} GB RAM, Node ${m.node}, ${m.platform}, ${m.date.slice(0, 10)}${load}`,
    `Synth: construct + app.synth(), median of ${results.runsPerSide.upTo1000Pools} runs per side up to 1000 pools and ` +
      `${results.runsPerSide.at5000Pools} at 5000, each run in a fresh process, L1 and L2 alternating`,
    '',
    ...markdownTable(
      ['pools', 'images', 'L1 ms', 'L2 ms', 'L2/L1', 'L2/L1 CPU', 'L1 RSS MB', 'L2 RSS MB', 'RSS L2/L1', 'L1 KB', 'L2 KB', 'resources', 'L2 warnings'],
      results.synth.map((r) => [
        String(r.pools),
        String(r.images),
        r.l1.medianMs.toFixed(0),
        r.l2.medianMs.toFixed(0),
        r.timeRatio.toFixed(2),
        r.cpuRatio.toFixed(2),
        r.l1.medianMaxRssMb.toFixed(0),
        r.l2.medianMaxRssMb.toFixed(0),
        r.rssRatio.toFixed(2),
        (r.l1.outputBytes / 1024).toFixed(0),
        (r.l2.outputBytes / 1024).toFixed(0),
        String(Object.entries(r.blocks).filter(([k]) => k.startsWith('resource.')).reduce((sum, [, n]) => sum + n, 0)),
        String(r.l2.annotations['@cdktf/warn'] ?? 0),
      ]),
    ),
    '',
  ];
  for (const r of results.synth.filter((x) => x.l1Nested)) {
    const nested = r.l1Nested!;
    lines.push(
      `Nesting control, ${r.pools} pools, ${r.variant}: the L1 resources placed in the library's construct tree ` +
        `(output identical to L2's) take ${nested.medianMs.toFixed(0)} ms, x${(nested.medianMs / r.l1.medianMs).toFixed(2)} flat L1; ` +
        `L2 is x${(r.l2.medianMs / nested.medianMs).toFixed(2)} that control.`,
    );
  }
  if (results.synth.some((x) => x.l1Nested)) lines.push('');
  const c = results.coldStart;
  lines.push(
    `Cold start (require, median): cdktf + constructs + ${c.baselineModules.length - 2} provider submodules ` +
      `${c.baseline.medianMs.toFixed(0)} ms / ${c.baseline.medianMaxRssMb.toFixed(0)} MB; library entry point ` +
      `${c.library.medianMs.toFixed(0)} ms / ${c.library.medianMaxRssMb.toFixed(0)} MB (+${c.addedMs.toFixed(0)} ms, +${c.addedRssMb.toFixed(0)} MB)`,
  );
  for (const e of results.endToEnd) {
    lines.push(
      `End to end, ${e.command}, median: L1-only app ${e.l1.medianMs.toFixed(0)} ms / ${e.l1.medianMaxRssMb.toFixed(0)} MB; ` +
        `example app ${e.l2.medianMs.toFixed(0)} ms / ${e.l2.medianMaxRssMb.toFixed(0)} MB (x${e.timeRatio.toFixed(2)})`,
    );
  }
  lines.push('');
  lines.push(...markdownTable(['target', 'value', 'limit', 'met'], results.targets.map((t) => [t.target, String(t.value), String(t.limit), t.met ? 'yes' : 'NO'])));
  lines.push('', `Bench run time: ${results.benchSeconds} s`);
  return lines.join('\n');
}

function markdownTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => `${'-'.repeat(w + 1)}:`).join('|')}|`, ...rows.map(line)];
}
