import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TOOLCHAIN_NODE_ARGS } from '../support/toolchain';

// The README's main example must stay true: extract it, point its package import at lib/,
// run it, and check what it synthesizes.
const root = path.resolve(__dirname, '../..');

/** The first TypeScript block of the README section whose heading starts with `heading`. */
function example(heading: string): string {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf(heading));
  const match = /```ts\n([\s\S]*?)```/.exec(section);
  if (!match) throw new Error(`README has no TypeScript example under "${heading}"`);
  return match[1];
}

const mainExample = () => example('## The main path');

/** Runs `code` with its package import pointed at lib/; returns the stack and the manifest. */
function run(code: string): { stack: any; manifest: any } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-example-'));
  const file = path.join(root, `.readme-example-${process.pid}.ts`);
  fs.writeFileSync(file, code.replace("from 'cdktf-azure-batch-custom-images'", "from './lib'"));
  try {
    execFileSync(process.execPath, [...TOOLCHAIN_NODE_ARGS, require.resolve('ts-node/dist/bin.js'), file], {
      cwd: root,
      env: { ...process.env, CDKTF_OUTDIR: dir },
      stdio: 'pipe',
    });
  } finally {
    fs.rmSync(file, { force: true });
  }
  const read = (f: string) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  const result = { stack: read('stacks/batch-images/cdk.tf.json'), manifest: read('manifest.json') };
  fs.rmSync(dir, { recursive: true, force: true });
  return result;
}

describe('the README main example', () => {
  it('declares what it uses and synthesizes the gallery path with no annotations', () => {
    const { stack, manifest } = run(mainExample());
    expect(Object.keys(stack.resource).sort()).toEqual([
      'azapi_resource',
      'azurerm_batch_pool',
      'azurerm_shared_image',
      'azurerm_shared_image_gallery',
      'azurerm_shared_image_version',
    ]);
    expect(manifest.stacks['batch-images'].annotations).toEqual([]);
  }, 60_000);

  it('writes the pool in under 30 lines', () => {
    const lines = mainExample().split('\n');
    const start = lines.findIndex((l) => l.includes('new CustomImageBatchPool('));
    const end = lines.findIndex((l, i) => i > start && l.startsWith('});'));
    expect(start).toBeGreaterThan(-1);
    expect(end - start + 1).toBeLessThan(30);
  });
});

describe('the README monthly image refresh', () => {
  it('synthesizes disk snapshots, the month\'s image and version, and a blue/green pool with its output, with no annotations', () => {
    const { stack, manifest } = run(example('## Monthly image refresh'));
    expect(Object.keys(stack.resource).sort()).toEqual([
      'azapi_resource',
      'azurerm_batch_pool',
      'azurerm_shared_image',
      'azurerm_shared_image_gallery',
      'azurerm_shared_image_version',
      'azurerm_snapshot',
    ]);
    const snapshots = Object.values<any>(stack.resource.azurerm_snapshot);
    expect(snapshots.map((s) => [s.name, s.create_option]).sort()).toEqual([
      ['render-data-2026-12', 'Copy'],
      ['render-os-2026-12', 'Copy'],
    ]);
    const [pool] = Object.values<any>(stack.resource.azurerm_batch_pool);
    expect([pool.name, pool.lifecycle]).toEqual(['render-1-0-1', { create_before_destroy: true }]);
    expect(stack.output.RenderPool_pool_id.value).toBe('render-1-0-1');
    expect(manifest.stacks['batch-images'].annotations).toEqual([]);
  }, 60_000);
});
