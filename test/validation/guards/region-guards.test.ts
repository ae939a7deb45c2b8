import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { BatchAccount } from '../../../lib/batch/batch-account';
import { CustomImageBatchPool } from '../../../lib/batch/custom-image-batch-pool';
import { NodeAgentSku } from '../../../lib/batch/node-agent-sku';
import { PoolScale } from '../../../lib/batch/pool-scale';
import { ManagedImageFromSnapshots } from '../../../lib/compute/managed-image-from-snapshots';
import { Snapshot } from '../../../lib/compute/snapshot';
import { GalleryImageVersion } from '../../../lib/compute/gallery/image-version';
import { OsType } from '../../../lib/core/os-type';
import { Suppressions } from '../../../lib/validation/suppressions';
import { guardsOf, holds } from '../../support/plan-guards';
import { annotationsOf, unresolvedOf } from '../support/annotations';

const SNAPSHOT_ID = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Compute/snapshots/render-os';
const SUBNET_ID = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/batch';
const VERSION_ID =
  '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/render/versions/1.0.0';

/** An app whose image and account regions come from two Terraform variables. */
function regionsFromVariables() {
  const stack = new TerraformStack(Testing.app(), 'Stack');
  const imageLocation = new TerraformVariable(stack, 'image_location', { type: 'string' });
  const accountLocation = new TerraformVariable(stack, 'account_location', { type: 'string' });
  const account = new BatchAccount(stack, 'Account', { name: 'acme', resourceGroupName: 'rg-batch', location: accountLocation.stringValue });
  const image = new ManagedImageFromSnapshots(stack, 'Image', {
    name: 'img-render',
    resourceGroupName: 'rg-images',
    location: imageLocation.stringValue,
    osType: OsType.LINUX,
    osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'Os', SNAPSHOT_ID),
  });
  const pool = new CustomImageBatchPool(stack, 'RenderPool', {
    account,
    image,
    poolName: 'render',
    vmSize: 'Standard_D4s_v5',
    nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
    scale: PoolScale.fixed({ dedicatedNodes: 2 }),
    subnetId: SUBNET_ID,
  });
  return { stack, pool, image };
}

describe('AZB001 deferred to plan', () => {
  it('puts a precondition comparing the image and account regions on the pool when both are variables', async () => {
    const { stack } = regionsFromVariables();
    const [guard, ...rest] = guardsOf(stack, 'azurerm_batch_pool', 'AZB001');
    expect(rest).toEqual([]);
    expect(guard.condition).toBe(
      '${(lower(replace(var.image_location, " ", "")) == lower(replace(var.account_location, " ", "")))}',
    );
    expect(guard.error_message).toBe(
      "AZB001 [Stack/RenderPool] image 'img-render' is in '${var.image_location}' but Batch account 'acme' is in '${var.account_location}' — " +
        "create the image in '${var.account_location}' (custom images must share the account's region)",
    );
    const vars = (image: string, account: string) => ({ 'var.image_location': image, 'var.account_location': account });
    expect(await holds(guard, vars('West Europe', 'westeurope'))).toBe(true);
    expect(await holds(guard, vars('westeurope', 'westeurope'))).toBe(true);
    expect(await holds(guard, vars('eastus', 'westeurope'))).toBe(false);
    expect(await holds(guard, vars('westeurope', 'West US'))).toBe(false);
  });

  it('says where the check went instead of AZW106', () => {
    const { stack } = regionsFromVariables();
    expect(unresolvedOf(stack, 'AZB001')).toEqual([]);
    expect(annotationsOf(stack, 'AZB001')).toEqual([
      { level: 'info', path: 'Stack/RenderPool', message: 'AZB001 deferred to plan: precondition on Stack/RenderPool/Resource' },
    ]);
  });

  it('keeps no guard for a suppressed rule, and records the suppression', () => {
    const { stack, pool } = regionsFromVariables();
    Suppressions.add(pool, 'AZB001', 'the region is checked by the pipeline before plan');
    expect(guardsOf(stack, 'azurerm_batch_pool', 'AZB001')).toEqual([]);
    expect(annotationsOf(stack, 'AZB001')).toEqual([
      { level: 'info', path: 'Stack/RenderPool', message: 'suppressed AZB001: the region is checked by the pipeline before plan' },
    ]);
  });

  it('guards a literal account region against a variable image region, normalising the literal at synth', async () => {
    const stack = new TerraformStack(Testing.app(), 'Stack');
    const imageLocation = new TerraformVariable(stack, 'image_location', { type: 'string' });
    const account = new BatchAccount(stack, 'Account', { name: 'acme', resourceGroupName: 'rg', location: 'West Europe' });
    const image = new ManagedImageFromSnapshots(stack, 'Image', {
      name: 'img-render',
      resourceGroupName: 'rg-images',
      location: imageLocation.stringValue,
      osType: OsType.LINUX,
      osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'Os', SNAPSHOT_ID),
    });
    new CustomImageBatchPool(stack, 'Pool', {
      account,
      image,
      poolName: 'render',
      vmSize: 'Standard_D4s_v5',
      nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
      scale: PoolScale.fixed({ dedicatedNodes: 2 }),
      subnetId: SUBNET_ID,
    });
    const [guard] = guardsOf(stack, 'azurerm_batch_pool', 'AZB001');
    expect(guard.condition).toBe('${(lower(replace(var.image_location, " ", "")) == "westeurope")}');
    expect(await holds(guard, { 'var.image_location': 'West Europe' })).toBe(true);
    expect(await holds(guard, { 'var.image_location': 'North Europe' })).toBe(false);
  });

  it("puts a precondition on the image when its snapshot's region is a variable", async () => {
    const stack = new TerraformStack(Testing.app(), 'Stack');
    const snapshotLocation = new TerraformVariable(stack, 'snapshot_location', { type: 'string' });
    new ManagedImageFromSnapshots(stack, 'Image', {
      name: 'img-render',
      resourceGroupName: 'rg-images',
      location: 'westeurope',
      osType: OsType.LINUX,
      osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'Os', SNAPSHOT_ID, { location: snapshotLocation.stringValue }),
    });
    const [guard, ...rest] = guardsOf(stack, 'azapi_resource', 'AZB001');
    expect(rest).toEqual([]);
    expect(guard.error_message).toBe(
      "AZB001 [Stack/Image] snapshot 'render-os' is in '${var.snapshot_location}' but image 'img-render' is in 'westeurope' — " +
        "create the image in '${var.snapshot_location}', or copy the snapshot to 'westeurope' first (an image is built in its snapshots' region)",
    );
    expect(await holds(guard, { 'var.snapshot_location': 'West Europe' })).toBe(true);
    expect(await holds(guard, { 'var.snapshot_location': 'eastus' })).toBe(false);
    expect(annotationsOf(stack, 'AZB001')).toEqual([
      { level: 'info', path: 'Stack/Image', message: 'AZB001 deferred to plan: precondition on Stack/Image/Resource' },
    ]);
  });

  it("checks at plan that a gallery version has a replica in a variable account region", async () => {
    const stack = new TerraformStack(Testing.app(), 'Stack');
    const accountLocation = new TerraformVariable(stack, 'account_location', { type: 'string' });
    const regions = new TerraformVariable(stack, 'regions', { type: 'list(string)' });
    const account = new BatchAccount(stack, 'Account', { name: 'acme', resourceGroupName: 'rg', location: accountLocation.stringValue });
    const version = GalleryImageVersion.fromVersionId(stack, 'Version', VERSION_ID, {
      osType: OsType.LINUX,
      targetRegions: regions.listValue,
    });
    new CustomImageBatchPool(stack, 'Pool', {
      account,
      image: version,
      poolName: 'render',
      vmSize: 'Standard_D4s_v5',
      nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
      scale: PoolScale.fixed({ dedicatedNodes: 2 }),
      subnetId: SUBNET_ID,
    });
    const [guard, ...rest] = guardsOf(stack, 'azurerm_batch_pool', 'AZB001');
    expect(rest).toEqual([]);
    expect(guard.error_message).toContain("is replicated to '${join(\"', '\", var.regions)}' but Batch account 'acme' is in '${var.account_location}'");
    const vars = (list: string[], account: string) => ({ 'var.regions': list, 'var.account_location': account });
    expect(await holds(guard, vars(['eastus', 'West Europe'], 'westeurope'))).toBe(true);
    expect(await holds(guard, vars(['westeurope'], 'West Europe'))).toBe(true);
    expect(await holds(guard, vars(['eastus', 'northeurope'], 'westeurope'))).toBe(false);
  });

  it('compares a variable account region with literal target regions', async () => {
    const stack = new TerraformStack(Testing.app(), 'Stack');
    const accountLocation = new TerraformVariable(stack, 'account_location', { type: 'string' });
    const account = new BatchAccount(stack, 'Account', { name: 'acme', resourceGroupName: 'rg', location: accountLocation.stringValue });
    const version = GalleryImageVersion.fromVersionId(stack, 'Version', VERSION_ID, {
      osType: OsType.LINUX,
      targetRegions: ['eastus', 'West Europe'],
    });
    new CustomImageBatchPool(stack, 'Pool', {
      account,
      image: version,
      poolName: 'render',
      vmSize: 'Standard_D4s_v5',
      nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
      scale: PoolScale.fixed({ dedicatedNodes: 2 }),
      subnetId: SUBNET_ID,
    });
    const [guard] = guardsOf(stack, 'azurerm_batch_pool', 'AZB001');
    expect(guard.condition).toBe('${contains(split(",", "eastus,westeurope"), lower(replace(var.account_location, " ", "")))}');
    expect(await holds(guard, { 'var.account_location': 'East US' })).toBe(true);
    expect(await holds(guard, { 'var.account_location': 'northeurope' })).toBe(false);
  });
});
