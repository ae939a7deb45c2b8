// `npm run test:consumer`: proves the package works outside this repository, the way the README
// tells a new user to use it. It builds and packs the library, then follows the README's
// "Use it in your project" section word for word in a fresh project in a temp folder: runs its
// `npm install` commands (the package name replaced by the packed tarball, the one thing a
// registry would supply), writes its cdktf.json and tsconfig.json, saves the README's main
// example as main.ts, runs the `app` command of cdktf.json (what `cdktf synth` runs), and checks
// the synthesized Terraform stack and ARM template. Slow (it installs the provider bindings),
// so not part of `npm test`; `.ci/run` runs it. It installs with npm's cache preferred
// (npm_config_prefer_offline), which changes where packages come from, not which.
// KEEP_CONSUMER_DIR=1 keeps the temp folder for inspection.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The text of README section `## <title>` up to the next `## `. */
function section(title) {
  const start = readme.indexOf(`\n## ${title}\n`);
  assert.ok(start >= 0, `README has no section "## ${title}"`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}
/** The fenced code blocks of `language` in `text`. */
const blocks = (text, language) => [...text.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);

const install = section('Use it in your project');
const commands = blocks(install, 'sh').flatMap((b) => b.split('\n')).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
assert.ok(commands.length > 0 && commands.every((c) => c.startsWith('npm install ')), `the install section's commands are npm installs: ${commands.join('; ')}`);
const jsonFiles = blocks(install, 'json').map((b) => JSON.parse(b));
const cdktfJson = jsonFiles.find((j) => 'app' in j);
const tsconfig = jsonFiles.find((j) => 'compilerOptions' in j);
assert.ok(cdktfJson && tsconfig, 'the install section shows cdktf.json and tsconfig.json');
const [example] = blocks(section('The main path: snapshots → image → gallery → pool'), 'ts');
assert.ok(example.includes(`from '${pkg.name}'`), 'the main example imports the package by name');

const started = Date.now();
const step = (what, fn) => {
  const t = Date.now();
  const result = fn();
  console.log(`test:consumer: ${what} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return result;
};
const env = { ...process.env, CHECKPOINT_DISABLE: '1', npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
delete env.CDKTF_OUTDIR;
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env });
const shell = (command, cwd) => execSync(command, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env });

const dir = mkdtempSync(join(tmpdir(), 'batch-images-consumer-'));
try {
  step('built the library (npm run build:jsii)', () => run('npm', ['run', '--silent', 'build:jsii'], root));
  // The build is fresh: skip prepack, which would build again and mix its output into the JSON.
  const packed = step('packed the library', () =>
    JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root))[0],
  );
  const tarball = join(dir, packed.filename);
  const app = join(dir, 'app');
  mkdirSync(app);
  // What `cdktf init` leaves besides the files the README shows: a package.json.
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer-app', version: '0.0.0', private: true }, null, 2));

  for (const command of commands) {
    const words = command.split(/\s+/);
    assert.ok(words.includes(pkg.name) || !command.includes(pkg.name), `'${command}' names the package as a word`);
    const actual = words.map((w) => (w === pkg.name ? tarball : w));
    step(`ran '${command}'`, () => run(actual[0], actual.slice(1), app));
  }
  // One cdktf and one constructs for app and library, or instanceof checks fail at synth.
  const installed = join(app, 'node_modules', pkg.name);
  for (const peer of Object.keys(pkg.peerDependencies)) {
    assert.ok(!existsSync(join(installed, 'node_modules', peer)), `the package brought its own copy of ${peer}`);
  }

  writeFileSync(join(app, 'cdktf.json'), JSON.stringify(cdktfJson, null, 2));
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  writeFileSync(join(app, 'main.ts'), example);
  step(`ran the cdktf.json app command '${cdktfJson.app}' (what cdktf synth runs)`, () => shell(cdktfJson.app, app));

  const out = join(app, 'cdktf.out');
  const stack = JSON.parse(readFileSync(join(out, 'stacks', 'batch-images', 'cdk.tf.json'), 'utf8'));
  const pools = Object.values(stack.resource?.azurerm_batch_pool ?? {});
  assert.equal(pools.length, 1, 'the stack has one azurerm_batch_pool');
  const [pool] = pools;
  assert.equal(pool.name, 'render-1-0-0', 'the README example rolls the pool over blue/green');
  assert.equal(pool.node_agent_sku_id, 'batch.node.ubuntu 22.04');
  const versions = Object.keys(stack.resource?.azurerm_shared_image_version ?? {});
  assert.equal(versions.length, 1, 'the stack has one azurerm_shared_image_version');
  assert.equal(pool.storage_image_reference.id, `\${azurerm_shared_image_version.${versions[0]}.id}`);
  assert.equal(pool.fixed_scale.target_dedicated_nodes, 4);
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  assert.deepEqual(manifest.stacks['batch-images'].annotations ?? [], [], 'the stack has no annotations');
  const template = JSON.parse(readFileSync(join(out, 'arm', 'batch-images', 'template.json'), 'utf8'));
  assert.ok(template.resources.length > 0, 'the ARM template declares resources');
  assert.ok(readFileSync(join(out, 'arm', 'batch-images', 'main.bicep'), 'utf8').includes('resource '), 'main.bicep declares resources');
  console.log(
    `test:consumer: passed: the README's install section and main example work with ${packed.filename} ` +
      `(${((Date.now() - started) / 1000).toFixed(1)} s in all)`,
  );
} finally {
  if (process.env.KEEP_CONSUMER_DIR) console.log(`test:consumer: kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
