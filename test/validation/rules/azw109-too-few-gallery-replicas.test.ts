import { TerraformStack, TerraformVariable } from 'cdktf';
import { ReplicaDescription } from '../../../lib/validation/model';
import { replicasNeeded } from '../../../lib/validation/rules/azw109-too-few-gallery-replicas';
import { Suppressions } from '../../../lib/validation/suppressions';
import { annotationsOf, unresolvedOf } from '../support/annotations';
import { autoscale, FakeAccount, FakeImage, fakeManagedImage, FakePool, fixed, testApp } from '../support/fakes';

const SOURCE = 'https://learn.microsoft.com/azure/batch/batch-sig-images#considerations-for-large-pools';

describe('AZW109 too few gallery image replicas', () => {
  function setup(replicas: ReplicaDescription[] | undefined, managedInApp = true) {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account', { location: 'westeurope' });
    const version = new FakeImage(stack, 'Version', {
      displayName: 'gal/render/1.0.0',
      managedInApp,
      targetRegions: replicas?.map((r) => r.region),
      replicas,
    });
    return { stack, account, version };
  }

  it('accepts two pools of 2000 and 1000 dedicated nodes on a version with 10 replicas in their region', () => {
    const { stack, account, version } = setup([{ region: 'westeurope', replicaCount: 10 }]);
    new FakePool(stack, 'A', { account, image: version, scale: fixed(2000) });
    new FakePool(stack, 'B', { account, image: version, scale: fixed(1000) });
    expect(annotationsOf(stack, 'AZW109')).toEqual([]);
  });

  it('warns on the version with 9 replicas for 3000 nodes, naming the pools, the count and the replicaCount to set', () => {
    const { stack, account, version } = setup([{ region: 'West Europe', replicaCount: 9 }]);
    new FakePool(stack, 'A', { account, image: version, scale: fixed(2000) });
    new FakePool(stack, 'B', { account, image: version, scale: fixed(1000) });
    expect(annotationsOf(stack, 'AZW109')).toEqual([
      {
        level: 'warning',
        path: 'Stack/Version',
        message:
          "AZW109 gallery image version 'gal/render/1.0.0' has 9 replicas in 'westeurope', but pools 'Stack/A' (2000 nodes), 'Stack/B' (1000 nodes) " +
          'use it there with 3000 nodes in all; Azure recommends one replica per 300 nodes — ' +
          `set replicaCount: 10 on the version's target region 'westeurope' (see ${SOURCE})`,
      },
    ]);
  });

  it('needs one replica per 300 nodes, rounded up: 300 nodes fit one replica, 301 need two', () => {
    expect([replicasNeeded(0), replicasNeeded(1), replicasNeeded(300), replicasNeeded(301), replicasNeeded(3000), replicasNeeded(3001)]).toEqual([1, 1, 1, 2, 10, 11]);
    for (const [nodes, warned] of [[300, false], [301, true]] as const) {
      const { stack, account, version } = setup([{ region: 'westeurope', replicaCount: 1 }]);
      new FakePool(stack, 'Pool', { account, image: version, scale: fixed(nodes) });
      expect(annotationsOf(stack, 'AZW109').length).toBe(warned ? 1 : 0);
    }
  });

  it('adds dedicated and Spot nodes, and the declared maxima of autoscale pools', () => {
    const { stack, account, version } = setup([{ region: 'westeurope', replicaCount: 2 }]);
    new FakePool(stack, 'Fixed', { account, image: version, scale: fixed(200, 200) });
    new FakePool(stack, 'Auto', { account, image: version, scale: autoscale(150, 51) });
    new FakePool(stack, 'Unbounded', { account, image: version, scale: autoscale(undefined, undefined) });
    const [annotation] = annotationsOf(stack, 'AZW109');
    expect(annotation.message).toContain("pools 'Stack/Auto' (201 nodes), 'Stack/Fixed' (400 nodes), 'Stack/Unbounded' (0 nodes) use it there with 601 nodes in all");
    expect(annotation.message).toContain('set replicaCount: 3');
  });

  it('counts each region on its own: pools elsewhere use the replicas there', () => {
    const { stack, account, version } = setup([
      { region: 'westeurope', replicaCount: 1 },
      { region: 'northeurope', replicaCount: 4 },
    ]);
    const north = new FakeAccount(stack, 'North', { location: 'northeurope' });
    new FakePool(stack, 'West', { account, image: version, scale: fixed(300) });
    new FakePool(stack, 'NorthPool', { account: north, image: version, scale: fixed(1200) });
    expect(annotationsOf(stack, 'AZW109')).toEqual([]);
    new FakePool(stack, 'NorthMore', { account: north, image: version, scale: fixed(1) });
    const messages = annotationsOf(stack, 'AZW109').map((a) => a.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("has 4 replicas in 'northeurope'");
    expect(messages[0]).toContain("set replicaCount: 5 on the version's target region 'northeurope'");
  });

  it('counts the pools of each version on their own, even when versions share a source image', () => {
    const { stack, account, version } = setup([{ region: 'westeurope', replicaCount: 7 }]);
    const other = new FakeImage(stack, 'Other', { lineage: 'lineage-of-Stack/Version', replicas: [{ region: 'westeurope', replicaCount: 4 }] });
    new FakePool(stack, 'A', { account, image: version, scale: fixed(2000) });
    new FakePool(stack, 'B', { account, image: other, scale: fixed(1000) });
    expect(annotationsOf(stack, 'AZW109')).toEqual([]);
  });

  it('leaves managed images and regions without a replica to other rules (AZB003, AZB001)', () => {
    const { stack, account } = setup(undefined);
    new FakePool(stack, 'Managed', { account, image: fakeManagedImage(stack, 'Image'), scale: fixed(2000) });
    const elsewhere = new FakeImage(stack, 'EastOnly', { replicas: [{ region: 'eastus', replicaCount: 1 }] });
    new FakePool(stack, 'Elsewhere', { account, image: elsewhere, scale: fixed(2000) });
    expect(annotationsOf(stack, 'AZW109')).toEqual([]);
  });

  it('reports a version imported by ID as not verifiable when its pools need more than one replica', () => {
    const { stack, account, version } = setup(undefined, false);
    new FakePool(stack, 'Small', { account, image: version, scale: fixed(300) });
    expect(annotationsOf(stack, 'AZW109')).toEqual([]);
    new FakePool(stack, 'Big', { account, image: version, scale: fixed(2700) });
    expect(annotationsOf(stack, 'AZW109')).toEqual([
      {
        level: 'warning',
        path: 'Stack/Version',
        message:
          "AZW109 gallery image version 'gal/render/1.0.0' is used in 'westeurope' by pools 'Stack/Big' (2700 nodes), 'Stack/Small' (300 nodes), " +
          '3000 nodes that need 10 replicas there; the version is imported by ID and its replica counts are not known to this app, so this cannot be verified — ' +
          "make sure the version has at least 10 replicas in 'westeurope' (replicaCount of that target region), then suppress AZW109 on the version with that reason " +
          `(see ${SOURCE})`,
      },
    ]);
  });

  it('counts pools on two imports of one version ID together', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    const one = new FakeImage(stack, 'One', { managedInApp: false, lineage: 'gallery-version:/subscriptions/x/v/1.0.0' });
    const two = new FakeImage(stack, 'Two', { managedInApp: false, lineage: 'gallery-version:/SUBSCRIPTIONS/X/V/1.0.0' });
    new FakePool(stack, 'A', { account, image: one, scale: fixed(300) });
    new FakePool(stack, 'B', { account, image: two, scale: fixed(1) });
    expect(annotationsOf(stack, 'AZW109').map((a) => [a.path, a.message.includes('need 2 replicas')])).toEqual([
      ['Stack/One', true],
      ['Stack/Two', true],
    ]);
  });

  it('reports AZW106 naming AZW109 for a token replica count or node count, and not when the known nodes fit', () => {
    const { stack, account } = setup(undefined);
    const replicas = new TerraformVariable(stack, 'replicas', { type: 'number' });
    const nodes = new TerraformVariable(stack, 'nodes', { type: 'number' });
    const tokenReplicas = new FakeImage(stack, 'TokenReplicas', { replicas: [{ region: 'westeurope', replicaCount: replicas.numberValue }] });
    new FakePool(stack, 'OnTokenReplicas', { account, image: tokenReplicas, scale: fixed(600) });
    const tokenNodes = new FakeImage(stack, 'TokenNodes', { replicas: [{ region: 'westeurope', replicaCount: 1 }] });
    new FakePool(stack, 'TokenCount', { account, image: tokenNodes, scale: fixed(nodes.numberValue) });
    expect(unresolvedOf(stack, 'AZW109').map((a) => [a.path, a.message])).toEqual([
      [
        'Stack/TokenReplicas',
        "AZW106 AZW109 could not be evaluated: the replica count of target region 'westeurope' of gallery image version 'img-render' is '${var.replicas}', " +
          'known only at plan time — use a literal value to have AZW109 checked, or suppress AZW106 with a reason.',
      ],
      [
        'Stack/TokenNodes',
        "AZW106 AZW109 could not be evaluated: the node count of pool 'Stack/TokenCount' is '${var.nodes}', " +
          'known only at plan time — use a literal value to have AZW109 checked, or suppress AZW106 with a reason.',
      ],
    ]);
  });

  it('is silenced by a suppression on the version, recorded as info', () => {
    const { stack, account, version } = setup([{ region: 'westeurope', replicaCount: 1 }]);
    new FakePool(stack, 'Pool', { account, image: version, scale: fixed(1000) });
    Suppressions.add(version, 'AZW109', 'replicas are raised before the pool grows');
    expect(annotationsOf(stack, 'AZW109')).toEqual([
      { level: 'info', path: 'Stack/Version', message: 'suppressed AZW109: replicas are raised before the pool grows' },
    ]);
  });
});
