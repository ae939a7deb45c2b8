import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { CustomImageBatchPool } from '../../lib/batch/custom-image-batch-pool';
import { PoolRollout } from '../../lib/spec/pool-rollout';
import { GalleryImageVersion } from '../../lib/compute/gallery/image-version';
import { OsType } from '../../lib/core/os-type';
import { allResources, armTemplate } from '../arm/support/stacks';
import { refreshStack } from '../refresh/support/refresh-app';
import { expectRejected } from '../support/rejections';
import { FakeImage } from './support/fake-image';
import { newPool } from './support/pool';
import { newStack } from './support/synth';

const VERSION_ID =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-images/providers/Microsoft.Compute/galleries/gal/images/render/versions/1.0.3';

function pool(stack: TerraformStack): any {
  return Object.values(JSON.parse(Testing.synth(stack)).resource.azurerm_batch_pool)[0];
}

describe('PoolRollout.BLUE_GREEN', () => {
  it('derives the pool ID from the pool name and the image version, and creates the new pool before deleting the old one', () => {
    const stack = refreshStack({ version: '1.0.3', month: '2026-12' });
    const resource = pool(stack);
    expect(resource.name).toBe('render-1-0-3');
    expect(resource.lifecycle).toEqual({ create_before_destroy: true });
    const construct = stack.node.findChild('RenderPool') as CustomImageBatchPool;
    expect(construct.currentPoolId).toBe('render-1-0-3');
    expect(construct.poolName).toBe('render');
    expect(construct.rollout).toBe(PoolRollout.BLUE_GREEN);
  });

  it('publishes the current pool ID as a stack output named after the pool, for job submitters', () => {
    const stack = refreshStack({ version: '1.0.3', month: '2026-12' });
    expect(JSON.parse(Testing.synth(stack)).output).toEqual({
      RenderPool_pool_id: {
        value: 'render-1-0-3',
        description: 'ID of the Batch pool to submit jobs to (batch-images/RenderPool); it changes with each image version (blue/green rollout)',
      },
    });
  });

  it('names the output after the pool\'s path in its stack, as a valid Terraform name', () => {
    const stack = newStack();
    const image = GalleryImageVersion.fromVersionId(stack, 'Version', VERSION_ID, { osType: OsType.LINUX, location: 'westeurope' });
    newPool(stack, { image, rollout: PoolRollout.BLUE_GREEN }, '2nd.Pool');
    expect(Object.keys(JSON.parse(Testing.synth(stack)).output)).toEqual(['_2nd_Pool_pool_id']);
  });

  it('names the pool the same way in the ARM template', () => {
    const template = armTemplate(refreshStack({ version: '1.0.3', month: '2026-12' }));
    const pools = allResources(template).filter((r: any) => r.type === 'Microsoft.Batch/batchAccounts/pools');
    expect(pools.map((r: any) => r.name)).toEqual([expect.stringContaining("'render-1-0-3'")]);
  });

  it('works on an imported gallery image version, whose version is read from its ID', () => {
    const stack = newStack();
    const image = GalleryImageVersion.fromVersionId(stack, 'Version', VERSION_ID, { osType: OsType.LINUX, location: 'westeurope' });
    newPool(stack, { image, rollout: PoolRollout.BLUE_GREEN });
    expect(pool(stack).name).toBe('render-1-0-3');
  });

  it('rejects a pool ID longer than 64 characters, saying how long the pool name may be', () => {
    const stack = newStack();
    const image = GalleryImageVersion.fromVersionId(stack, 'Version', VERSION_ID, { osType: OsType.LINUX, location: 'westeurope' });
    const poolName = 'render-'.padEnd(60, 'x');
    expectRejected(
      () => newPool(stack, { image, poolName, rollout: PoolRollout.BLUE_GREEN }),
      `[Test/Pool] rollout BLUE_GREEN derives pool ID '${poolName}-1-0-3' (66 characters) from poolName '${poolName}' and image version '1.0.3', ` +
        'but Batch allows at most 64; shorten poolName to at most 58 characters.',
    );
  });

  it('rejects an image that has no version (a managed image)', () => {
    const stack = newStack();
    expectRejected(
      () => newPool(stack, { image: new FakeImage(stack, 'Image'), rollout: PoolRollout.BLUE_GREEN }),
      "[Test/Pool] rollout BLUE_GREEN names the pool after its image version, but image 'Test/Image' is not a gallery image version; " +
        'publish the image to an Azure Compute Gallery (image.publishTo(definition, { version })) and give the pool the version, or use PoolRollout.REPLACE.',
    );
  });

  it('rejects a version known only at plan time', () => {
    const stack = newStack();
    const id = new TerraformVariable(stack, 'version_id', { type: 'string' }).stringValue;
    const image = GalleryImageVersion.fromVersionId(stack, 'Version', id);
    expectRejected(
      () => newPool(stack, { image, rollout: PoolRollout.BLUE_GREEN }),
      '[Test/Pool] rollout BLUE_GREEN needs the pool name and the image version at synth time to derive the pool ID, but one of them is a Terraform token; ' +
        "pass literal values (e.g. poolName 'render' and version '1.0.3'), or use PoolRollout.REPLACE.",
    );
  });

  it('rejects a rollout that is not a PoolRollout', () => {
    expectRejected(() => newPool(newStack(), { rollout: 'Rolling' as PoolRollout }), '[Test/Pool] rollout');
  });
});

describe('PoolRollout.REPLACE (the default)', () => {
  it('keeps the pool name as the pool ID, without create_before_destroy or an output', () => {
    const stack = refreshStack({ version: '1.0.3', month: '2026-12', rollout: PoolRollout.REPLACE });
    const resource = pool(stack);
    expect(resource.name).toBe('render');
    expect(resource.lifecycle).toBeUndefined();
    expect(JSON.parse(Testing.synth(stack)).output).toBeUndefined();
    expect((stack.node.findChild('RenderPool') as CustomImageBatchPool).currentPoolId).toBe('render');
  });

  it('is the default', () => {
    const stack = newStack();
    expect(newPool(stack).rollout).toBe(PoolRollout.REPLACE);
  });
});
