import { spawnSync } from 'child_process';

// A measured process ends well within this; a stuck one fails the benchmark.
const RUN_TIMEOUT_MS = 180_000;

/** Runs a process that prints one JSON line and returns it; fails loudly on a non-zero exit. */
export function runJson<T>(command: string[], cwd: string): T {
  const result = spawnSync(command[0], command.slice(1), {
    cwd,
    encoding: 'utf8',
    timeout: RUN_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`${command.join(' ')} failed (${result.status ?? result.signal}):\n${result.stderr}`);
  }
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as T;
}

/** Runs a process under /usr/bin/time for its peak RSS; fails loudly on a non-zero exit. */
export function runTimed(command: string[], cwd: string, env: { [key: string]: string }): { maxRssMb: number } {
  const result = spawnSync('/usr/bin/time', ['-f', 'maxrss-kb=%M', ...command], {
    cwd,
    encoding: 'utf8',
    timeout: RUN_TIMEOUT_MS,
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    throw new Error(`${command.join(' ')} failed (${result.status ?? result.signal}):\n${result.stderr}`);
  }
  const match = /maxrss-kb=(\d+)/.exec(result.stderr);
  if (!match) throw new Error(`/usr/bin/time reported no peak RSS for ${command.join(' ')}`);
  return { maxRssMb: Number(match[1]) / 1024 };
}
