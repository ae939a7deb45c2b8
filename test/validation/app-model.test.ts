import { TerraformStack } from 'cdktf';
import { AppModel } from '../../lib/validation/app-model';
import { FakeAccount, FakeImage, FakePool, testApp } from './support/fakes';

describe('AppModel', () => {
  it('groups pools of the whole App by lineage, ignoring case, in construct-path order', () => {
    const app = testApp();
    const b = new TerraformStack(app, 'B');
    const a = new TerraformStack(app, 'A');
    const poolB = new FakePool(b, 'Pool', { account: new FakeAccount(b, 'Account'), image: new FakeImage(b, 'Image', { lineage: '/Snap/OS' }) });
    const poolA = new FakePool(a, 'Pool', { account: new FakeAccount(a, 'Account'), image: new FakeImage(a, 'Image', { lineage: '/snap/os' }) });
    const model = AppModel.of(poolA);
    expect(model).toBe(AppModel.of(poolB));
    expect(model.poolsOfLineage('/SNAP/OS').map((p) => p.constructPath)).toEqual(['A/Pool', 'B/Pool']);
    expect(model.poolOf(poolA)?.constructPath).toBe('A/Pool');
    expect(model.poolOf(a)).toBeUndefined();
  });

  it('returns the same group until a construct registers, then sees the new pool', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    const image = new FakeImage(stack, 'Image', { lineage: 'l' });
    const first = new FakePool(stack, 'First', { account, image });
    const model = AppModel.of(first);
    const group = model.poolsOfLineage('l');
    expect(model.poolsOfLineage('l')).toBe(group);
    new FakePool(stack, 'Second', { account, image });
    expect(model.poolsOfLineage('l').map((p) => p.constructPath)).toEqual(['Stack/First', 'Stack/Second']);
  });

  it('groups pools by lineage family, listing those whose lineage comes from a token', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    const lineages: { [id: string]: string } = {
      Known: 'snapshot:/subscriptions/s/resourcegroups/rg/providers/microsoft.compute/snapshots/os',
      Token: 'snapshot-token:Stack:${var.snap}',
      TokenUpper: 'snapshot-token:Stack:${var.SNAP}',
      Image: 'image-token:Stack:${var.image}',
    };
    for (const [id, lineage] of Object.entries(lineages)) {
      new FakePool(stack, id, { account, image: new FakeImage(stack, `${id}Image`, { lineage }) });
    }
    const model = AppModel.of(stack);
    const family = model.poolsOfLineageFamily(lineages.Known);
    expect(family.pools.map((p) => p.constructPath)).toEqual(['Stack/Known', 'Stack/Token', 'Stack/TokenUpper']);
    expect(family.tokenPools.map((p) => p.constructPath)).toEqual(['Stack/Token', 'Stack/TokenUpper']);
    expect(model.poolsOfLineageFamily(lineages.Token)).toBe(family);
    expect(model.poolsOfLineageFamily(lineages.Image).pools.map((p) => p.constructPath)).toEqual(['Stack/Image']);
    // Terraform expressions are case-sensitive: var.SNAP is another variable than var.snap.
    expect(model.poolsOfLineage(lineages.Token).map((p) => p.constructPath)).toEqual(['Stack/Token']);
    expect(model.poolsOfLineage(lineages.Known.toUpperCase().replace('SNAPSHOT:', 'snapshot:')).map((p) => p.constructPath)).toEqual(['Stack/Known']);
  });

  it('keeps one model per App', () => {
    const one = new TerraformStack(testApp(), 'Stack');
    const other = new TerraformStack(testApp(), 'Stack');
    expect(AppModel.of(one)).not.toBe(AppModel.of(other));
  });
});
