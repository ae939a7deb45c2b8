import { TerraformStack, Testing } from 'cdktf';
import { BatchAccount } from '../../lib/batch/batch-account';
import { CustomImageBatchPool } from '../../lib/batch/custom-image-batch-pool';
import { NodeAgentSku } from '../../lib/batch/node-agent-sku';
import { PoolRollout } from '../../lib/spec/pool-rollout';
import { PoolScale } from '../../lib/batch/pool-scale';
import { ComputeGallery } from '../../lib/compute/gallery/compute-gallery';
import { OsType } from '../../lib/core/os-type';
import { expectRejected } from '../support/rejections';
import { annotationsOf, synthAnnotations } from '../validation/support/annotations';
import { ACCOUNT_ID, DATA_DISK_ID, LOCATION, monthlyImage, OS_DISK_ID, Refresh, refreshStack } from './support/refresh-app';

function synth(refresh: Refresh): any {
  return JSON.parse(Testing.synth(refreshStack(refresh)));
}

/** `type.name` of every resource, with its configuration. */
function resources(json: any): Map<string, any> {
  const all = new Map<string, any>();
  for (const [type, byName] of Object.entries<any>(json.resource)) {
    for (const [name, config] of Object.entries(byName)) all.set(`${type}.${name}`, config);
  }
  return all;
}

/** What Terraform would see change from `before` to `after`: added, removed and changed resource addresses. */
function diff(before: any, after: any): { added: string[]; removed: string[]; changed: string[] } {
  const a = resources(before);
  const b = resources(after);
  return {
    added: [...b.keys()].filter((k) => !a.has(k)).sort(),
    removed: [...a.keys()].filter((k) => !b.has(k)).sort(),
    changed: [...b.keys()].filter((k) => a.has(k) && JSON.stringify(a.get(k)) !== JSON.stringify(b.get(k))).sort(),
  };
}

/** The type of each address, e.g. `azurerm_batch_pool`. */
const types = (addresses: string[]) => addresses.map((a) => a.split('.')[0]);

describe('monthly image refresh: disks → snapshots → image → version → blue/green pool', () => {
  it('synthesizes Copy snapshots of the disks, a pool named after the version with create_before_destroy, and the pool-ID output', () => {
    const stack = refreshStack({ version: '1.0.3', month: '2026-12' });
    const json = JSON.parse(Testing.synth(stack));
    const snapshots = Object.values<any>(json.resource.azurerm_snapshot);
    expect(snapshots.map((s) => [s.name, s.create_option, s.source_uri, s.incremental_enabled])).toEqual([
      ['render-data-2026-12', 'Copy', DATA_DISK_ID, true],
      ['render-os-2026-12', 'Copy', OS_DISK_ID, true],
    ]);
    const [pool] = Object.values<any>(json.resource.azurerm_batch_pool);
    expect(pool.name).toBe('render-1-0-3');
    expect(pool.lifecycle).toEqual({ create_before_destroy: true });
    expect(pool.storage_image_reference.id).toMatch(/^\$\{azurerm_shared_image_version\./);
    expect(json.output.RenderPool_pool_id.value).toBe('render-1-0-3');
    expect(synthAnnotations(stack)).toEqual([]);
  });

  it('changes only the version, the image and the pool from 1.0.0 to 1.0.1 (snapshots referenced by ID, as in the example app)', () => {
    const before = synth({ version: '1.0.0', month: '2026-11', snapshots: 'imported' });
    const after = synth({ version: '1.0.1', month: '2026-12', snapshots: 'imported' });
    const change = diff(before, after);
    expect(types(change.added)).toEqual(['azapi_resource', 'azurerm_shared_image_version']);
    expect(types(change.removed)).toEqual(['azapi_resource', 'azurerm_shared_image_version']);
    // The pool keeps its address: Terraform replaces it, creating the new pool first.
    expect(types(change.changed)).toEqual(['azurerm_batch_pool']);
    const pool = (json: any) => Object.values<any>(json.resource.azurerm_batch_pool)[0];
    expect([pool(before).name, pool(after).name]).toEqual(['render-1-0-0', 'render-1-0-1']);
    expect(Object.values<any>(after.resource.azurerm_shared_image_version)[0].name).toBe('1.0.1');
    expect(after.output.RenderPool_pool_id.value).toBe('render-1-0-1');
    // Nothing else moves: provider, gallery, definition and the client-config data source are identical.
    const { resource: _r1, output: _o1, ...restBefore } = before;
    const { resource: _r2, output: _o2, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
  });

  it("adds the month's snapshots to those changes when the app takes them (DiskSnapshot)", () => {
    const change = diff(synth({ version: '1.0.0', month: '2026-11' }), synth({ version: '1.0.1', month: '2026-12' }));
    expect(types(change.added)).toEqual(['azapi_resource', 'azurerm_shared_image_version', 'azurerm_snapshot', 'azurerm_snapshot']);
    expect(types(change.removed)).toEqual(types(change.added));
    expect(types(change.changed)).toEqual(['azurerm_batch_pool']);
  });

  it('with REPLACE, keeps the pool ID, so Terraform deletes the running pool before creating it again (and AZW108 says so)', () => {
    const before = synth({ version: '1.0.0', month: '2026-11', snapshots: 'imported', rollout: PoolRollout.REPLACE });
    const after = synth({ version: '1.0.1', month: '2026-12', snapshots: 'imported', rollout: PoolRollout.REPLACE });
    const pool = (json: any) => Object.values<any>(json.resource.azurerm_batch_pool)[0];
    expect([pool(before).name, pool(after).name]).toEqual(['render', 'render']);
    expect(pool(after).lifecycle).toBeUndefined();
    expect(annotationsOf(refreshStack({ version: '1.0.1', month: '2026-12', rollout: PoolRollout.REPLACE }), 'AZW108')).toHaveLength(1);
  });
});

describe('version hygiene', () => {
  it('keeps the previous version in the definition beside the new one, hidden from latest and with an end of life', () => {
    const stack = refreshStack({ version: '1.0.1', month: '2026-12', previous: { version: '1.0.0', month: '2026-11' } });
    const json = JSON.parse(Testing.synth(stack));
    const versions = Object.values<any>(json.resource.azurerm_shared_image_version);
    expect(versions.map((v) => [v.name, v.exclude_from_latest, v.end_of_life_date])).toEqual([
      ['1.0.0', true, '2027-06-30T00:00:00Z'],
      ['1.0.1', false, undefined],
    ]);
    expect(new Set(versions.map((v) => v.image_name)).size).toBe(1);
    const [pool] = Object.values<any>(json.resource.azurerm_batch_pool);
    expect(pool.name).toBe('render-1-0-1');
    expect(synthAnnotations(stack)).toEqual([]);
  });

  it('rejects a version number the definition already holds', () => {
    expectRejected(
      () => refreshStack({ version: '1.0.0', month: '2026-12', previous: { version: '1.0.0', month: '2026-11' } }),
      "image version '1.0.0' of image definition 'render' is already published by batch-images/Gallery/Render/Version-1.0.0; choose a new version number.",
    );
  });

  it('rejects an end-of-life date that is not an RFC 3339 timestamp', () => {
    const stack = new TerraformStack(Testing.app(), 'Stack');
    const definition = new ComputeGallery(stack, 'Gallery', { name: 'gal', resourceGroupName: 'rg-images', location: LOCATION }).addImageDefinition('Render', {
      name: 'render',
      osType: OsType.LINUX,
      identifier: { publisher: 'acme', offer: 'render', sku: 'ubuntu' },
    });
    expectRejected(
      () => monthlyImage(stack, '2026-12').publishTo(definition, { version: '1.0.1', endOfLifeDate: '31/12/2027' }),
      "end-of-life date '31/12/2027' is not an RFC 3339 timestamp; write it like '2027-12-31T00:00:00Z'.",
    );
  });
});

describe('snapshots of one disk are one image lineage', () => {
  it('warns AZW103 for two pools on images built from two months of snapshots of the same disk', () => {
    const stack = new TerraformStack(Testing.app({ context: { 'batchImages.evaluationDate': '2026-01-15' } }), 'Stack');
    const account = BatchAccount.fromBatchAccountId(stack, 'Account', ACCOUNT_ID, { location: LOCATION });
    ['2026-11', '2026-12'].forEach((month) =>
      new CustomImageBatchPool(stack, `Pool-${month}`, {
        account,
        poolName: `render-${month}`,
        image: monthlyImage(stack, month),
        vmSize: 'Standard_D4s_v5',
        nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
        scale: PoolScale.fixed({ dedicatedNodes: 2 }),
      }),
    );
    const annotations = annotationsOf(stack, 'AZW103');
    expect(annotations.map((a) => a.path)).toEqual(['Stack/Pool-2026-11', 'Stack/Pool-2026-12']);
    expect(annotations[0].message).toContain("is used by 2 pools: 'Stack/Pool-2026-11', 'Stack/Pool-2026-12'");
  });
});
