import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, TerraformStack } from 'cdktf';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BatchAccount, IBatchAccount } from '../../lib/batch/batch-account';
import { CustomImageBatchPool } from '../../lib/batch/custom-image-batch-pool';
import { InboundEndpointProtocol, InboundNatPool, NetworkSecurityGroupRuleAccess } from '../../lib/batch/inbound-nat-pool';
import { NodeAgentSku } from '../../lib/batch/node-agent-sku';
import { PoolScale } from '../../lib/batch/pool-scale';
import { IBatchPoolImage } from '../../lib/compute/batch-pool-image';
import { ComputeGallery } from '../../lib/compute/gallery/compute-gallery';
import { ManagedImageFromSnapshots } from '../../lib/compute/managed-image-from-snapshots';
import { Snapshot } from '../../lib/compute/snapshot';
import { OsType } from '../../lib/core/os-type';
import { EVALUATION_DATE_CONTEXT_KEY } from '../../lib/validation/evaluation-date';

/*
 * The scenario issue 18 is done with, on the real constructs: large pools on a gallery image
 * version are limited by its replicas (AZW109), not by the managed-image node limits (AZB003),
 * which still hold for pools on managed images; a NAT pool may reach SSH on port 22.
 */

const SUBSCRIPTION = '00000000-0000-0000-0000-00000000000a';
const RG = `/subscriptions/${SUBSCRIPTION}/resourceGroups`;

interface Outcome {
  readonly error?: string;
  readonly warnings: string[];
  readonly pools: any[];
}

function synth(evaluationDate: string, build: (stack: TerraformStack, account: IBatchAccount) => void): Outcome {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'issue18-'));
  try {
    const app = new App({ outdir, context: { [EVALUATION_DATE_CONTEXT_KEY]: evaluationDate } });
    const stack = new TerraformStack(app, 'Stack');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    const account = BatchAccount.fromBatchAccountId(stack, 'Account', `${RG}/rg-batch/providers/Microsoft.Batch/batchAccounts/acme`, { location: 'westeurope' });
    build(stack, account);
    try {
      app.synth();
    } catch (e) {
      return { error: (e as Error).message, warnings: [], pools: [] };
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
    const warnings = manifest.stacks.Stack.annotations.filter((a: any) => a.level === '@cdktf/warn').map((a: any) => a.message as string);
    const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'Stack', 'cdk.tf.json'), 'utf8'));
    return { warnings, pools: Object.values(json.resource.azurerm_batch_pool) };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

function managedImage(stack: TerraformStack): ManagedImageFromSnapshots {
  return new ManagedImageFromSnapshots(stack, 'Image', {
    name: 'img-render',
    resourceGroupName: 'rg-images',
    location: 'westeurope',
    subscriptionId: SUBSCRIPTION,
    osType: OsType.LINUX,
    osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'Os', `${RG}/rg-images/providers/Microsoft.Compute/snapshots/render-os`),
  });
}

function galleryVersion(stack: TerraformStack, replicaCount: number): IBatchPoolImage {
  const gallery = new ComputeGallery(stack, 'Gallery', { name: 'gal', resourceGroupName: 'rg-images', location: 'westeurope' });
  const definition = gallery.addImageDefinition('Definition', { name: 'render', osType: OsType.LINUX, identifier: { publisher: 'a', offer: 'b', sku: 'c' } });
  return managedImage(stack).publishTo(definition, { version: '1.0.0', targetRegions: [{ name: 'westeurope', replicaCount }] });
}

function pool(stack: TerraformStack, account: IBatchAccount, id: string, image: IBatchPoolImage, dedicatedNodes: number, inboundNatPools?: InboundNatPool[]) {
  new CustomImageBatchPool(stack, id, {
    account,
    image,
    poolName: id.toLowerCase(),
    vmSize: 'Standard_D4s_v5',
    nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
    scale: PoolScale.fixed({ dedicatedNodes }),
    inboundNatPools,
  });
}

const AFTER_RETIREMENT = '2026-06-01';
const BEFORE_RETIREMENT = '2026-01-15';

describe('large pools on gallery image versions (issue 18)', () => {
  it('synthesizes two gallery pools of 2000 and 1000 dedicated nodes on one version with 10 replicas, without errors or AZW109', () => {
    const outcome = synth(AFTER_RETIREMENT, (stack, account) => {
      const version = galleryVersion(stack, 10);
      pool(stack, account, 'Render', version, 2000);
      pool(stack, account, 'Post', version, 1000);
    });
    expect(outcome.error).toBeUndefined();
    expect(outcome.pools.map((p) => p.fixed_scale.target_dedicated_nodes).sort()).toEqual([1000, 2000]);
    expect(outcome.warnings.filter((w) => /^(AZB003|AZB004|AZW109|AZW101|AZW106) /.test(w))).toEqual([]);
  });

  it('warns AZW109 naming 10 replicas when the version keeps 1, and still synthesizes', () => {
    const outcome = synth(AFTER_RETIREMENT, (stack, account) => {
      const version = galleryVersion(stack, 1);
      pool(stack, account, 'Render', version, 2000);
      pool(stack, account, 'Post', version, 1000);
    });
    expect(outcome.error).toBeUndefined();
    expect(outcome.warnings.filter((w) => w.startsWith('AZW109'))).toEqual([
      "AZW109 gallery image version 'gal/render/1.0.0' has 1 replica in 'westeurope', but pools 'Stack/Post' (1000 nodes), 'Stack/Render' (2000 nodes) " +
        'use it there with 3000 nodes in all; Azure recommends one replica per 300 nodes — ' +
        "set replicaCount: 10 on the version's target region 'westeurope' (see https://learn.microsoft.com/azure/batch/batch-sig-images#considerations-for-large-pools)",
    ]);
  });

  it('still fails AZB003 for pools on the managed image above 2500 dedicated nodes, and accepts 2500', () => {
    const over = synth(BEFORE_RETIREMENT, (stack, account) => {
      const image = managedImage(stack);
      pool(stack, account, 'Render', image, 2000);
      pool(stack, account, 'Post', image, 501);
    });
    expect(over.error).toMatch(/AZB003 2 pools on image 'img-render' or on images from the same snapshot request 2501 dedicated nodes in total/);
    const at = synth(BEFORE_RETIREMENT, (stack, account) => {
      const image = managedImage(stack);
      pool(stack, account, 'Render', image, 2000);
      pool(stack, account, 'Post', image, 500);
    });
    expect(at.error).toBeUndefined();
  });

  it('synthesizes a NAT pool to SSH on backend port 22', () => {
    const outcome = synth(AFTER_RETIREMENT, (stack, account) => {
      pool(stack, account, 'Render', galleryVersion(stack, 1), 2, [
        {
          name: 'ssh',
          protocol: InboundEndpointProtocol.TCP,
          backendPort: 22,
          frontendPortRangeStart: 1000,
          frontendPortRangeEnd: 1100,
          networkSecurityGroupRules: [{ access: NetworkSecurityGroupRuleAccess.ALLOW, priority: 150, sourceAddressPrefix: '203.0.113.0/24' }],
        },
      ]);
    });
    expect(outcome.error).toBeUndefined();
    expect(outcome.pools[0].network_configuration.endpoint_configuration[0]).toMatchObject({ name: 'ssh', backend_port: 22, protocol: 'TCP' });
  });
});
