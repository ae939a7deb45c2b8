import { App, TerraformStack, Testing } from 'cdktf';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ArmSynthesizer } from '../../lib/arm/synthesizer';
import { BatchAccount } from '../../lib/batch/batch-account';
import { CustomImageBatchPool } from '../../lib/batch/custom-image-batch-pool';
import { NodeAgentSku } from '../../lib/batch/node-agent-sku';
import { PoolScale } from '../../lib/batch/pool-scale';
import { GalleryImageVersion } from '../../lib/compute/gallery/image-version';
import { OsType } from '../../lib/core/os-type';
import { ACCOUNT_ID, exampleStack, LOCATION } from './support/stacks';

const VERSION_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-images/providers/Microsoft.Compute/galleries/gal/images/render/versions/1.0.0';

/** A pool on a gallery version replicated to `imageRegion`, in an account in westeurope. */
function poolStack(app: App, name: string, imageRegion: string): TerraformStack {
  const stack = new TerraformStack(app, name);
  new CustomImageBatchPool(stack, 'Pool', {
    account: BatchAccount.fromBatchAccountId(stack, 'Account', ACCOUNT_ID, { location: LOCATION }),
    poolName: 'render',
    image: GalleryImageVersion.fromVersionId(stack, 'Image', VERSION_ID, { location: imageRegion, osType: OsType.LINUX }),
    vmSize: 'Standard_D4s_v5',
    nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
    scale: PoolScale.fixed({ dedicatedNodes: 1 }),
  });
  return stack;
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'arm-'));
}

function annotations(stack: TerraformStack): string[] {
  return stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type.startsWith('@cdktf/')).map((m) => `${m.type} ${m.data}`));
}

describe('the rules before ARM synthesis', () => {
  it('writes neither file for a stack with an error, naming the error as cdktf synth does', () => {
    const stack = poolStack(Testing.app(), 'broken', 'eastus');
    const outdir = tempDir();
    expect(() => ArmSynthesizer.synth(stack, { outdir })).toThrow(
      /^ARM synthesis of stack 'broken' stopped: the stack has 1 error, so neither template\.json nor main\.bicep is written\.\n\[broken\/Pool\] AZB001 /,
    );
    expect(fs.existsSync(path.join(outdir, 'arm', 'broken', 'template.json'))).toBe(false);
    expect(fs.existsSync(path.join(outdir, 'arm', 'broken', 'main.bicep'))).toBe(false);
  });

  it('lists the warnings after the errors, as they may explain them', () => {
    const stack = poolStack(Testing.app(), 'broken', 'eastus');
    let message = '';
    try {
      ArmSynthesizer.synth(stack, { outdir: tempDir() });
    } catch (e) {
      message = (e as Error).message;
    }
    const lines = message.split('\n');
    const heading = lines.findIndex((l) => /^Warning annotations \(\d+\), which may explain the errors:$/.test(l));
    expect(heading).toBeGreaterThan(1);
    expect(lines.slice(heading + 1).length).toBeGreaterThan(0);
    expect(lines.slice(heading + 1).every((l) => l.startsWith('[broken/'))).toBe(true);
    expect(lines.slice(heading + 1).some((l) => l.includes('AZW105'))).toBe(true);
  });

  it('removes the files of an earlier run, so nothing stale can be deployed', () => {
    const outdir = tempDir();
    const folder = path.join(outdir, 'arm', 'broken');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'template.json'), '{}');
    expect(() => ArmSynthesizer.synth(poolStack(Testing.app(), 'broken', 'eastus'), { outdir })).toThrow(/AZB001/);
    expect(fs.existsSync(folder)).toBe(false);
  });

  it('writes no stack of an app when one of its stacks has an error', () => {
    const app = Testing.app();
    poolStack(app, 'good', LOCATION);
    poolStack(app, 'broken', 'eastus');
    const outdir = tempDir();
    expect(() => ArmSynthesizer.synth(app, { outdir })).toThrow(/stack 'broken'/);
    expect(fs.existsSync(path.join(outdir, 'arm', 'good'))).toBe(false);
  });

  it('writes a stack that has only warnings, and reports each annotation once however often the rules run', () => {
    const stack = poolStack(Testing.app(), 'warned', LOCATION);
    const outdir = tempDir();
    ArmSynthesizer.synth(stack, { outdir });
    ArmSynthesizer.synth(stack, { outdir });
    Testing.synth(stack);
    const all = annotations(stack);
    expect(all.some((a) => a.startsWith('@cdktf/warn AZW105'))).toBe(true);
    expect(all).toEqual([...new Set(all)]);
    expect(fs.existsSync(path.join(outdir, 'arm', 'warned', 'template.json'))).toBe(true);
  });

  it("writes into the App's outdir by default and returns the paths it wrote", () => {
    const stack = exampleStack();
    const written = ArmSynthesizer.synth(stack);
    const folder = path.join((stack.node.root as App).outdir, 'arm', 'batch-images');
    expect(written).toEqual([{ stackName: 'batch-images', templateFile: path.join(folder, 'template.json'), bicepFile: path.join(folder, 'main.bicep') }]);
    expect(fs.readdirSync(folder).sort()).toEqual(['main.bicep', 'modules', 'template.json']);
    expect(JSON.parse(fs.readFileSync(written[0].templateFile, 'utf8'))).toEqual(JSON.parse(ArmSynthesizer.render(stack)['template.json']));
  });

  it('writes nothing for a stack that declares no ARM resource', () => {
    const app = Testing.app();
    poolStack(app, 'good', LOCATION);
    new TerraformStack(app, 'empty');
    expect(ArmSynthesizer.synth(app, { outdir: tempDir() }).map((f) => f.stackName)).toEqual(['good']);
  });
});
