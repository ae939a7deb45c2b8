import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Annotations, App, TerraformOutput, TerraformStack } from 'cdktf';
import { BatchAccount } from '../../lib/batch/batch-account';
import { ConstructValidationError } from '../../lib/core/errors';
import { AtomicSynth } from '../../lib/synth/atomic-synth';
import { TOOLCHAIN, TOOLCHAIN_CLI, TOOLCHAIN_NODE_ARGS } from '../support/toolchain';

const CONTINUE_ON_ERRORS = 'CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS';

describe('AtomicSynth', () => {
  let workdir: string;
  let outdir: string;
  beforeEach(() => {
    workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'atomic-synth-'));
    outdir = path.join(workdir, 'cdktf.out');
  });
  afterEach(() => fs.rmSync(workdir, { recursive: true, force: true }));

  /** An app with stacks `a` and `b`; `failing` adds an error annotation to `b`. */
  function app(options: { failing?: boolean; stacks?: string[] } = {}): App {
    const result = new App({ outdir });
    for (const name of options.stacks ?? ['a', 'b']) {
      const stack = new TerraformStack(result, name);
      const output = new TerraformOutput(stack, 'greeting', { value: `hello from ${name}` });
      if (options.failing && name === 'b') Annotations.of(output).addError('b is broken');
    }
    return result;
  }
  const stackFile = (name: string) => path.join(outdir, 'stacks', name, 'cdk.tf.json');
  const manifestFile = () => path.join(outdir, 'manifest.json');
  const armDir = () => path.join(outdir, 'arm');
  /** What ArmSynthesizer writes for stack `a`. */
  function writeArmOutput(): void {
    fs.mkdirSync(path.join(armDir(), 'a', 'modules'), { recursive: true });
    for (const file of ['template.json', 'main.bicep', 'modules/a-rg.bicep']) fs.writeFileSync(path.join(armDir(), 'a', file), '{}');
  }
  const greeting = (name: string) => JSON.parse(fs.readFileSync(stackFile(name), 'utf8')).output.greeting.value;

  it('writes every stack and the manifest of a successful app, and leaves no staging directory behind', () => {
    AtomicSynth.synth(app());
    expect([greeting('a'), greeting('b')]).toEqual(['hello from a', 'hello from b']);
    expect(Object.keys(JSON.parse(fs.readFileSync(manifestFile(), 'utf8')).stacks)).toEqual(['a', 'b']);
    expect(fs.readdirSync(workdir)).toEqual(['cdktf.out']);
  });

  it("shows why it exists: plain app.synth() leaves stack a's new file and stack b's stale one when b fails", () => {
    app().synth();
    fs.writeFileSync(stackFile('b'), JSON.stringify({ output: { greeting: { value: 'stale b' } } }));
    expect(() => app({ failing: true }).synth()).toThrow('b is broken');
    expect([greeting('a'), greeting('b')]).toEqual(['hello from a', 'stale b']);
  });

  it('leaves no stack file, no manifest and no ARM output when a later stack has an error, not even those of an earlier synth', () => {
    AtomicSynth.synth(app());
    const terraformDir = path.join(outdir, 'stacks', 'a', '.terraform');
    fs.mkdirSync(terraformDir);
    writeArmOutput();
    expect(() => AtomicSynth.synth(app({ failing: true }))).toThrow('[b/greeting] b is broken');
    expect([stackFile('a'), stackFile('b'), manifestFile(), armDir()].filter((f) => fs.existsSync(f))).toEqual([]);
    expect(fs.existsSync(terraformDir)).toBe(true);
    expect(fs.readdirSync(workdir)).toEqual(['cdktf.out']);
  });

  it('removes the ARM output of an earlier run when it succeeds, as it describes the earlier constructs', () => {
    AtomicSynth.synth(app());
    writeArmOutput();
    AtomicSynth.synth(app());
    expect(fs.existsSync(armDir())).toBe(false);
    expect(greeting('a')).toBe('hello from a');
  });

  it('fails the same way under the cdktf CLI, which makes app.synth() write every stack despite errors', () => {
    process.env[CONTINUE_ON_ERRORS] = 'true';
    try {
      const failing = app({ failing: true });
      expect(() => AtomicSynth.synth(failing)).toThrow(/keeps no stack file \(none would be current\)\. Error annotations:\n\[b\/greeting\] b is broken/);
    } finally {
      delete process.env[CONTINUE_ON_ERRORS];
    }
    expect([stackFile('a'), stackFile('b'), manifestFile()].filter((f) => fs.existsSync(f))).toEqual([]);
  });

  it('leaves the files of an earlier synthesis alone when a construct of the next run rejects its props: only discard removes them', () => {
    AtomicSynth.synth(app());
    writeArmOutput();
    const next = new App({ outdir });
    expect(() => new BatchAccount(new TerraformStack(next, 'a'), 'Account', { name: 'Not Valid', resourceGroupName: 'rg', location: 'westeurope' })).toThrow(
      ConstructValidationError,
    );
    new ConstructValidationError(next, 'constructed, never thrown');
    expect([stackFile('a'), stackFile('b'), manifestFile(), armDir()].filter((f) => !fs.existsSync(f))).toEqual([]);
  });

  it('discard removes the manifest, every stack file and the ARM output, and keeps Terraform working files', () => {
    AtomicSynth.synth(app());
    writeArmOutput();
    const terraformDir = path.join(outdir, 'stacks', 'a', '.terraform');
    fs.mkdirSync(terraformDir);
    AtomicSynth.discard(new App({ outdir }));
    expect([stackFile('a'), stackFile('b'), manifestFile(), armDir()].filter((f) => fs.existsSync(f))).toEqual([]);
    expect(fs.existsSync(terraformDir)).toBe(true);
  });

  it('discard does nothing when the output directory does not exist', () => {
    const fresh = new App({ outdir });
    fs.rmSync(outdir, { recursive: true });
    AtomicSynth.discard(fresh);
    expect(fs.readdirSync(workdir)).toEqual([]);
  });

  it('removes the directory of a stack the app no longer has', () => {
    AtomicSynth.synth(app());
    AtomicSynth.synth(app({ stacks: ['a'] }));
    expect(fs.readdirSync(path.join(outdir, 'stacks'))).toEqual(['a']);
  });

  // cdktn-cli 0.24 needs Node >= 22.19 (its bundled HTTP client calls a Node 22 API even for
  // `synth`); on an older Node this one spec cannot run on CDK Terrain and is skipped by name.
  const cliEngine: string | undefined = require(`${TOOLCHAIN}-cli/package.json`).engines?.node;
  const cliRuns = cliEngine === undefined || require('semver').satisfies(process.version, cliEngine);
  const itWithCli = cliRuns ? it : it.skip;
  itWithCli(`keeps \`${TOOLCHAIN} synth\` from leaving stack files when the app fails${cliRuns ? '' : ` (skipped: ${TOOLCHAIN}-cli needs Node ${cliEngine}, this is ${process.version})`}`, () => {
    const root = path.resolve(__dirname, '../..');
    const appFile = path.join(workdir, 'main.ts');
    fs.writeFileSync(
      appFile,
      [
        "import { Annotations, App, TerraformOutput, TerraformStack } from 'cdktf';",
        `import { AtomicSynth } from ${JSON.stringify(path.join(root, 'lib/synth/atomic-synth'))};`,
        'const app = new App();',
        "const a = new TerraformStack(app, 'a');",
        "new TerraformOutput(a, 'greeting', { value: 'hello' });",
        "const b = new TerraformStack(app, 'b');",
        "Annotations.of(new TerraformOutput(b, 'greeting', { value: 'hello' })).addError('b is broken');",
        'AtomicSynth.synth(app);',
      ].join('\n'),
    );
    const register = require.resolve('ts-node/register/transpile-only');
    fs.writeFileSync(path.join(workdir, 'cdktf.json'), JSON.stringify({ language: 'typescript', app: ['node', ...TOOLCHAIN_NODE_ARGS, '-r', register, appFile].join(' ') }));
    fs.mkdirSync(path.join(outdir, 'stacks', 'b'), { recursive: true });
    fs.writeFileSync(stackFile('b'), '{"stale": true}');
    const cli = TOOLCHAIN_CLI;
    let output = '';
    try {
      execFileSync(cli, ['synth'], {
        cwd: workdir,
        env: { ...process.env, CHECKPOINT_DISABLE: '1', NODE_PATH: path.join(root, 'node_modules'), TS_NODE_PROJECT: path.join(root, 'tsconfig.json') },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      output = `${(e as { stdout?: string }).stdout ?? ''}${(e as { stderr?: string }).stderr ?? ''}`;
    }
    expect(output).toContain('[b/greeting] b is broken');
    expect([stackFile('a'), stackFile('b'), manifestFile()].filter((f) => fs.existsSync(f))).toEqual([]);
  }, 60_000);
});
