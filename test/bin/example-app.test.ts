import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TOOLCHAIN, TOOLCHAIN_NODE_ARGS, withoutToolchainVersions } from '../support/toolchain';

// Runs the example app exactly as `npm run synth` does, into a temporary outdir.
const root = path.resolve(__dirname, '../..');

/** Runs bin/main.ts with its output in `outdir`; returns its exit status and stderr. */
function runExample(outdir: string, env: NodeJS.ProcessEnv = {}): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, [...TOOLCHAIN_NODE_ARGS, require.resolve('ts-node/dist/bin.js'), '--transpile-only', 'bin/main.ts'], {
    cwd: root,
    env: { ...process.env, CDKTF_OUTDIR: outdir, ...env },
    encoding: 'utf8',
  });
  return { status: run.status, stderr: run.stderr };
}

function synthExample(env: NodeJS.ProcessEnv = {}): { outdir: string; stack: any; manifest: any } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'example-app-'));
  const { status, stderr } = runExample(outdir, env);
  if (status !== 0) throw new Error(`bin/main.ts exited with ${status}:\n${stderr}`);
  const stack = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks/batch-images/cdk.tf.json'), 'utf8'));
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
  return { outdir, stack, manifest };
}

/** Every file under `dir`, relative to it, sorted. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
}

describe('the example app (bin/main.ts)', () => {
  let result: ReturnType<typeof synthExample>;
  beforeAll(() => {
    result = synthExample();
  }, 60_000);
  afterAll(() => fs.rmSync(result.outdir, { recursive: true, force: true }));
  const read = (file: string) => fs.readFileSync(path.join(result.outdir, file), 'utf8');

  it('synthesizes snapshots → image → gallery definition → version → pool', () => {
    const resources = result.stack.resource;
    expect(Object.keys(resources).sort()).toEqual([
      'azapi_resource',
      'azurerm_batch_pool',
      'azurerm_shared_image',
      'azurerm_shared_image_gallery',
      'azurerm_shared_image_version',
    ]);
    const image = Object.values(resources.azapi_resource)[0] as any;
    expect(image.type).toBe('Microsoft.Compute/images@2025-04-01');
    expect(image.body.properties.storageProfile.osDisk.snapshot.id).toMatch(/\/snapshots\/render-os$/);
    expect(image.body.properties.storageProfile.dataDisks).toEqual([
      expect.objectContaining({ lun: 0, snapshot: { id: expect.stringMatching(/\/snapshots\/render-data$/) } }),
    ]);
    const pool = Object.values(resources.azurerm_batch_pool)[0] as any;
    expect(pool.storage_image_reference.id).toMatch(/^\$\{azurerm_shared_image_version\./);
  });

  it('rolls the pool over blue/green: the pool ID carries the version, the new pool comes first, and the ID is an output', () => {
    const pool = Object.values(result.stack.resource.azurerm_batch_pool)[0] as any;
    expect(pool.name).toBe('render-1-0-0');
    expect(pool.lifecycle).toEqual({ create_before_destroy: true });
    expect(result.stack.output.RenderPool_pool_id.value).toBe('render-1-0-0');
  });

  it('has no errors and no warnings on the default evaluation date', () => {
    expect(result.manifest.stacks['batch-images'].annotations).toEqual([]);
  });

  it('writes the Terraform JSON, the manifest and the ARM template with its Bicep, and nothing else', () => {
    expect(filesUnder(result.outdir)).toEqual([
      path.join('arm', 'batch-images', 'main.bicep'),
      path.join('arm', 'batch-images', 'modules', 'batch-images-rg-batch.bicep'),
      path.join('arm', 'batch-images', 'template.json'),
      'batch-images.sarif',
      'manifest.json',
      path.join('stacks', 'batch-images', 'cdk.tf.json'),
    ]);
  });

  it('writes a SARIF report with the rules and no results', () => {
    const log = JSON.parse(read('batch-images.sarif'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.rules.length).toBeGreaterThan(0);
    expect(log.runs[0].results).toEqual([]);
  });

  // Pins the files as written; the local backend's state path is absolute, so the checkout's
  // location is replaced by <root>. The stack is pinned as data without the toolchain's and
  // azurerm's versions, so one snapshot holds on cdktf and CDK Terrain, which lays the JSON out
  // differently; the versions are pinned below and in test/bin/toolchains.test.ts.
  it('writes these files (snapshot)', () => {
    const stack = JSON.parse(read('stacks/batch-images/cdk.tf.json').split(root).join('<root>'));
    expect(stack.terraform.backend.local.path).toBe('<root>/terraform.batch-images.tfstate');
    expect(stack['//'].metadata.version).toBe(require(`${TOOLCHAIN}/package.json`).version);
    expect(withoutToolchainVersions(stack)).toMatchSnapshot('cdk.tf.json');
    expect(read('arm/batch-images/template.json')).toMatchSnapshot('template.json');
    expect(read('arm/batch-images/main.bicep')).toMatchSnapshot('main.bicep');
    expect(read('arm/batch-images/modules/batch-images-rg-batch.bicep')).toMatchSnapshot('modules/batch-images-rg-batch.bicep');
  });

  it('takes its IDs from the environment', () => {
    const sub = '11111111-2222-3333-4444-555555555555';
    const { outdir, stack } = synthExample({ AZURE_SUBSCRIPTION_ID: sub, AZURE_LOCATION: 'northeurope' });
    fs.rmSync(outdir, { recursive: true, force: true });
    const image = Object.values(stack.resource.azapi_resource)[0] as any;
    expect(image.location).toBe('northeurope');
    expect(image.body.properties.storageProfile.osDisk.snapshot.id).toContain(`/subscriptions/${sub}/`);
    expect(stack.provider.azurerm[0].subscription_id).toBe(sub);
  }, 60_000);

  describe('when a run fails after a good one', () => {
    let outdir: string;
    beforeEach(() => {
      // The good run's output, with Terraform's working directory as `cdktf get`/`init` leave it.
      outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'example-app-failing-'));
      fs.cpSync(result.outdir, outdir, { recursive: true });
      fs.mkdirSync(path.join(outdir, 'stacks/batch-images/.terraform'));
    });
    afterEach(() => fs.rmSync(outdir, { recursive: true, force: true }));

    // A rule error leaves that run's SARIF report (nothing deployable) for CI to upload.
    it.each([
      ['a rule error', { BATCH_ACCOUNT_LOCATION: 'eastus' }, "[batch-images/RenderPool] AZB001 gallery image version 'gal_batch_images/render/1.0.0' is replicated to 'westeurope' but Batch account 'acmebatch' is in 'eastus'", ['batch-images.sarif']],
      ['a construct rejecting its props', { AZURE_LOCATION: 'bad-loc!' }, "[batch-images/OsDiskSnapshot] location 'bad-loc!' is not an Azure region name", []],
    ])('exits non-zero on %s, prints it and leaves no stack file, no manifest and no ARM file behind', (_, env, message, left) => {
      expect(filesUnder(outdir)).toContain(path.join('arm', 'batch-images', 'template.json'));
      const { status, stderr } = runExample(outdir, env);
      expect(status).not.toBe(0);
      expect(stderr).toContain(message);
      expect(filesUnder(outdir)).toEqual(left);
      if (left.length > 0) expect(fs.readFileSync(path.join(outdir, 'batch-images.sarif'), 'utf8')).toContain('"ruleId":"AZB001"');
      expect(fs.existsSync(path.join(outdir, 'stacks/batch-images/.terraform'))).toBe(true);
    }, 60_000);
  });
});
