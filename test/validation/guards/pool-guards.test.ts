import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { BatchAccount, IBatchAccount } from '../../../lib/batch/batch-account';
import { CustomImageBatchPool, CustomImageBatchPoolProps } from '../../../lib/batch/custom-image-batch-pool';
import { NodeAgentSku } from '../../../lib/batch/node-agent-sku';
import { PoolScale } from '../../../lib/batch/pool-scale';
import { ManagedImageFromSnapshots, ManagedImageFromSnapshotsProps } from '../../../lib/compute/managed-image-from-snapshots';
import { Snapshot } from '../../../lib/compute/snapshot';
import { OsType } from '../../../lib/core/os-type';
import { Suppressions } from '../../../lib/validation/suppressions';
import { guardsOf, holds } from '../../support/plan-guards';
import { annotationsOf, unresolvedOf } from '../support/annotations';

const SUBSCRIPTION = '00000000-0000-0000-0000-000000000001';
const SNAPSHOT_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.Compute/snapshots/render-os`;
const ACCOUNT_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-batch/providers/Microsoft.Batch/batchAccounts/acme`;
const SUBNET_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/batch`;

function newStack(): TerraformStack {
  return new TerraformStack(Testing.app(), 'Stack');
}

/** An account imported by ID: its subscription is known at synth. */
function newAccount(stack: TerraformStack): IBatchAccount {
  return BatchAccount.fromBatchAccountId(stack, 'Account', ACCOUNT_ID, { location: 'westeurope' });
}

function newImage(stack: TerraformStack, props: Partial<ManagedImageFromSnapshotsProps> = {}): ManagedImageFromSnapshots {
  return new ManagedImageFromSnapshots(stack, 'Image', {
    name: 'img-render',
    resourceGroupName: 'rg-images',
    location: 'westeurope',
    osType: OsType.LINUX,
    subscriptionId: SUBSCRIPTION,
    osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'Os', SNAPSHOT_ID),
    ...props,
  });
}

function newPool(stack: TerraformStack, id: string, props: Partial<CustomImageBatchPoolProps> = {}): CustomImageBatchPool {
  return new CustomImageBatchPool(stack, id, {
    account: (stack.node.tryFindChild('Account') as IBatchAccount | undefined) ?? newAccount(stack),
    image: (stack.node.tryFindChild('Image') as ManagedImageFromSnapshots | undefined) ?? newImage(stack),
    poolName: id.toLowerCase(),
    vmSize: 'Standard_D4s_v5',
    nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
    scale: PoolScale.fixed({ dedicatedNodes: 2 }),
    subnetId: SUBNET_ID,
    ...props,
  });
}

describe('AZB002 deferred to plan', () => {
  it("compares a variable image subscription with the account's, ignoring case", async () => {
    const stack = newStack();
    const subscription = new TerraformVariable(stack, 'image_subscription', { type: 'string' });
    newImage(stack, { subscriptionId: subscription.stringValue });
    newPool(stack, 'Pool');
    const [guard, ...rest] = guardsOf(stack, 'azurerm_batch_pool', 'AZB002');
    expect(rest).toEqual([]);
    expect(guard.condition).toBe(`\${(lower(var.image_subscription) == "${SUBSCRIPTION}")}`);
    expect(guard.error_message.startsWith(
      `AZB002 [Stack/Pool] image 'img-render' is in subscription '\${var.image_subscription}' but Batch account 'acme' is in subscription '${SUBSCRIPTION}' — create the image in subscription '${SUBSCRIPTION}'`,
    )).toBe(true);
    expect(await holds(guard, { 'var.image_subscription': SUBSCRIPTION.toUpperCase() })).toBe(true);
    expect(await holds(guard, { 'var.image_subscription': '00000000-0000-0000-0000-000000000002' })).toBe(false);
    expect(unresolvedOf(stack, 'AZB002')).toEqual([]);
  });
});

describe('AZB003 and AZB004 deferred to plan', () => {
  it('sums a variable dedicated node count with the known counts of the other pools of the lineage', async () => {
    const stack = newStack();
    const nodes = new TerraformVariable(stack, 'render_nodes', { type: 'number' });
    newPool(stack, 'Render', { scale: PoolScale.fixed({ dedicatedNodes: nodes.numberValue }) });
    newPool(stack, 'Batch', { scale: PoolScale.fixed({ dedicatedNodes: 2000 }) });
    const [guard, ...rest] = guardsOf(stack, 'azurerm_batch_pool', 'AZB003');
    expect(rest).toEqual([]);
    expect(guard.condition).toBe('${(sum([var.render_nodes, 2000]) <= 2500)}');
    expect(guard.error_message).toBe(
      "AZB003 [Stack/Render] 2 pools on image 'img-render' or on images from the same snapshot request ${sum([var.render_nodes, 2000])} dedicated nodes " +
        "in total ('Stack/Batch' 2000, 'Stack/Render' ${var.render_nodes}), above Azure's limit of 2500 for one managed image — " +
        'lower dedicatedNodes (fixed pools) or maxDedicatedNodes (autoscale pools) so these pools total at most 2500, ' +
        'give some pools their own image built from a separate snapshot, or publish the image to an Azure Compute Gallery ' +
        '(gallery image versions are not bound by this limit; see https://learn.microsoft.com/azure/batch/batch-sig-images)',
    );
    expect(await holds(guard, { 'var.render_nodes': 500 })).toBe(true);
    expect(await holds(guard, { 'var.render_nodes': 501 })).toBe(false);
    expect(annotationsOf(stack, 'AZB003')).toEqual([
      { level: 'info', path: 'Stack/Render', message: 'AZB003 deferred to plan: precondition on Stack/Render/Resource' },
    ]);
  });

  it('sums two variable Spot node counts against the Spot limit, once per lineage, on the first of those pools', async () => {
    const stack = newStack();
    const a = new TerraformVariable(stack, 'spot_a', { type: 'number' });
    const b = new TerraformVariable(stack, 'spot_b', { type: 'number' });
    newPool(stack, 'A', { scale: PoolScale.fixed({ spotNodes: a.numberValue }) });
    newPool(stack, 'B', { scale: PoolScale.fixed({ spotNodes: b.numberValue }) });
    const guards = guardsOf(stack, 'azurerm_batch_pool', 'AZB004');
    expect(guards.map((g) => g.condition)).toEqual(['${(sum([var.spot_a, var.spot_b]) <= 1000)}']);
    expect(guards[0].error_message).toMatch(/^AZB004 \[Stack\/A\] 2 pools on image 'img-render'/);
    expect(await holds(guards[0], { 'var.spot_a': 400, 'var.spot_b': 600 })).toBe(true);
    expect(await holds(guards[0], { 'var.spot_a': 400, 'var.spot_b': 601 })).toBe(false);
    expect(annotationsOf(stack, 'AZB004')).toEqual([
      { level: 'info', path: 'Stack/A', message: 'AZB004 deferred to plan: precondition on Stack/A/Resource' },
      { level: 'info', path: 'Stack/B', message: 'AZB004 deferred to plan: precondition on Stack/A/Resource' },
    ]);
  });

  it('a suppression of AZB003 on the pool removes its guard', () => {
    const stack = newStack();
    const nodes = new TerraformVariable(stack, 'render_nodes', { type: 'number' });
    const pool = newPool(stack, 'Render', { scale: PoolScale.fixed({ dedicatedNodes: nodes.numberValue }) });
    Suppressions.add(pool, 'AZB003', 'quota is enforced by the platform team');
    expect(guardsOf(stack, 'azurerm_batch_pool', 'AZB003')).toEqual([]);
  });
});

describe('AZB007 deferred to plan', () => {
  it('rejects at plan a Windows SKU on a Linux image, and lets Linux and unknown families pass', async () => {
    const stack = newStack();
    const sku = new TerraformVariable(stack, 'sku', { type: 'string' });
    newPool(stack, 'Pool', { nodeAgentSkuId: sku.stringValue });
    const [guard, ...rest] = guardsOf(stack, 'azurerm_batch_pool', 'AZB007');
    expect(rest).toEqual([]);
    expect(guard.condition).toBe('${!contains(["windows"], trimprefix(element(split(" ", lower(trimspace(var.sku))), 0), "batch.node."))}');
    expect(guard.error_message).toBe(
      "AZB007 [Stack/Pool] image 'img-render' is a Linux image but the pool's node agent SKU is '${var.sku}' — " +
        "use the Linux SKU of the image's distribution, e.g. 'batch.node.ubuntu 22.04' or 'batch.node.el 9'",
    );
    expect(await holds(guard, { 'var.sku': 'batch.node.ubuntu 22.04' })).toBe(true);
    expect(await holds(guard, { 'var.sku': 'batch.node.newdistro 1' })).toBe(true);
    expect(await holds(guard, { 'var.sku': ' Batch.Node.Windows amd64' })).toBe(false);
  });

  it('rejects at plan a Linux SKU on a Windows image', async () => {
    const stack = newStack();
    const sku = new TerraformVariable(stack, 'sku', { type: 'string' });
    newImage(stack, { osType: OsType.WINDOWS });
    newPool(stack, 'Pool', { nodeAgentSkuId: sku.stringValue });
    const [guard] = guardsOf(stack, 'azurerm_batch_pool', 'AZB007');
    expect(await holds(guard, { 'var.sku': 'batch.node.windows amd64' })).toBe(true);
    for (const linux of ['batch.node.ubuntu 22.04', 'batch.node.el 9', 'batch.node.azurelinux 3.0']) {
      expect(await holds(guard, { 'var.sku': linux })).toBe(false);
    }
  });
});

describe('AZW102 deferred to plan', () => {
  it('becomes an assertion of a check block: a warning at plan, as at synth', async () => {
    const stack = newStack();
    const nodes = new TerraformVariable(stack, 'nodes', { type: 'number' });
    newPool(stack, 'Pool', { scale: PoolScale.fixed({ dedicatedNodes: nodes.numberValue, spotNodes: 100 }) });
    const json = JSON.parse(Testing.synth(stack));
    expect(Object.keys(json.check)).toEqual(['AZW102_Stack_Pool']);
    const [assertion, ...rest] = json.check.AZW102_Stack_Pool.assert;
    expect(rest).toEqual([]);
    expect(assertion.condition).toBe('${(sum([var.nodes, 100]) <= 300)}');
    expect(assertion.error_message).toBe(
      "AZW102 [Stack/Pool] fixed pool 'pool' targets ${sum([var.nodes, 100])} nodes (${var.nodes} dedicated + 100 Spot); " +
        'custom-image pools over 300 nodes may stop short of the target and need several resize operations — ' +
        'be ready to resize the pool again when a resize stops short of the target, and allow a resizeTimeout of at least 15 minutes per 1000 nodes',
    );
    expect(await holds(assertion, { 'var.nodes': 200 })).toBe(true);
    expect(await holds(assertion, { 'var.nodes': 201 })).toBe(false);
    expect(annotationsOf(stack, 'AZW102')).toEqual([
      { level: 'info', path: 'Stack/Pool', message: 'AZW102 deferred to plan: check block AZW102_Stack_Pool' },
    ]);
  });
});
