import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// Runs the example app exactly as `npm run synth` does, into a temporary outdir.
const root = path.resolve(__dirname, '../..');

function synthExample(env: NodeJS.ProcessEnv = {}): { outdir: string; stack: any; manifest: any } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'example-app-'));
  execFileSync(process.execPath, [require.resolve('ts-node/dist/bin.js'), '--transpile-only', 'bin/main.ts'], {
    cwd: root,
    env: { ...process.env, CDKTF_OUTDIR: outdir, ...env },
    stdio: 'pipe',
  });
  const stack = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks/batch-images/cdk.tf.json'), 'utf8'));
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
  return { outdir, stack, manifest };
}

describe('the example app (bin/main.ts)', () => {
  let result: ReturnType<typeof synthExample>;
  beforeAll(() => {
    result = synthExample();
  }, 60_000);

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

  it('has no errors and no warnings on the default evaluation date', () => {
    expect(result.manifest.stacks['batch-images'].annotations).toEqual([]);
  });

  it('takes its IDs from the environment', () => {
    const sub = '11111111-2222-3333-4444-555555555555';
    const { stack } = synthExample({ AZURE_SUBSCRIPTION_ID: sub, AZURE_LOCATION: 'northeurope' });
    const image = Object.values(stack.resource.azapi_resource)[0] as any;
    expect(image.location).toBe('northeurope');
    expect(image.body.properties.storageProfile.osDisk.snapshot.id).toContain(`/subscriptions/${sub}/`);
    expect(stack.provider.azurerm[0].subscription_id).toBe(sub);
  }, 60_000);
});
