import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TOOLCHAIN_NODE_ARGS } from '../support/toolchain';

// The README's main example must stay true: extract it, point its package import at lib/,
// run it, and check what it synthesizes.
const root = path.resolve(__dirname, '../..');

function mainExample(): string {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## The main path'));
  const match = /```ts\n([\s\S]*?)```/.exec(section);
  if (!match) throw new Error('README has no TypeScript example under "## The main path"');
  return match[1];
}

describe('the README main example', () => {
  it('declares what it uses and synthesizes the gallery path with no annotations', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-example-'));
    const file = path.join(root, `.readme-example-${process.pid}.ts`);
    const code = mainExample().replace("from 'cdktf-azure-batch-custom-images'", "from './lib'");
    fs.writeFileSync(file, code);
    try {
      execFileSync(process.execPath, [...TOOLCHAIN_NODE_ARGS, require.resolve('ts-node/dist/bin.js'), file], {
        cwd: root,
        env: { ...process.env, CDKTF_OUTDIR: dir },
        stdio: 'pipe',
      });
    } finally {
      fs.rmSync(file, { force: true });
    }
    const stack = JSON.parse(fs.readFileSync(path.join(dir, 'stacks/batch-images/cdk.tf.json'), 'utf8'));
    expect(Object.keys(stack.resource).sort()).toEqual([
      'azapi_resource',
      'azurerm_batch_pool',
      'azurerm_shared_image',
      'azurerm_shared_image_gallery',
      'azurerm_shared_image_version',
    ]);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
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
