import { TerraformStack } from 'cdktf';
import { PoolRollout } from '../../../lib/spec/pool-rollout';
import { ImageKind } from '../../../lib/validation/model';
import { Suppressions } from '../../../lib/validation/suppressions';
import { refreshStack } from '../../refresh/support/refresh-app';
import { annotationsOf } from '../support/annotations';
import { FakeAccount, FakeImage, FakePool, testApp } from '../support/fakes';

describe('AZW108 pool replaced in place on a gallery image version created in this app', () => {
  function stackWith(rollout: PoolRollout | undefined, image: { kind?: ImageKind; managedInApp?: boolean } = {}): TerraformStack {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    const fake = new FakeImage(stack, 'Image', { displayName: 'gal/render/1.0.0', ...image });
    new FakePool(stack, 'Pool', { account, image: fake, poolName: 'render', description: { rollout } });
    return stack;
  }

  it('warns on a REPLACE pool, naming the pool and the version, with both fixes', () => {
    expect(annotationsOf(stackWith(PoolRollout.REPLACE), 'AZW108')).toEqual([
      {
        level: 'warning',
        path: 'Stack/Pool',
        message:
          "AZW108 pool 'render' is replaced in place when its image changes: publishing the next version after gallery image version 'gal/render/1.0.0' " +
          'makes Terraform delete the pool, ending its running tasks and removing its nodes, before creating it again — ' +
          'set rollout: PoolRollout.BLUE_GREEN (the pool ID then carries the version and the new pool exists before the old one is deleted), ' +
          'or drain the pool (stop submitting jobs, let its tasks finish) before each new version and suppress AZW108 with that reason',
      },
    ]);
  });

  it('accepts a BLUE_GREEN pool', () => {
    expect(annotationsOf(stackWith(PoolRollout.BLUE_GREEN), 'AZW108')).toEqual([]);
  });

  it('leaves alone a version imported by ID (its versions are published elsewhere) and a managed image (AZB005 covers it)', () => {
    expect(annotationsOf(stackWith(PoolRollout.REPLACE, { managedInApp: false }), 'AZW108')).toEqual([]);
    expect(annotationsOf(stackWith(PoolRollout.REPLACE, { kind: ImageKind.MANAGED_IMAGE }), 'AZW108')).toEqual([]);
  });

  it('leaves alone a pool description that does not say how it rolls out', () => {
    expect(annotationsOf(stackWith(undefined), 'AZW108')).toEqual([]);
  });

  it('warns on a CustomImageBatchPool left at its default rollout on a version this app publishes', () => {
    const annotations = annotationsOf(refreshStack({ version: '1.0.1', month: '2026-12', rollout: PoolRollout.REPLACE }), 'AZW108');
    expect(annotations.map((a) => [a.level, a.path])).toEqual([['warning', 'batch-images/RenderPool']]);
    expect(annotations[0].message).toContain("gallery image version 'gal_batch_images/render/1.0.1'");
  });

  it('can be suppressed with a reason (a team that drains its pools before each version)', () => {
    const stack = stackWith(PoolRollout.REPLACE);
    Suppressions.add(stack, 'AZW108', 'the pipeline drains the pool before publishing');
    expect(annotationsOf(stack, 'AZW108')).toEqual([
      { level: 'info', path: 'Stack/Pool', message: 'suppressed AZW108: the pipeline drains the pool before publishing' },
    ]);
  });
});
