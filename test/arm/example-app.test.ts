import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describeWithArmSchemas } from '../support/arm-schema';
import { TOOLCHAIN_NODE_ARGS } from '../support/toolchain';
import { compileBicep, withSortedDependsOn } from './support/bicep-compiler';
import { DEPLOYMENT_TEMPLATE, hasSchema, RESOURCE_SCHEMAS, withoutTemplateKeys } from './support/resource-schemas';
import { allResources, allTemplates } from './support/stacks';

const ROOT = path.resolve(__dirname, '../..');

/** Runs the example app (`npm run synth`'s command) with its output in a fresh directory. */
function synthExampleApp(): string {
  const outdir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'example-')), 'cdktf.out');
  execFileSync(process.execPath, [...TOOLCHAIN_NODE_ARGS, require.resolve('ts-node/dist/bin.js'), '--transpile-only', 'bin/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, CDKTF_OUTDIR: outdir },
    stdio: 'pipe',
  });
  return outdir;
}

describeWithArmSchemas('the example app (bin/main.ts)', (schemas) => {
  const outdir = synthExampleApp();
  const read = (file: string) => fs.readFileSync(path.join(outdir, file), 'utf8');

  it('writes the Terraform JSON, template.json and main.bicep', () => {
    expect(JSON.parse(read('stacks/batch-images/cdk.tf.json')).resource).toBeDefined();
    expect(fs.existsSync(path.join(outdir, 'arm/batch-images/template.json'))).toBe(true);
    expect(fs.existsSync(path.join(outdir, 'arm/batch-images/main.bicep'))).toBe(true);
  });

  it('writes a template.json that validates against the official schemas, template and resources', () => {
    const template = JSON.parse(read('arm/batch-images/template.json'));
    for (const t of allTemplates(template)) expect(schemas.validate(DEPLOYMENT_TEMPLATE, t)).toEqual([]);
    const resources = allResources(template).filter(hasSchema);
    expect(resources.map((r) => r.type).sort()).toEqual(Object.keys(RESOURCE_SCHEMAS).filter((t) => t !== 'Microsoft.Batch/batchAccounts').sort());
    // The image's preventDestroy lock has no schema here (WITHOUT_SCHEMA); locks.test.ts checks it.
    expect(allResources(template).filter((r) => !hasSchema(r)).map((r) => r.type)).toEqual(['Microsoft.Authorization/locks', 'Microsoft.Resources/deployments']);
    for (const r of resources) expect({ [r.type]: schemas.validate(RESOURCE_SCHEMAS[r.type], withoutTemplateKeys(r)) }).toEqual({ [r.type]: [] });
  });

  it('writes Bicep that compiles to its template.json', () => {
    const dir = path.join(outdir, 'arm/batch-images');
    const files = Object.fromEntries(
      ['main.bicep', ...fs.readdirSync(path.join(dir, 'modules')).map((f) => `modules/${f}`)].map((f) => [f, read(`arm/batch-images/${f}`)]),
    );
    expect(withSortedDependsOn(compileBicep(files))).toEqual(withSortedDependsOn(JSON.parse(read('arm/batch-images/template.json'))));
  });
});
