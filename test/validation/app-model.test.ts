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

  it('keeps one model per App', () => {
    const one = new TerraformStack(testApp(), 'Stack');
    const other = new TerraformStack(testApp(), 'Stack');
    expect(AppModel.of(one)).not.toBe(AppModel.of(other));
  });
});
