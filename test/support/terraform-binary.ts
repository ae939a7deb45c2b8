import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Value } from './hcl-evaluator';

/*
 * Runs the real Terraform binary of the machine image on a configuration that uses only the
 * built-in `terraform_data` resource, which initialises and plans without fetching providers.
 * A missing binary fails the test that needs it: it never passes silently.
 */

export const TERRAFORM = process.env.TERRAFORM_BINARY ?? '/usr/local/bin/terraform';

const ENV = { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' };

/** A directory with `config` as main.tf.json, initialised. */
export function terraformWorkspace(config: object): string {
  if (!existsSync(TERRAFORM)) {
    throw new Error(`Terraform binary not found at ${TERRAFORM}: these tests run real plans (set TERRAFORM_BINARY to another path)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'plan-guards-'));
  writeFileSync(join(dir, 'main.tf.json'), JSON.stringify(config, null, 2));
  execFileSync(TERRAFORM, ['init', '-input=false', '-no-color'], { cwd: dir, env: ENV, stdio: 'pipe' });
  return dir;
}

/** `terraform plan` with `variables`: whether it succeeded, and its output with white space collapsed. */
export function terraformPlan(dir: string, variables: { [name: string]: Value }): { ok: boolean; output: string } {
  const file = join(dir, `vars-${Date.now()}-${Math.random().toString(36).slice(2)}.tfvars.json`);
  writeFileSync(file, JSON.stringify(variables));
  const run = spawnSync(TERRAFORM, ['plan', '-input=false', '-no-color', '-lock=false', `-var-file=${file}`], {
    cwd: dir,
    env: ENV,
    encoding: 'utf8',
  });
  return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}`.replace(/\s+/g, ' ') };
}
