import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Annotations, App, Fn, TerraformStack, TerraformVariable } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ArmSynthesizer } from '../../lib/arm/synthesizer';
import { ComputeGallery } from '../../lib/compute/gallery/compute-gallery';
import { AtomicApp } from '../../lib/synth/atomic-app';
import { AtomicSynth } from '../../lib/synth/atomic-synth';

describe('AtomicApp: one call for Terraform, ARM/Bicep and a clean failure', () => {
  let workdir: string;
  let outdir: string;
  beforeEach(() => {
    workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'atomic-app-'));
    outdir = path.join(workdir, 'cdktf.out');
  });
  afterEach(() => fs.rmSync(workdir, { recursive: true, force: true }));

  /** A stack `name` with one gallery, which has an ARM counterpart. */
  function galleryStack(app: App, name = 'images', galleryLocation = 'westeurope'): ComputeGallery {
    const stack = new TerraformStack(app, name);
    new AzurermProvider(stack, 'azurerm', { features: [{}], subscriptionId: '00000000-0000-0000-0000-000000000000' });
    return new ComputeGallery(stack, 'Gallery', { name: 'gal_images', resourceGroupName: 'rg-images', location: galleryLocation });
  }
  /** Every file under the output directory, relative to it, sorted. */
  function files(): string[] {
    if (!fs.existsSync(outdir)) return [];
    return (fs.readdirSync(outdir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(outdir, f)).isFile()).sort();
  }
  const ARM_FILES = [path.join('arm', 'images', 'main.bicep'), path.join('arm', 'images', 'template.json')];
  // The rules' SARIF report (batch-images.sarif) is written with every synthesis.
  const TERRAFORM_FILES = ['batch-images.sarif', 'manifest.json', path.join('stacks', 'images', 'cdk.tf.json')];

  it('writes the Terraform JSON, and the ARM template and Bicep when armTemplates is set', () => {
    const app = new AtomicApp({ outdir, armTemplates: true });
    galleryStack(app);
    app.synth();
    expect(files()).toEqual([...ARM_FILES, ...TERRAFORM_FILES].sort());
    expect(JSON.parse(fs.readFileSync(path.join(outdir, 'arm/images/template.json'), 'utf8')).resources.map((r: any) => r.type)).toEqual([
      'Microsoft.Compute/galleries',
    ]);
  });

  it('writes no ARM output by default', () => {
    const app = new AtomicApp({ outdir });
    galleryStack(app);
    app.synth();
    expect(files()).toEqual(TERRAFORM_FILES);
  });

  it("removes the previous run's output as soon as it is created, so a construct rejecting its props leaves nothing stale", () => {
    const good = new AtomicApp({ outdir, armTemplates: true });
    galleryStack(good);
    good.synth();
    fs.mkdirSync(path.join(outdir, 'stacks', 'images', '.terraform'));

    const next = new AtomicApp({ outdir, armTemplates: true });
    expect(() => galleryStack(next, 'images', 'not a region!')).toThrow("location 'not a region!' is not an Azure region name");
    expect(files()).toEqual([]);
    expect(fs.existsSync(path.join(outdir, 'stacks', 'images', '.terraform'))).toBe(true);
  });

  it('leaves no file when the ARM output fails after the Terraform synthesis succeeded', () => {
    const app = new AtomicApp({ outdir, armTemplates: true });
    const stack = TerraformStack.of(galleryStack(app));
    // A Terraform function: Terraform evaluates it, an ARM template cannot express it.
    const team = new TerraformVariable(stack, 'team', { type: 'string' });
    new ComputeGallery(stack, 'Tagged', { name: 'gal_tagged', resourceGroupName: 'rg-images', location: 'westeurope', tags: { team: Fn.upper(team.stringValue) } });
    expect(() => app.synth()).toThrow('ARM output');
    expect(files()).toEqual([]);
  });

  it('fails listing the errors and then the warnings, and leaves no file', () => {
    const app = new AtomicApp({ outdir });
    const gallery = galleryStack(app);
    Annotations.of(gallery).addWarning('the gallery is lonely');
    Annotations.of(gallery).addError('the gallery is broken');
    let message = '';
    try {
      app.synth();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.split('\n')).toEqual([
      `Synthesis failed, so ${outdir} keeps no stack file (none would be current). Error annotations:`,
      '[images/Gallery] the gallery is broken',
      'Warning annotations (1), which may explain the errors:',
      '[images/Gallery] the gallery is lonely',
    ]);
    // Nothing deployable is left; the SARIF report of this failed run stays, for CI to show.
    expect(files()).toEqual(['batch-images.sarif']);
  });
});

describe('ArmSynthesizer.synth and AtomicSynth.synth', () => {
  let outdir: string;
  beforeEach(() => {
    outdir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'arm-order-')), 'cdktf.out');
  });
  afterEach(() => fs.rmSync(path.dirname(outdir), { recursive: true, force: true }));

  function app(): App {
    const result = new App({ outdir });
    const stack = new TerraformStack(result, 'images');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    new ComputeGallery(stack, 'Gallery', { name: 'gal_images', resourceGroupName: 'rg-images', location: 'westeurope' });
    return result;
  }
  const template = () => path.join(outdir, 'arm', 'images', 'template.json');

  it.each([
    ['Terraform first', ['terraform', 'arm']],
    ['ARM first', ['arm', 'terraform']],
  ])('write both outputs in either order (%s)', (_, order) => {
    const current = app();
    for (const step of order) {
      if (step === 'terraform') AtomicSynth.synth(current);
      else ArmSynthesizer.synth(current);
    }
    expect(fs.existsSync(template())).toBe(true);
    expect(fs.existsSync(path.join(outdir, 'stacks', 'images', 'cdk.tf.json'))).toBe(true);
  });

  it("still remove an earlier app's ARM output: only folders written for the same App are kept", () => {
    ArmSynthesizer.synth(app());
    AtomicSynth.synth(app());
    expect(fs.existsSync(template())).toBe(false);
  });
});
