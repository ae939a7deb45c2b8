// `npm run test:consumer`: proves the package works outside this repository. It builds and
// packs the library, installs the tarball and the peer dependencies
// into a throwaway TypeScript project in a temp folder, compiles a small app against the
// package's declarations, runs it, and checks the synthesized stack has the pool on the
// gallery image version. Slow (it installs @cdktf/provider-azurerm), so not part of `npm test`.
// KEEP_CONSUMER_DIR=1 keeps the temp folder for inspection.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// Install the peer dependencies at the versions this repository tests with.
const tested = (name) => `${name}@${require(`${name}/package.json`).version}`;
const peers = Object.keys(pkg.peerDependencies).map(tested);
const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');

// The consumer's app: the README's main path, imported from the package by name.
const APP_SOURCE = `import { App, TerraformStack } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import {
  BatchAccount, ComputeGallery, CustomImageBatchPool, CustomImagePoolChecks, ManagedImageFromSnapshots,
  NodeAgentSku, OsType, PoolScale, Snapshot,
} from '${pkg.name}';

const subscriptionId = '00000000-0000-0000-0000-000000000000';
const snapshots = \`/subscriptions/\${subscriptionId}/resourceGroups/rg-images/providers/Microsoft.Compute/snapshots\`;
const location = 'westeurope';

const app = new App({ outdir: 'cdktf.out', context: { [CustomImagePoolChecks.EVALUATION_DATE_CONTEXT_KEY]: '2026-01-15' } });
const stack = new TerraformStack(app, 'consumer');
new AzurermProvider(stack, 'azurerm', { features: [{}], subscriptionId });

const image = new ManagedImageFromSnapshots(stack, 'Image', {
  name: 'img-render', resourceGroupName: 'rg-images', location, subscriptionId, osType: OsType.LINUX,
  osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'Os', \`\${snapshots}/render-os\`, { location }),
  preventDestroy: true,
});
const gallery = new ComputeGallery(stack, 'Gallery', { name: 'gal_consumer', resourceGroupName: 'rg-images', location });
const definition = gallery.addImageDefinition('Definition', {
  name: 'render', osType: OsType.LINUX, identifier: { publisher: 'acme', offer: 'render', sku: 'ubuntu-22_04' },
});
const account = BatchAccount.fromBatchAccountId(stack, 'Account',
  \`/subscriptions/\${subscriptionId}/resourceGroups/rg-batch/providers/Microsoft.Batch/batchAccounts/acmebatch\`, { location });

new CustomImageBatchPool(stack, 'Pool', {
  account, poolName: 'render', image: image.publishTo(definition, { version: '1.0.0' }), vmSize: 'Standard_D4s_v5',
  nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04, scale: PoolScale.fixed({ dedicatedNodes: 4 }),
});
app.synth();
`;

const started = Date.now();
const step = (what, fn) => {
  const t = Date.now();
  const result = fn();
  console.log(`test:consumer: ${what} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return result;
};
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, CHECKPOINT_DISABLE: '1' } });

const dir = mkdtempSync(join(tmpdir(), 'batch-images-consumer-'));
try {
  step('built the library (npm run build:jsii)', () => run('npm', ['run', '--silent', 'build:jsii'], root));
  // The build is fresh: skip prepack, which would build again and mix its output into the JSON.
  const packed = step('packed the library', () =>
    JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root))[0],
  );
  const app = join(dir, 'app');
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer-app', version: '0.0.0', private: true }, null, 2));
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2020', module: 'commonjs', strict: true, skipLibCheck: true, types: [],
          rootDir: 'src', outDir: 'out',
        },
        include: ['src'],
      },
      null,
      2,
    ),
  );
  writeFileSync(join(app, 'src', 'main.ts'), APP_SOURCE);

  step(`installed ${packed.filename} with ${peers.join(', ')}`, () =>
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--save-exact', join(dir, packed.filename), ...peers], app),
  );
  // One cdktf and one constructs for app and library, or instanceof checks fail at synth.
  const installed = join(app, 'node_modules', pkg.name);
  for (const peer of Object.keys(pkg.peerDependencies)) {
    assert.ok(!existsSync(join(installed, 'node_modules', peer)), `the package brought its own copy of ${peer}`);
  }

  step('compiled the app against the package declarations', () => run(process.execPath, [tsc, '-p', '.'], app));
  step('ran the app (cdktf synth)', () => run(process.execPath, ['out/main.js'], app));

  const stack = JSON.parse(readFileSync(join(app, 'cdktf.out', 'stacks', 'consumer', 'cdk.tf.json'), 'utf8'));
  const pools = Object.values(stack.resource?.azurerm_batch_pool ?? {});
  assert.equal(pools.length, 1, 'the stack has one azurerm_batch_pool');
  const [pool] = pools;
  assert.equal(pool.name, 'render');
  assert.equal(pool.node_agent_sku_id, 'batch.node.ubuntu 22.04');
  const versions = Object.keys(stack.resource?.azurerm_shared_image_version ?? {});
  assert.equal(versions.length, 1, 'the stack has one azurerm_shared_image_version');
  assert.equal(pool.storage_image_reference.id, `\${azurerm_shared_image_version.${versions[0]}.id}`);
  assert.equal(pool.fixed_scale.target_dedicated_nodes, 4);
  const manifest = JSON.parse(readFileSync(join(app, 'cdktf.out', 'manifest.json'), 'utf8'));
  assert.deepEqual(manifest.stacks.consumer.annotations ?? [], [], 'the stack has no annotations');
  console.log(`test:consumer: passed: ${packed.filename} synthesizes a pool on a gallery image version (${((Date.now() - started) / 1000).toFixed(1)} s in all)`);
} finally {
  if (process.env.KEEP_CONSUMER_DIR) console.log(`test:consumer: kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
