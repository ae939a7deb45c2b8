import { TerraformStack, Testing } from 'cdktf';
import { BatchAccount } from '../../../lib/batch/batch-account';
import { CustomImageBatchPool } from '../../../lib/batch/custom-image-batch-pool';
import { PoolRollout } from '../../../lib/spec/pool-rollout';
import { NodeAgentSku } from '../../../lib/batch/node-agent-sku';
import { PoolScale } from '../../../lib/batch/pool-scale';
import { IBatchPoolImage } from '../../../lib/compute/batch-pool-image';
import { ManagedImageFromSnapshots } from '../../../lib/compute/managed-image-from-snapshots';
import { Snapshot } from '../../../lib/compute/snapshot';
import { GalleryImageVersion } from '../../../lib/compute/gallery/image-version';
import { publishManagedImage } from '../../../lib/compute/gallery/publish';
import { GalleryTargetRegion } from '../../../lib/compute/gallery/target-region';
import { OsType } from '../../../lib/core/os-type';
import { EVALUATION_DATE_CONTEXT_KEY } from '../../../lib/validation/evaluation-date';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { SUBSCRIPTION, VERSION_ID, definitionOptions, gallery } from './support/gallery-fixtures';

/*
 * The path issue 5 is about, end to end: snapshot -> managed image -> gallery definition ->
 * version -> Batch pool, with the library's rules running at synth.
 */

const SNAPSHOT_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-images/providers/Microsoft.Compute/snapshots/render-os`;
const ACCOUNT_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-batch/providers/Microsoft.Batch/batchAccounts/acme`;

/** A stack evaluated after the managed-image retirement (2026-03-31). */
function stackAfterRetirement(): TerraformStack {
  const app = Testing.app({ context: { [EVALUATION_DATE_CONTEXT_KEY]: '2026-06-01' } });
  const stack = new TerraformStack(app, 'Stack');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  return stack;
}

function sourceImage(stack: TerraformStack): ManagedImageFromSnapshots {
  return new ManagedImageFromSnapshots(stack, 'Image', {
    name: 'img-render',
    resourceGroupName: 'rg-images',
    location: 'westeurope',
    subscriptionId: SUBSCRIPTION,
    osType: OsType.LINUX,
    osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'OsSnapshot', SNAPSHOT_ID, { location: 'westeurope' }),
  });
}

function pool(stack: TerraformStack, image: IBatchPoolImage, accountRegion = 'westeurope', id = 'Pool', rollout?: PoolRollout): CustomImageBatchPool {
  const account =
    (stack.node.tryFindChild('Account') as BatchAccount | undefined) ??
    BatchAccount.fromBatchAccountId(stack, 'Account', ACCOUNT_ID, { location: accountRegion });
  return new CustomImageBatchPool(stack, id, {
    account,
    image,
    poolName: id.toLowerCase(),
    vmSize: 'Standard_D4s_v5',
    nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
    scale: PoolScale.fixed({ dedicatedNodes: 2 }),
    rollout,
  });
}

function version(stack: TerraformStack, targetRegions?: GalleryTargetRegion[]): GalleryImageVersion {
  const d = gallery(stack, { subscriptionId: SUBSCRIPTION }).addImageDefinition('RenderNode', definitionOptions());
  return publishManagedImage(sourceImage(stack), d, { version: '1.0.0', targetRegions });
}

/** `[path] message` of every error and warning annotation in the stack. */
function findings(stack: TerraformStack): string[] {
  Testing.synth(stack);
  return stack.node
    .findAll()
    .flatMap((c) => c.node.metadata.filter((m) => m.type === '@cdktf/error' || m.type === '@cdktf/warn').map((m) => `[${c.node.path}] ${m.data}`));
}

describe('a Batch pool on a gallery image version', () => {
  it('passes every rule, the managed-image retirement (AZB005) included, after 2026-03-31, when it rolls over blue/green', () => {
    const stack = stackAfterRetirement();
    pool(stack, version(stack), 'westeurope', 'Pool', PoolRollout.BLUE_GREEN);
    expect(findings(stack)).toEqual([]);
  });

  it('gets only AZW108 when it is replaced in place (the default) on the version this app publishes', () => {
    const stack = stackAfterRetirement();
    pool(stack, version(stack));
    expect(findings(stack)).toEqual([expect.stringMatching(/^\[Stack\/Pool\] AZW108 pool 'pool' is replaced in place/)]);
  });

  it('is the fix for AZB005: the same image used directly fails', () => {
    const stack = stackAfterRetirement();
    pool(stack, sourceImage(stack));
    expect(findings(stack)).toEqual(expect.arrayContaining([expect.stringContaining('AZB005')]));
  });

  it("fails AZB001 when the account's region is not a target region", () => {
    const stack = stackAfterRetirement();
    pool(stack, version(stack), 'eastus');
    expect(findings(stack)).toEqual(expect.arrayContaining([expect.stringMatching(/^\[Stack\/Pool\] AZB001 .*eastus/)]));
  });

  it("passes AZB001 when the version is replicated to the account's region", () => {
    const stack = stackAfterRetirement();
    pool(stack, version(stack, [{ name: 'westeurope' }, { name: 'eastus' }]), 'eastus');
    expect(findings(stack).filter((f) => f.includes('AZB001'))).toEqual([]);
  });

  it('counts pools on the version and on its source image as one lineage (shared node limits)', () => {
    const stack = stackAfterRetirement();
    const v = version(stack);
    expect(v.lineage).toBe((v.source as ManagedImageFromSnapshots).lineage);
    expect(v.describeImage().sourceImage?.lineage).toBe(v.lineage);
  });

  it('depends on the Terraform resources of the managed image it is published from', () => {
    const stack = stackAfterRetirement();
    version(stack);
    const json = JSON.parse(Testing.synth(stack));
    const [versionResource] = Object.values(json.resource.azurerm_shared_image_version) as any[];
    const [imageLogicalId] = Object.keys(json.resource.azapi_resource);
    expect(versionResource.depends_on).toContain(`azapi_resource.${imageLogicalId}`);
    expect(versionResource.managed_image_id).toBe(`\${azapi_resource.${imageLogicalId}.id}`);
  });

  it('accepts an imported version as the image of a pool', () => {
    const stack = stackAfterRetirement();
    const imported = GalleryImageVersion.fromVersionId(stack, 'Existing', VERSION_ID, {
      osType: OsType.LINUX,
      location: 'westeurope',
    });
    pool(stack, imported);
    expect(findings(stack).filter((f) => /AZB00[15]/.test(f))).toEqual([]);
  });
});
