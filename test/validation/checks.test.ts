import * as fs from 'fs';
import * as path from 'path';
import { Aspects, TerraformStack, TerraformVariable } from 'cdktf';
import { OsType } from '../../lib/core/os-type';
import { CustomImagePoolChecks } from '../../lib/validation/checks';
import { ImageKind, PoolDescription } from '../../lib/validation/model';
import { Suppressions } from '../../lib/validation/suppressions';
import { annotationsOf, synthAnnotations } from './support/annotations';
import { FakeAccount, FakeImage, fakeManagedImage, FakePool, fixed, testApp } from './support/fakes';

describe('CustomImagePoolChecks', () => {
  it('fails synth once, listing every error of the stack with its construct path', () => {
    const app = testApp();
    const stack = new TerraformStack(app, 'Stack');
    const account = new FakeAccount(stack, 'Account', { location: 'westeurope' });
    const farAway = new FakeImage(stack, 'FarAway', { kind: ImageKind.MANAGED_IMAGE, location: 'eastus' });
    const windows = new FakeImage(stack, 'Windows', { osType: OsType.WINDOWS });
    new FakePool(stack, 'RegionPool', { account, image: farAway });
    new FakePool(stack, 'SkuPool', { account, image: windows, nodeAgentSkuId: 'batch.node.ubuntu 22.04' });
    new FakePool(stack, 'BigPool', { account, image: fakeManagedImage(stack, 'Big'), scale: fixed(2501) });

    let failure: Error | undefined;
    try {
      app.synth();
    } catch (e) {
      failure = e as Error;
    }
    expect(failure).toBeDefined();
    const errorLines = failure!.message.split('\n').filter((line) => /^\[Stack\//.test(line));
    expect(errorLines.map((line) => line.slice(0, line.indexOf(' ', line.indexOf('] ') + 2)))).toEqual([
      '[Stack/RegionPool] AZB001',
      '[Stack/SkuPool] AZB007',
      '[Stack/BigPool] AZB003',
    ]);
  });

  it('records warnings and suppressions in cdktf.out/manifest.json when synth succeeds', () => {
    const app = testApp();
    const stack = new TerraformStack(app, 'Stack');
    const account = new FakeAccount(stack, 'Account');
    const image = new FakeImage(stack, 'Image', { managedInApp: false });
    const pool = new FakePool(stack, 'Pool', { account, image, scale: fixed(300, 0, 4) });
    Suppressions.add(pool, 'AZW105', 'image is protected by a delete lock');
    app.synth();
    const manifest = JSON.parse(fs.readFileSync(path.join(app.outdir, 'manifest.json'), 'utf8'));
    const annotations = manifest.stacks.Stack.annotations.map((a: { level: string; constructPath: string; message: string }) => [
      a.level,
      a.constructPath,
      a.message,
    ]);
    expect(annotations).toEqual([
      ['@cdktf/warn', 'Stack/Pool', expect.stringMatching(/^AZW101 fixed pool 'pool' targets 300 nodes with a resizeTimeout of 4 minutes/)],
      ['@cdktf/info', 'Stack/Pool', 'suppressed AZW105: image is protected by a delete lock'],
    ]);
  });

  it('counts pools of one lineage in two stacks together and reports the error in both', () => {
    const app = testApp();
    const first = new TerraformStack(app, 'First');
    const second = new TerraformStack(app, 'Second');
    const lineage = 'snapshot-os-disk';
    new FakePool(first, 'Pool', {
      account: new FakeAccount(first, 'Account'),
      image: fakeManagedImage(first, 'Image', { lineage }),
      scale: fixed(1500),
    });
    new FakePool(second, 'Pool', {
      account: new FakeAccount(second, 'Account'),
      image: fakeManagedImage(second, 'Image', { lineage }),
      scale: fixed(1001),
    });
    for (const stack of [first, second]) {
      const annotations = annotationsOf(stack, 'AZB003');
      expect(annotations.map((a) => [a.level, a.path])).toEqual([['error', `${stack.node.id}/Pool`]]);
      expect(annotations[0].message).toContain("2501 dedicated nodes in total ('First/Pool' 1500, 'Second/Pool' 1001)");
    }
  });

  it('reports both stacks\' errors in the manifest when synth continues on errors, as `cdktf synth` does', () => {
    process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = 'true';
    try {
      const app = testApp();
      for (const [id, count] of [['First', 2000], ['Second', 501]] as const) {
        const stack = new TerraformStack(app, id);
        new FakePool(stack, 'Pool', {
          account: new FakeAccount(stack, 'Account'),
          image: fakeManagedImage(stack, 'Image', { lineage: 'shared' }),
          scale: fixed(count),
        });
      }
      app.synth();
      const manifest = JSON.parse(fs.readFileSync(path.join(app.outdir, 'manifest.json'), 'utf8'));
      for (const id of ['First', 'Second']) {
        const errors = manifest.stacks[id].annotations.filter((a: { level: string }) => a.level === '@cdktf/error');
        expect(errors.map((a: { message: string }) => a.message.slice(0, 6))).toEqual(['AZB003']);
      }
    } finally {
      delete process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS;
    }
  });

  it('adds itself once per stack, and adding it again or synthesizing twice does not duplicate annotations', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'Pool', { account, image: new FakeImage(stack, 'Image', { managedInApp: false }) });
    expect(Aspects.of(stack).all.filter((a) => a instanceof CustomImagePoolChecks)).toHaveLength(1);
    Aspects.of(stack).add(new CustomImagePoolChecks());
    synthAnnotations(stack);
    expect(annotationsOf(stack, 'AZW105')).toHaveLength(1);
  });

  it('describes each pool once per synth, whatever the number of pools sharing a lineage', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    const image = fakeManagedImage(stack, 'Image');
    let describes = 0;
    class CountingPool extends FakePool {
      public describe(): PoolDescription {
        describes++;
        return super.describe();
      }
    }
    for (let i = 0; i < 50; i++) new CountingPool(stack, `Pool${i}`, { account, image, scale: fixed(60) });
    synthAnnotations(stack);
    expect(describes).toBe(50);
    expect(annotationsOf(stack, 'AZB003')).toHaveLength(50);
  });

  it('suppressing a rule also silences its AZW106, and records the suppression', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const location = new TerraformVariable(stack, 'location', { type: 'string' }).stringValue;
    const account = new FakeAccount(stack, 'Account');
    const pool = new FakePool(stack, 'Pool', { account, image: new FakeImage(stack, 'Image', { location }) });
    Suppressions.add(pool, 'AZB001', 'image region is checked by the pipeline');
    expect(synthAnnotations(stack)).toEqual([
      { level: 'info', path: 'Stack/Pool', message: 'suppressed AZB001: image region is checked by the pipeline' },
    ]);
  });

  it('suppressing AZW106 silences every "could not be evaluated" warning below the scope', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const location = new TerraformVariable(stack, 'location', { type: 'string' }).stringValue;
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'Pool', { account, image: new FakeImage(stack, 'Image', { location }) });
    Suppressions.add(stack, 'AZW106', 'locations come from a checked tfvars file');
    expect(synthAnnotations(stack)).toEqual([
      { level: 'info', path: 'Stack/Pool', message: 'suppressed AZW106: locations come from a checked tfvars file' },
    ]);
  });

  it('leaves a stack of valid pools without annotations', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'Pool', { account, image: new FakeImage(stack, 'Image') });
    expect(synthAnnotations(stack)).toEqual([]);
  });
});
