// `npm run test:consumer` (cdktf, after readme-install-test.mjs) and `npm run test:consumer:cdktn` (CDK Terrain, argument
// `cdktn`): proves a package works outside this repository. It builds and packs the library for
// the toolchain, installs the tarball and the peer dependencies into a throwaway TypeScript
// project in a temp folder, compiles a small app against the package's declarations, runs it
// on that toolchain, and checks the synthesized stack has the pool on the gallery image version,
// then that the rules work: a warning lands in the manifest, an error fails synth.
// Slow (it installs the azurerm bindings), so not part of `npm test`.
// KEEP_CONSUMER_DIR=1 keeps the temp folder for inspection.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const toolchain = process.argv[2] ?? 'cdktf';
const flavour = JSON.parse(readFileSync(join(root, 'scripts', 'toolchains.json'), 'utf8'))[toolchain];
if (!flavour) throw new Error(`unknown toolchain '${toolchain}'; see scripts/toolchains.json`);
const packageDir = join(root, flavour.packageDir);
const repository = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const label = toolchain === 'cdktf' ? 'test:consumer' : `test:consumer:${toolchain}`;
// The app is written against cdktf's names, like the library; other toolchains rename them.
const moduleName = (name) => flavour.modules[name] ?? name;
// Install the peer dependencies at the versions this repository tests with.
const tested = (name) => `${name}@${require(`${name}/package.json`).version}`;
const peers = Object.keys(pkg.peerDependencies).map(tested);
const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');

// The consumer's app: the README's main path, imported from the package by name.
// RULES=warn makes the pool 400 nodes (warning AZW102: over 300 nodes may need several resizes);
// RULES=error gives the Linux image's pool the Windows node agent SKU (error AZB007).
const APP_SOURCE = `import { App, TerraformStack } from '${moduleName('cdktf')}';
import { AzurermProvider } from '${moduleName('@cdktf/provider-azurerm')}/lib/provider';
import {
  BatchAccount, ComputeGallery, CustomImageBatchPool, CustomImagePoolChecks, Duration, ManagedImageFromSnapshots,
  NodeAgentSku, OsType, PoolRollout, PoolScale, Snapshot,
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

const version = image.publishTo(definition, { version: '1.0.0' });
// The app compiles without @types/node.
declare const process: { env: { [name: string]: string | undefined } };
const rules = process.env.RULES;
new CustomImageBatchPool(stack, 'Pool', {
  account, poolName: 'render', image: version, rollout: PoolRollout.BLUE_GREEN, vmSize: 'Standard_D4s_v5',
  nodeAgentSkuId: rules === 'error' ? NodeAgentSku.WINDOWS_AMD64 : NodeAgentSku.UBUNTU_22_04,
  scale: PoolScale.fixed({ dedicatedNodes: rules === 'warn' ? 400 : 4, resizeTimeout: Duration.minutes(30) }),
});
app.synth();
`;

const started = Date.now();
const step = (what, fn) => {
  const t = Date.now();
  const result = fn();
  console.log(`${label}: ${what} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return result;
};
const run = (command, args, cwd, env = {}) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, CHECKPOINT_DISABLE: '1', ...env } });

const dir = mkdtempSync(join(tmpdir(), 'batch-images-consumer-'));
try {
  step(`built the library (npm run ${flavour.buildScript})`, () => run('npm', ['run', '--silent', flavour.buildScript], root));
  // The build is fresh: skip prepack, which would build again and mix its output into the JSON.
  const packed = step(`packed ${pkg.name}`, () =>
    JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], packageDir))[0],
  );
  const app = join(dir, 'app');
  mkdirSync(join(app, 'src'), { recursive: true });
  // What the README tells a consumer: the repository's overrides (CDK Terrain's azurerm bindings
  // declare cdktn ^0.23; the tested cdktn is 0.24), with the tested versions spelled out.
  const overrides = {};
  for (const [dependent, rules] of Object.entries(repository.overrides ?? {})) {
    if (!Object.keys(pkg.peerDependencies).includes(dependent)) continue;
    overrides[dependent] = Object.fromEntries(Object.keys(rules).map((dependency) => [dependency, require(`${dependency}/package.json`).version]));
  }
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer-app', version: '0.0.0', private: true, overrides }, null, 2));
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
  step(`ran the app (synth on ${moduleName('cdktf')})`, () => run(process.execPath, ['out/main.js'], app));

  const stack = JSON.parse(readFileSync(join(app, 'cdktf.out', 'stacks', 'consumer', 'cdk.tf.json'), 'utf8'));
  const pools = Object.values(stack.resource?.azurerm_batch_pool ?? {});
  assert.equal(pools.length, 1, 'the stack has one azurerm_batch_pool');
  const [pool] = pools;
  assert.equal(pool.name, 'render-1-0-0', 'blue/green: the pool ID carries the version');
  assert.equal(pool.node_agent_sku_id, 'batch.node.ubuntu 22.04');
  const versions = Object.keys(stack.resource?.azurerm_shared_image_version ?? {});
  assert.equal(versions.length, 1, 'the stack has one azurerm_shared_image_version');
  assert.equal(pool.storage_image_reference.id, `\${azurerm_shared_image_version.${versions[0]}.id}`);
  assert.equal(pool.fixed_scale.target_dedicated_nodes, 4);
  const manifest = JSON.parse(readFileSync(join(app, 'cdktf.out', 'manifest.json'), 'utf8'));
  assert.deepEqual(manifest.stacks.consumer.annotations ?? [], [], 'the stack has no annotations');
  assert.equal(manifest.version, require(`${moduleName('cdktf')}/package.json`).version, `synthesized by ${moduleName('cdktf')}`);

  // The rules run in the consumer's app: a warning is recorded, an error fails synth.
  step('ran the app with a 400-node pool', () => run(process.execPath, ['out/main.js'], app, { RULES: 'warn' }));
  const warned = JSON.parse(readFileSync(join(app, 'cdktf.out', 'manifest.json'), 'utf8')).stacks.consumer.annotations ?? [];
  // A 400-node pool on one gallery version may also draw AZW109 (replicas): only warnings, AZW102 among them.
  assert.deepEqual([...new Set(warned.map((a) => a.level))], ['@cdktf/warn'], 'only warnings');
  assert.ok(warned.some((a) => a.message.startsWith('AZW102 ')), 'an AZW102 warning');
  const failed = spawnSync(process.execPath, ['out/main.js'], { cwd: app, encoding: 'utf8', env: { ...process.env, RULES: 'error' } });
  assert.notEqual(failed.status, 0, 'synth of a Linux image pool with the Windows node agent SKU fails');
  assert.match(failed.stderr, /AZB007/, 'the failure names AZB007');
  console.log(`${label}: the rules work: AZW102 recorded as a warning, AZB007 fails synth`);
  console.log(`${label}: passed: ${packed.filename} synthesizes a pool on a gallery image version (${((Date.now() - started) / 1000).toFixed(1)} s in all)`);
} finally {
  if (process.env.KEEP_CONSUMER_DIR) console.log(`${label}: kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
