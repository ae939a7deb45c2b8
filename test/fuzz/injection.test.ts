import * as fc from 'fast-check';
import { TerraformVariable } from 'cdktf';
import { BatchAccount } from '../../lib/batch/batch-account';
import { BatchPublicNetworkAccess } from '../../lib/batch/batch-account-settings';
import { CustomImageBatchPool } from '../../lib/batch/custom-image-batch-pool';
import { NodeAgentSku } from '../../lib/batch/node-agent-sku';
import { PoolScale } from '../../lib/batch/pool-scale';
import { ComputeGallery } from '../../lib/compute/gallery/compute-gallery';
import { ManagedImage } from '../../lib/compute/managed-image';
import { readTemplate } from '../injection/support/template';
import { check } from './support/oracle';
import { fuzzParameters, fuzzTimeout } from './support/runs';
import { SuccessRate } from './support/success-rate';
import { resources, synthCase } from './support/synth';

const SUB = '00000000-0000-0000-0000-000000000000';
const TOKEN = '<<token>>';

// Text as pieces: literal strings full of template syntax, quotes, newlines and unicode, and tokens.
const text = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.string({ unit: fc.constantFrom('$', '%', '{', '}', '"', "'", '\\', '\n', '\t', 'a', 'Z', ' ', 'é', '😀', '\u0000'), maxLength: 10 }) }, { weight: 1, arbitrary: fc.constant(TOKEN) }), {
    minLength: 1,
    maxLength: 4,
  })
  .filter((pieces) => pieces.join('').trim() !== '');
const map = fc.dictionary(fc.string({ unit: fc.constantFrom('$', '%', '{', '}', '"', 'k', 'é', ' '), minLength: 1, maxLength: 6 }), text, { maxKeys: 3 });

describe('free text under random input', () => {
  it(
    'reaches Terraform as the literal text given, around tokens too, in every free-text field',
    () => {
      // Every input is valid by construction: the property fails on any rejection.
      const rate = new SuccessRate(expect.getState().currentTestName!);
      fc.assert(
        fc.property(fc.record({ tags: map, description: text, displayName: text, metadata: map, commandLine: text, environment: map }), (p) => {
          let token = '';
          const expected = (pieces: string[]) => pieces.map((x) => (x === TOKEN ? '{{var.v}}' : x)).join('');
          const expectedMap = (m: { [k: string]: string[] }) =>
            Object.fromEntries(Object.entries(m).map(([k, v]) => [k, expected(v)] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
          const json = synthCase('2026-01-15', ({ stack }) => {
            token = new TerraformVariable(stack, 'v', { type: 'string' }).stringValue;
            const actual = (pieces: string[]) => pieces.map((x) => (x === TOKEN ? token : x)).join('');
            const actualMap = (m: { [k: string]: string[] }) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, actual(v)]));
            const account = new BatchAccount(stack, 'Account', {
              name: 'acme',
              resourceGroupName: 'rg',
              location: 'westeurope',
              publicNetworkAccess: BatchPublicNetworkAccess.ENABLED,
              tags: actualMap(p.tags),
            });
            new ComputeGallery(stack, 'Gallery', { name: 'gal', resourceGroupName: 'rg', location: 'westeurope', description: actual(p.description), tags: actualMap(p.tags) });
            new CustomImageBatchPool(stack, 'Pool', {
              account,
              image: ManagedImage.fromImageId(stack, 'Image', `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Compute/images/img`, { location: 'westeurope' }),
              poolName: 'render',
              displayName: actual(p.displayName),
              vmSize: 'Standard_D4s_v5',
              nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
              scale: PoolScale.fixed({ dedicatedNodes: 1 }),
              metadata: actualMap(p.metadata),
              startTask: { commandLine: actual(p.commandLine), environment: actualMap(p.environment) },
            });
          });
          check(rate.record(json !== undefined), 'valid names with hostile free text were rejected');
          const read = (value: string) => readTemplate(value);
          const sorted = (m: { [k: string]: string }) => Object.fromEntries(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
          const readMap = (m: { [k: string]: string } | undefined) => sorted(Object.fromEntries(Object.entries(m ?? {}).map(([k, v]) => [read(k), read(v)])));
          const [account] = resources(json, 'azurerm_batch_account');
          const [gallery] = resources(json, 'azurerm_shared_image_gallery');
          const [pool] = resources(json, 'azurerm_batch_pool');
          const same = (a: unknown, b: unknown, what: string) => check(JSON.stringify(a) === JSON.stringify(b), `${what}: ${JSON.stringify(a)} !== ${JSON.stringify(b)}`);
          same(readMap(account.tags), expectedMap(p.tags), 'account tags');
          same(readMap(gallery.tags), expectedMap(p.tags), 'gallery tags');
          same(read(gallery.description), expected(p.description), 'gallery description');
          same(read(pool.display_name), expected(p.displayName), 'display name');
          same(readMap(pool.metadata), expectedMap(p.metadata), 'metadata');
          same(read(pool.start_task.command_line), expected(p.commandLine), 'command line');
          same(readMap(pool.start_task.common_environment_properties), expectedMap(p.environment), 'environment');
        }),
        fuzzParameters(),
      );
      rate.expectAtLeast();
    },
    fuzzTimeout(),
  );
});
