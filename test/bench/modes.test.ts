import * as path from 'path';
import { appTsNodeFlags, frameworkOf, invocation } from '../../bench/modes';

const ROOT = path.resolve(__dirname, '..', '..');
const build = { root: '/tmp/b', compiledDir: '/tmp/b/compiled', tsDir: '/tmp/b/ts', cdktnDir: '/tmp/b/cdktn', cdktnHook: '/tmp/b/hook.js' };

describe('bench modes', () => {
  it('runs ts-node with the flags of the cdktf.json app, so the bench runs apps as `cdktf synth` runs this one', () => {
    const flags = appTsNodeFlags(ROOT);
    const run = invocation(ROOT, build, 'ts-node', 'synth-run', ['l2', '10']);
    expect(run.argv).toEqual([path.join(ROOT, 'node_modules', '.bin', 'ts-node'), ...flags, path.join('bench', 'synth-run.ts'), 'l2', '10']);
    expect(run.cwd).toBe(build.tsDir);
    expect(run.env).toEqual({});
  });

  it('runs CDK Terrain fast with the resolution hook and creation stacks off', () => {
    const run = invocation(ROOT, build, 'cdktn-fast', 'synth-run', ['l1']);
    expect(run.argv).toContain(build.cdktnHook);
    expect(run.cwd).toBe(build.cdktnDir);
    expect(run.env).toEqual({ CDKTN_DISABLE_CREATION_STACK: '1' });
    expect(frameworkOf('cdktn-fast')).toBe('cdktn');
  });

  it('runs compiled JavaScript with plain node', () => {
    const run = invocation(ROOT, build, 'compiled', 'synth-run', []);
    expect(run.argv).toEqual([process.execPath, path.join('bench', 'synth-run.js')]);
    expect(run.cwd).toBe(build.compiledDir);
    expect(frameworkOf('compiled')).toBe('cdktf');
  });
});
