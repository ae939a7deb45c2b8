import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, LocalBackend, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import * as fc from 'fast-check';
import { escapeTemplate } from '../../lib/core/template-escape';
import { readTemplate } from './support/template';

// The Terraform CLI, when installed (CI installs none): `cdktf synth` needs none, this check does.
const terraform = ['/usr/local/bin/terraform', '/usr/bin/terraform'].find((p) => fs.existsSync(p));

describe('Terraform reading escaped strings', () => {
  (terraform ? it : it.skip)(
    'gets back exactly the text that was escaped, around tokens too, and reads it as readTemplate does',
    () => {
      const workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'tf-literals-'));
      try {
        const app = new App({ outdir: workdir });
        const stack = new TerraformStack(app, 'literals');
        new LocalBackend(stack, { path: path.join(workdir, 'terraform.tfstate') });
        const token = new TerraformVariable(stack, 'v', { type: 'string', default: 'VAL' }).stringValue;
        const piece = fc.oneof(fc.string({ unit: fc.constantFrom('$', '%', '{', '}', '"', '\\', '\n', 'a', 'ü', '😀', ' '), maxLength: 8 }), fc.constant('<T>'));
        const cases = fc.sample(fc.array(piece, { maxLength: 5 }), { numRuns: 400, seed: 20261127 });
        const written: string[] = [];
        cases.forEach((pieces, i) => {
          const value = escapeTemplate(pieces.map((p) => (p === '<T>' ? token : p)).join(''));
          new TerraformOutput(stack, `o${i}`, { value });
        });
        app.synth();
        const dir = path.join(workdir, 'stacks', 'literals');
        const synthesized = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8')).output;
        cases.forEach((_, i) => written.push(synthesized[`o${i}`].value));
        const env = { ...process.env, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' };
        execFileSync(terraform!, ['init', '-input=false'], { cwd: dir, env, stdio: 'pipe' });
        execFileSync(terraform!, ['apply', '-auto-approve', '-input=false'], { cwd: dir, env, stdio: 'pipe' });
        const outputs = JSON.parse(execFileSync(terraform!, ['output', '-json'], { cwd: dir, env, encoding: 'utf8' }));
        const read = cases.map((_, i) => outputs[`o${i}`].value);
        expect(read).toEqual(cases.map((pieces) => pieces.map((p) => (p === '<T>' ? 'VAL' : p)).join('')));
        expect(written.map((w) => readTemplate(w).split('{{var.v}}').join('VAL'))).toEqual(read);
      } finally {
        fs.rmSync(workdir, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
