import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { BatchAccount } from '../../lib/batch/batch-account';
import { CustomImageBatchPool } from '../../lib/batch/custom-image-batch-pool';
import { NodeAgentSku } from '../../lib/batch/node-agent-sku';
import { PoolScale } from '../../lib/batch/pool-scale';
import { IManagedImage, ManagedImage } from '../../lib/compute/managed-image';
import { ManagedImageFromSnapshots } from '../../lib/compute/managed-image-from-snapshots';
import { Snapshot } from '../../lib/compute/snapshot';
import { OsType } from '../../lib/core/os-type';
import { Annotation, synthAnnotations } from './support/annotations';
import { testApp } from './support/fakes';

/*
 * Images whose snapshot or image ID is a Terraform token, with the real constructs: the node
 * limits (AZB003/AZB004) and the shared-lineage warning (AZW103) count what is certain (the
 * same expression in one stack is the same snapshot) and say AZW106 where token IDs may or may
 * not name the same snapshot.
 */

const SUBSCRIPTION = '00000000-0000-0000-0000-00000000000a';
const SNAPSHOTS = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.Compute/snapshots`;
const ACCOUNT_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.Batch/batchAccounts/acme`;

function variable(stack: TerraformStack, name: string): string {
  return (stack.node.tryFindChild(name) as TerraformVariable | undefined)?.stringValue ?? new TerraformVariable(stack, name, { type: 'string' }).stringValue;
}

/** A managed image from a snapshot referenced by `snapshotId`, named after `id`. */
function image(scope: Construct, id: string, snapshotId: string): ManagedImageFromSnapshots {
  return new ManagedImageFromSnapshots(scope, id, {
    name: `img-${id.toLowerCase()}`,
    resourceGroupName: 'rg',
    location: 'westeurope',
    subscriptionId: SUBSCRIPTION,
    osType: OsType.LINUX,
    osDiskSnapshot: Snapshot.fromSnapshotId(scope, `${id}Snapshot`, snapshotId),
  });
}

/** An autoscale pool on `onImage` that may grow to `maxDedicatedNodes`. */
function pool(scope: TerraformStack, id: string, onImage: IManagedImage, maxDedicatedNodes = 2000): CustomImageBatchPool {
  const account = (scope.node.tryFindChild('Account') as BatchAccount | undefined) ?? BatchAccount.fromBatchAccountId(scope, 'Account', ACCOUNT_ID, { location: 'westeurope' });
  return new CustomImageBatchPool(scope, id, {
    account,
    image: onImage,
    poolName: id.toLowerCase(),
    vmSize: 'Standard_D4s_v5',
    nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
    scale: PoolScale.autoscale({ formula: '$TargetDedicatedNodes = 1;', maxDedicatedNodes, maxSpotNodes: 0 }),
  });
}

/** [level, path] of the annotations of `ruleId`, and of the AZW106 that says `ruleId` could not be evaluated. */
function outcome(annotations: Annotation[], ruleId: string): { found: string[][]; unresolved: string[][] } {
  return {
    found: annotations.filter((a) => a.message.startsWith(`${ruleId} `)).map((a) => [a.level, a.path]),
    unresolved: annotations.filter((a) => a.message.startsWith(`AZW106 ${ruleId} `)).map((a) => [a.level, a.path]),
  };
}

function messageOf(annotations: Annotation[], prefix: string, path: string): string | undefined {
  return annotations.find((a) => a.message.startsWith(prefix) && a.path === path)?.message;
}

describe('lineages from token IDs', () => {
  it('adds up pools on images from one token snapshot ID (two references to var.snap): AZB003 and AZW103, no AZW106', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    pool(stack, 'PoolA', image(stack, 'A', variable(stack, 'snap')));
    pool(stack, 'PoolB', image(stack, 'B', variable(stack, 'snap')));
    const annotations = synthAnnotations(stack);
    expect(outcome(annotations, 'AZB003')).toEqual({
      found: [
        ['error', 'Stack/PoolA'],
        ['error', 'Stack/PoolB'],
      ],
      unresolved: [],
    });
    expect(messageOf(annotations, 'AZB003', 'Stack/PoolA')).toContain(
      "2 pools on image 'img-a' or on images from the same snapshot request 4000 dedicated nodes in total ('Stack/PoolA' 2000, 'Stack/PoolB' 2000)",
    );
    expect(outcome(annotations, 'AZW103')).toEqual({
      found: [
        ['warning', 'Stack/PoolA'],
        ['warning', 'Stack/PoolB'],
      ],
      unresolved: [],
    });
  });

  it('does not add up pools on two different token snapshot IDs, nor keep them apart: AZW106 for AZB003 and AZW103', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    pool(stack, 'PoolA', image(stack, 'A', variable(stack, 'snap_a')));
    pool(stack, 'PoolB', image(stack, 'B', variable(stack, 'snap_b')));
    const annotations = synthAnnotations(stack);
    expect(outcome(annotations, 'AZB003')).toEqual({
      found: [],
      unresolved: [
        ['warning', 'Stack/PoolA'],
        ['warning', 'Stack/PoolB'],
      ],
    });
    expect(messageOf(annotations, 'AZW106 AZB003', 'Stack/PoolA')).toBe(
      "AZW106 AZB003 could not be evaluated: the OS-disk snapshot ID of image 'img-a', which may equal that of images of other pools, " +
        "is '${var.snap_a}', known only at plan time — use a literal value to have AZB003 checked, or suppress AZW106 with a reason.",
    );
    expect(outcome(annotations, 'AZW103')).toEqual({
      found: [],
      unresolved: [
        ['warning', 'Stack/PoolA'],
        ['warning', 'Stack/PoolB'],
      ],
    });
  });

  it('reports AZW106 on a pool of a known snapshot too, naming the token it may share', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    pool(stack, 'PoolA', image(stack, 'A', variable(stack, 'snap')));
    pool(stack, 'PoolB', image(stack, 'B', `${SNAPSHOTS}/render-os`));
    const annotations = synthAnnotations(stack);
    expect(outcome(annotations, 'AZB003').unresolved).toEqual([
      ['warning', 'Stack/PoolA'],
      ['warning', 'Stack/PoolB'],
    ]);
    expect(messageOf(annotations, 'AZW106 AZB003', 'Stack/PoolB')).toContain(
      "AZB003 could not be evaluated: the OS-disk snapshot ID of image 'img-a' (pool 'Stack/PoolA'), which may equal that of image 'img-b', is '${var.snap}'",
    );
  });

  it('stays silent about the limit when even a shared snapshot would stay within it, but still cannot rule out sharing (AZW103)', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    pool(stack, 'PoolA', image(stack, 'A', variable(stack, 'snap')), 1250);
    pool(stack, 'PoolB', image(stack, 'B', `${SNAPSHOTS}/render-os`), 1250);
    const annotations = synthAnnotations(stack);
    expect(outcome(annotations, 'AZB003')).toEqual({ found: [], unresolved: [] });
    expect(outcome(annotations, 'AZW103').unresolved).toEqual([
      ['warning', 'Stack/PoolA'],
      ['warning', 'Stack/PoolB'],
    ]);
  });

  it('reports nothing for a single pool on a token snapshot ID', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    pool(stack, 'PoolA', image(stack, 'A', variable(stack, 'snap')), 2500);
    const annotations = synthAnnotations(stack);
    expect(outcome(annotations, 'AZB003')).toEqual({ found: [], unresolved: [] });
    expect(outcome(annotations, 'AZW103')).toEqual({ found: [], unresolved: [] });
  });

  it('treats var.snap of two stacks as two variables that may hold one snapshot', () => {
    const app = testApp();
    const one = new TerraformStack(app, 'One');
    const two = new TerraformStack(app, 'Two');
    pool(one, 'Pool', image(one, 'A', variable(one, 'snap')));
    pool(two, 'Pool', image(two, 'A', variable(two, 'snap')));
    const annotations = [...synthAnnotations(one), ...synthAnnotations(two)];
    expect(outcome(annotations, 'AZB003')).toEqual({
      found: [],
      unresolved: [
        ['warning', 'One/Pool'],
        ['warning', 'Two/Pool'],
      ],
    });
  });

  it('never matches a token image ID with a snapshot: a managed image ID is not a snapshot ID', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    pool(stack, 'PoolA', ManagedImage.fromImageId(stack, 'Imported', variable(stack, 'image_id'), { location: 'westeurope', osType: OsType.LINUX }));
    pool(stack, 'PoolB', image(stack, 'B', `${SNAPSHOTS}/render-os`));
    const annotations = synthAnnotations(stack);
    expect(outcome(annotations, 'AZB003')).toEqual({ found: [], unresolved: [] });
    expect(outcome(annotations, 'AZW103')).toEqual({ found: [], unresolved: [] });
  });

  it('reports the same for Spot nodes (AZB004): the certain excess as an error, the possible one as AZW106', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const spotPool = (id: string, onImage: IManagedImage) =>
      new CustomImageBatchPool(stack, id, {
        account: BatchAccount.fromBatchAccountId(stack, `${id}Account`, ACCOUNT_ID, { location: 'westeurope' }),
        image: onImage,
        poolName: id.toLowerCase(),
        vmSize: 'Standard_D4s_v5',
        nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
        scale: PoolScale.fixed({ spotNodes: 600 }),
      });
    spotPool('PoolA', image(stack, 'A', variable(stack, 'snap_a')));
    spotPool('PoolB', image(stack, 'B', variable(stack, 'snap_b')));
    spotPool('PoolC', image(stack, 'C', variable(stack, 'snap_a')));
    const annotations = synthAnnotations(stack);
    expect(outcome(annotations, 'AZB004')).toEqual({
      found: [
        ['error', 'Stack/PoolA'],
        ['error', 'Stack/PoolC'],
      ],
      unresolved: [['warning', 'Stack/PoolB']],
    });
  });
});
