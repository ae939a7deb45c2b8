import { spawnSync } from 'child_process';
import { Invocation } from './modes';

// A measured process ends well within this; a stuck one fails the benchmark.
const RUN_TIMEOUT_MS = 600_000;

/** Runs a process that prints one JSON line and returns it; fails loudly on a non-zero exit. */
export function runJson<T>(run: Invocation): T {
  const result = spawnSync(run.argv[0], run.argv.slice(1), {
    cwd: run.cwd,
    encoding: 'utf8',
    timeout: RUN_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...run.env },
  });
  if (result.status !== 0) {
    throw new Error(`${run.argv.join(' ')} failed (${result.status ?? result.signal}):\n${result.stderr}`);
  }
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as T;
}

/** Runs a process under /usr/bin/time for its peak RSS; fails loudly on a non-zero exit. */
export function runTimed(run: Invocation): { maxRssMb: number } {
  const result = spawnSync('/usr/bin/time', ['-f', 'maxrss-kb=%M', ...run.argv], {
    cwd: run.cwd,
    encoding: 'utf8',
    timeout: RUN_TIMEOUT_MS,
    env: { ...process.env, ...run.env },
  });
  if (result.status !== 0) {
    throw new Error(`${run.argv.join(' ')} failed (${result.status ?? result.signal}):\n${result.stderr}`);
  }
  const match = /maxrss-kb=(\d+)/.exec(result.stderr);
  if (!match) throw new Error(`/usr/bin/time reported no peak RSS for ${run.argv.join(' ')}`);
  return { maxRssMb: Number(match[1]) / 1024 };
}
