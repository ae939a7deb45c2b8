import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { ArmSynthesizer } from '../../lib/arm/synthesizer';
import { BatchAccount } from '../../lib/batch/batch-account';
import { CustomImageBatchPool } from '../../lib/batch/custom-image-batch-pool';
import { NodeAgentSku } from '../../lib/batch/node-agent-sku';
import { PoolScale } from '../../lib/batch/pool-scale';
import { GalleryImageVersion } from '../../lib/compute/gallery/image-version';
import { ManagedImageFromSnapshots } from '../../lib/compute/managed-image-from-snapshots';
import { Snapshot } from '../../lib/compute/snapshot';
import { OsType } from '../../lib/core/os-type';
import { CustomImagePoolChecks } from '../../lib/validation/checks';
import { Suppressions } from '../../lib/validation/suppressions';
import { compileBicep } from './support/bicep-compiler';
import { ACCOUNT_ID } from './support/stacks';

const SNAPSHOT_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-images/providers/Microsoft.Compute/snapshots/render-os';
const VERSION_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-images/providers/Microsoft.Compute/galleries/gal/images/render/versions/1.0.0';

/** A pool on a gallery version in `imageRegion`, in an account in `accountRegion`. */
function poolStack(imageRegion: (stack: TerraformStack) => string, accountRegion: (stack: TerraformStack) => string) {
  const stack = new TerraformStack(Testing.app(), 'guarded');
  const pool = new CustomImageBatchPool(stack, 'Pool', {
    account: BatchAccount.fromBatchAccountId(stack, 'Account', ACCOUNT_ID, { location: accountRegion(stack) }),
    poolName: 'render',
    image: GalleryImageVersion.fromVersionId(stack, 'Image', VERSION_ID, { targetRegions: [imageRegion(stack)], osType: OsType.LINUX }),
    vmSize: 'Standard_D4s_v5',
    nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
    scale: PoolScale.fixed({ dedicatedNodes: 1 }),
  });
  return { stack, pool };
}

const variable = (name: string) => (stack: TerraformStack) => new TerraformVariable(stack, name, { type: 'string' }).stringValue;
const literal = (region: string) => () => region;

describe('plan-time guards in ARM/Bicep output', () => {
  it('turns a region that must equal a known region into the allowed values of its parameter, used or not', () => {
    const { stack } = poolStack(literal('West Europe'), variable('account_location'));
    const files = ArmSynthesizer.render(stack);
    const template = JSON.parse(files['template.json']);
    expect(template.parameters.account_location).toEqual({ type: 'string', allowedValues: ['West Europe', 'westeurope'] });
    expect(files['main.bicep']).toContain("@allowed([\n  'West Europe'\n  'westeurope'\n])\nparam account_location string\n");
    expect(compileBicep(files).parameters.account_location).toEqual(template.parameters.account_location);
  });

  it('stops with the rule ID and construct path when the guard compares two parameters', () => {
    const { stack } = poolStack(variable('image_location'), variable('account_location'));
    expect(() => ArmSynthesizer.render(stack)).toThrow(
      /ARM synthesis of stack 'guarded' stopped: AZB001 \[guarded\/Pool\] is checked only at plan, by a Terraform precondition that an ARM template cannot express \("AZB001 \[guarded\/Pool\] gallery image version .* is replicated to '\$\{var.image_location\}' but .* is in '\$\{var.account_location\}'.*\); give the values it compares as literals, or suppress AZB001 on the construct with a reason\./,
    );
  });

  it('caps a variable node count with maxValue: the managed-image limit less the known counts of its lineage', () => {
    const app = Testing.app({ context: { [CustomImagePoolChecks.EVALUATION_DATE_CONTEXT_KEY]: '2026-01-15' } });
    const stack = new TerraformStack(app, 'capped');
    const nodes = new TerraformVariable(stack, 'render_nodes', { type: 'number' });
    const account = BatchAccount.fromBatchAccountId(stack, 'Account', ACCOUNT_ID, { location: 'westeurope' });
    const image = new ManagedImageFromSnapshots(stack, 'Image', {
      name: 'img-render',
      resourceGroupName: 'rg-images',
      location: 'westeurope',
      osType: OsType.LINUX,
      osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'Os', SNAPSHOT_ID),
    });
    const pool = (id: string, dedicatedNodes: number) =>
      new CustomImageBatchPool(stack, id, {
        account,
        image,
        poolName: id.toLowerCase(),
        vmSize: 'Standard_D4s_v5',
        nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
        scale: PoolScale.fixed({ dedicatedNodes }),
      });
    pool('Render', nodes.numberValue);
    pool('Batch', 2000);
    const files = ArmSynthesizer.render(stack);
    expect(JSON.parse(files['template.json']).parameters.render_nodes).toEqual({ type: 'int', maxValue: 500 });
    expect(files['main.bicep']).toContain('@maxValue(500)\nparam render_nodes int\n');
  });

  it('synthesizes once the rule is suppressed with a reason (no guard, no restriction)', () => {
    const { stack, pool } = poolStack(variable('image_location'), variable('account_location'));
    Suppressions.add(pool, 'AZB001', 'the pipeline passes one region to both variables');
    const template = JSON.parse(ArmSynthesizer.render(stack)['template.json']);
    // The imported account's region is not used by the template, and no guard asks for it.
    expect(template.parameters?.account_location).toBeUndefined();
  });
});
