import * as fs from 'fs';
import * as path from 'path';
import { BenchBuild } from './build';

/** How an app is run: what users do with `cdktf synth`, plain node, or CDK Terrain's fast path. */
export type ModeName = 'ts-node' | 'compiled' | 'cdktn-fast';

export interface RunMode {
  readonly name: ModeName;
  /** How the process runs, for the report. */
  readonly description: string;
  /** Target for L2/L1 synth time in this mode (issue 14). */
  readonly timeRatioLimit: number;
}

export const MODES: readonly RunMode[] = [
  {
    name: 'ts-node',
    description: 'ts-node as `cdktf synth` runs the app (cdktf.json `app`), library loaded as the built package',
    timeRatioLimit: 1.25,
  },
  { name: 'compiled', description: 'plain node on the compiled app and the built package', timeRatioLimit: 1.15 },
  {
    name: 'cdktn-fast',
    description: 'CDK Terrain (cdktn) with CDKTN_DISABLE_CREATION_STACK=1, run like ts-node',
    timeRatioLimit: 1.2,
  },
];

/** The package a mode's app runs on. */
export function frameworkOf(mode: ModeName): 'cdktf' | 'cdktn' {
  return mode === 'cdktn-fast' ? 'cdktn' : 'cdktf';
}

/** A process to spawn. */
export interface Invocation {
  readonly argv: string[];
  readonly cwd: string;
  readonly env: { [key: string]: string };
}

/** Runs `bench/<script>` with `args` in `mode`. */
export function invocation(repoRoot: string, build: BenchBuild, mode: ModeName, script: string, args: string[]): Invocation {
  if (mode === 'compiled') {
    return { argv: [process.execPath, path.join('bench', `${script}.js`), ...args], cwd: build.compiledDir, env: {} };
  }
  const tsNode = [path.join(repoRoot, 'node_modules', '.bin', 'ts-node'), ...appTsNodeFlags(repoRoot)];
  if (mode === 'ts-node') return { argv: [...tsNode, path.join('bench', `${script}.ts`), ...args], cwd: build.tsDir, env: {} };
  return {
    argv: [...tsNode, '-r', build.cdktnHook, path.join('bench', `${script}.ts`), ...args],
    cwd: build.cdktnDir,
    env: { CDKTN_DISABLE_CREATION_STACK: '1' },
  };
}

/**
 * The ts-node flags of the project's `cdktf synth` command (cdktf.json `app`, e.g.
 * `npx ts-node --swc bin/main.ts`), so the bench runs apps exactly the way users run this one.
 */
export function appTsNodeFlags(repoRoot: string): string[] {
  const app: string = JSON.parse(fs.readFileSync(path.join(repoRoot, 'cdktf.json'), 'utf8')).app;
  const words = app.trim().split(/\s+/).filter((w) => w !== 'npx');
  if (words[0] !== 'ts-node') throw new Error(`cdktf.json app '${app}' does not run ts-node; the bench cannot mirror it`);
  return words.slice(1).filter((w) => w.startsWith('-'));
}
