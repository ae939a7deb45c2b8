import * as fc from 'fast-check';
import { BatchAccount } from '../../lib/batch/batch-account';
import { CustomImageBatchPool } from '../../lib/batch/custom-image-batch-pool';
import { NodeAgentSku } from '../../lib/batch/node-agent-sku';
import { PoolScale } from '../../lib/batch/pool-scale';
import { ComputeGallery } from '../../lib/compute/gallery/compute-gallery';
import { ManagedImageFromSnapshots } from '../../lib/compute/managed-image-from-snapshots';
import { Snapshot } from '../../lib/compute/snapshot';
import { OsType } from '../../lib/core/os-type';
import { check } from './support/oracle';
import { fuzzParameters, fuzzTimeout } from './support/runs';
import { SuccessRate } from './support/success-rate';
import { providerStack, resources, synthApp } from './support/synth';

const SUBSCRIPTION = '00000000-0000-0000-0000-00000000000a';
const RG = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-images/providers/Microsoft.Compute`;

const pool = fc.record({
  otherStack: fc.boolean(),
  // Pools on the gallery version are bound by replicas (AZW109), not by the managed-image limits.
  onGallery: fc.boolean(),
  scale: fc.oneof(
    fc.record({ fixed: fc.constant(true), dedicated: fc.integer({ min: 0, max: 2000 }), spot: fc.integer({ min: 0, max: 1000 }) }),
    fc.record({ fixed: fc.constant(false), dedicated: fc.integer({ min: 0, max: 3000 }), spot: fc.integer({ min: 0, max: 1500 }) }),
  ),
});

describe('node limits over pools in several stacks', () => {
  it(
    'synthesize exactly when the pools on managed images of one lineage stay within 2500 dedicated and 1000 Spot nodes, whatever the gallery pools of that lineage add, and name the broken limit otherwise',
    () => {
      const rate = new SuccessRate(expect.getState().currentTestName!);
      fc.assert(
        fc.property(fc.array(pool, { minLength: 1, maxLength: 4 }), (pools) => {
          const managed = pools.filter((p) => !p.onGallery);
          const dedicated = managed.reduce((n, p) => n + p.scale.dedicated, 0);
          const spot = managed.reduce((n, p) => n + p.scale.spot, 0);
          let rejection = '';
          const result = synthApp('2026-01-15', ({ app, stack }) => {
            const other = pools.some((p) => p.otherStack) ? providerStack(app, 'other') : undefined;
            const image = new ManagedImageFromSnapshots(stack, 'Image', {
              name: 'img-render',
              resourceGroupName: 'rg-images',
              location: 'westeurope',
              subscriptionId: SUBSCRIPTION,
              osType: OsType.LINUX,
              osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'Os', `${RG}/snapshots/render-os`),
            });
            const gallery = new ComputeGallery(stack, 'Gallery', { name: 'gal', resourceGroupName: 'rg-images', location: 'westeurope' });
            const version = image.publishTo(gallery.addImageDefinition('Definition', { name: 'render', osType: OsType.LINUX, identifier: { publisher: 'a', offer: 'b', sku: 'c' } }), { version: '1.0.0' });
            pools.forEach((p, i) => {
              const scope = p.otherStack ? other! : stack;
              const account = BatchAccount.fromBatchAccountId(scope, `Account${i}`, `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.Batch/batchAccounts/acme`, { location: 'westeurope' });
              new CustomImageBatchPool(scope, `Pool${i}`, {
                account,
                image: p.onGallery ? version : image,
                poolName: `pool${i}`,
                vmSize: 'Standard_D4s_v5',
                nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
                scale: p.scale.fixed
                  ? PoolScale.fixed({ dedicatedNodes: p.scale.dedicated, spotNodes: p.scale.spot })
                  : PoolScale.autoscale({ formula: '$TargetDedicatedNodes = 1;', maxDedicatedNodes: p.scale.dedicated, maxSpotNodes: p.scale.spot }),
              });
            });
          }, (message) => (rejection = message));
          rate.record(result !== undefined);
          if (result === undefined) {
            // Every input above is valid: only the node limits may fail the synth, and each broken one is named.
            check(dedicated > 2500 || spot > 1000, `synth failed although the managed-image pools total ${dedicated} dedicated and ${spot} Spot nodes: ${rejection}`);
            check(rejection.includes('AZB003') === dedicated > 2500, `AZB003 reported: ${rejection.includes('AZB003')}, ${dedicated} dedicated nodes`);
            check(rejection.includes('AZB004') === spot > 1000, `AZB004 reported: ${rejection.includes('AZB004')}, ${spot} Spot nodes`);
            return;
          }
          check(dedicated <= 2500 && spot <= 1000, `synthesized pools totalling ${dedicated} dedicated and ${spot} Spot nodes`);
          const synthesized = Object.values(result).flatMap((json) => resources(json, 'azurerm_batch_pool'));
          check(synthesized.length === pools.length, `${synthesized.length} of ${pools.length} pools synthesized`);
        }),
        fuzzParameters(),
      );
      rate.expectAtLeast();
    },
    fuzzTimeout(),
  );
});
