import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../../scripts/build-output';
import { FLAVOURS, FlavourName } from '../../scripts/flavour';
import { withoutToolchainVersions } from '../support/toolchain';

// The example app (bin/main.ts) run as `npm run synth` and `npm run synth:cdktn` run it, each in
// its own process, whichever toolchain jest itself is on.
const NODE_ARGS: { [name in FlavourName]: string[] } = {
  cdktf: [],
  cdktn: ['-r', path.join(ROOT, 'scripts', 'register-cdktn.js')],
};

/** The installed version of `name`, read from disk so jest's toolchain mapping cannot redirect it. */
function installedVersion(name: string): string {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

function synthOn(toolchain: FlavourName): string {
  const outdir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), `example-${toolchain}-`)), 'out');
  const run = spawnSync(process.execPath, [...NODE_ARGS[toolchain], require.resolve('ts-node/dist/bin.js'), '--transpile-only', 'bin/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, CDKTF_OUTDIR: outdir },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`bin/main.ts on ${toolchain} exited with ${run.status}:\n${run.stderr}`);
  return outdir;
}

describe('the example app on cdktf and on CDK Terrain', () => {
  let out: { [name in FlavourName]: string };
  const read = (toolchain: FlavourName, file: string) => fs.readFileSync(path.join(out[toolchain], file), 'utf8');
  const stack = (toolchain: FlavourName) => JSON.parse(read(toolchain, 'stacks/batch-images/cdk.tf.json'));

  beforeAll(() => {
    out = { cdktf: synthOn('cdktf'), cdktn: synthOn('cdktn') };
  }, 120_000);

  it('writes the same files', () => {
    expect(filesUnder(out.cdktn)).toEqual(filesUnder(out.cdktf));
    expect(filesUnder(out.cdktf)).toContain(path.join('stacks', 'batch-images', 'cdk.tf.json'));
  });

  it('synthesizes the same Terraform stack, apart from the toolchain and azurerm versions it names', () => {
    expect(withoutToolchainVersions(stack('cdktn'))).toEqual(withoutToolchainVersions(stack('cdktf')));
    expect(Object.keys(stack('cdktf').resource).length).toBeGreaterThan(3);
  });

  it('names each toolchain\'s own version, and the azurerm release of its bindings (4.55.0 and 4.73.0)', () => {
    for (const toolchain of ['cdktf', 'cdktn'] as const) {
      expect([toolchain, stack(toolchain)['//'].metadata.version]).toEqual([toolchain, installedVersion(toolchain)]);
    }
    expect(stack('cdktf').terraform.required_providers.azurerm.version).toBe('4.55.0');
    expect(stack('cdktn').terraform.required_providers.azurerm.version).toBe('4.73.0');
    expect(installedVersion(FLAVOURS.cdktn.modules['@cdktf/provider-azurerm'])).toBe('16.1.0');
  });

  it('records the same annotations and writes the same ARM template and Bicep, byte for byte', () => {
    const manifest = (toolchain: FlavourName) => JSON.parse(read(toolchain, 'manifest.json'));
    expect(manifest('cdktn').stacks).toEqual(manifest('cdktf').stacks);
    for (const file of filesUnder(out.cdktf).filter((f) => f.startsWith(`arm${path.sep}`))) {
      expect([file, read('cdktn', file)]).toEqual([file, read('cdktf', file)]);
    }
  });
});
