import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing } from 'cdktf';
import { PoolRollout } from '../../lib/spec/pool-rollout';
import { Refresh, refreshStack } from './support/refresh-app';

/*
 * What real Terraform does with a refresh from 1.0.0 to 1.0.1. Provider plugins cannot be
 * fetched here, so every resource of the synthesized stack becomes a built-in `terraform_data`
 * with the same dependencies (references and depends_on), the same lifecycle, and
 * `triggers_replace` holding its configuration: any change replaces it, as a new pool name or
 * image reference replaces an azurerm_batch_pool. Terraform then plans and applies the order.
 */

// The Terraform CLI of the machine image; `cdktf synth` needs none, this check does.
const terraform = ['/usr/local/bin/terraform', '/usr/bin/terraform'].find((p) => fs.existsSync(p));
if (!terraform) {
  // Loud on purpose: the order below is then unchecked.
  console.warn('terraform-rollover.test.ts: no Terraform CLI in /usr/local/bin or /usr/bin; the rollover order is NOT checked.');
}

const REFERENCE = /\$\{(data\.)?([a-z][a-z0-9_]*)\.([A-Za-z0-9_-]+)\.[a-z_]+\}/g;

/** The stack as `terraform_data` stand-ins (see above). */
function standIns(refresh: Refresh): object {
  const json = JSON.parse(Testing.synth(refreshStack(refresh)));
  const address = (type: string, name: string) => `${type}_${name}`;
  const rewrite = (text: string) =>
    text.replace(REFERENCE, (_, data: string | undefined, type: string, name: string) => (data ? 'from-data-source' : `\${terraform_data.${address(type, name)}.id}`));
  const resources: { [name: string]: object } = {};
  for (const [type, byName] of Object.entries<any>(json.resource)) {
    for (const [name, config] of Object.entries<any>(byName)) {
      const { depends_on: dependsOn, lifecycle, ...settings } = config;
      resources[address(type, name)] = {
        triggers_replace: rewrite(JSON.stringify(settings)),
        ...(dependsOn ? { depends_on: dependsOn.map((d: string) => `terraform_data.${address(...(d.split('.') as [string, string]))}`) } : {}),
        ...(lifecycle ? { lifecycle } : {}),
      };
    }
  }
  return { resource: { terraform_data: resources } };
}

/** `Creating`/`Destroying` lines of an apply, as `<stand-in> <verb>` (deposed objects marked). */
function apply(dir: string, config: object): string[] {
  fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(config, null, 2));
  const env = { ...process.env, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_CLI_CONFIG_FILE: '/dev/null' };
  const out = execFileSync(terraform!, ['apply', '-auto-approve', '-input=false', '-no-color', '-parallelism=1'], { cwd: dir, env, encoding: 'utf8' });
  return [...out.matchAll(/^terraform_data\.(\S+)( \(deposed object \w+\))?: (Creating|Destroying)\.\.\./gm)].map(
    (m) => `${m[1]}${m[2] ? ' (old)' : ''} ${m[3].toLowerCase()}`,
  );
}

describe('a blue/green refresh as Terraform applies it', () => {
  (terraform ? it : it.skip)(
    'creates the new version and pool, then deletes the old pool, then the old version and image',
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tf-rollover-'));
      try {
        const env = { ...process.env, CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' };
        fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(standIns({ version: '1.0.0', month: '2026-11', snapshots: 'imported' })));
        execFileSync(terraform!, ['init', '-input=false', '-no-color'], { cwd: dir, env, stdio: 'pipe' });
        apply(dir, standIns({ version: '1.0.0', month: '2026-11', snapshots: 'imported' }));
        const steps = apply(dir, standIns({ version: '1.0.1', month: '2026-12', snapshots: 'imported' }));

        const at = (pattern: RegExp) => {
          const i = steps.findIndex((s) => pattern.test(s));
          if (i < 0) throw new Error(`no step matching ${pattern} in:\n${steps.join('\n')}`);
          return i;
        };
        const newVersion = at(/^azurerm_shared_image_version_\S+ creating$/);
        const newPool = at(/^azurerm_batch_pool_\S+ creating$/);
        const oldPool = at(/^azurerm_batch_pool_\S+ \(old\) destroying$/);
        const oldVersion = at(/^azurerm_shared_image_version_\S+ destroying$/);
        const oldImage = at(/^azapi_resource_\S+ destroying$/);
        expect(newVersion).toBeLessThan(newPool);
        expect(newPool).toBeLessThan(oldPool);
        expect(oldPool).toBeLessThan(oldVersion);
        expect(oldVersion).toBeLessThan(oldImage);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );

  (terraform ? it : it.skip)('with REPLACE, deletes the pool before it creates the new one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tf-replace-'));
    try {
      const env = { ...process.env, CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' };
      const month = (version: string, m: string) => standIns({ version, month: m, snapshots: 'imported', rollout: PoolRollout.REPLACE });
      fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(month('1.0.0', '2026-11')));
      execFileSync(terraform!, ['init', '-input=false', '-no-color'], { cwd: dir, env, stdio: 'pipe' });
      apply(dir, month('1.0.0', '2026-11'));
      const steps = apply(dir, month('1.0.1', '2026-12'));
      const destroyPool = steps.findIndex((s) => /^azurerm_batch_pool_\S+ destroying$/.test(s));
      const createPool = steps.findIndex((s) => /^azurerm_batch_pool_\S+ creating$/.test(s));
      expect(destroyPool).toBeGreaterThanOrEqual(0);
      expect(destroyPool).toBeLessThan(createPool);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
