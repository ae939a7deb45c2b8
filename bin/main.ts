import { App, TerraformStack } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import {
  ArmSynthesizer,
  AtomicSynth,
  BatchAccount,
  ComputeGallery,
  CustomImageBatchPool,
  ManagedImageFromSnapshots,
  NodeAgentSku,
  OsType,
  PoolRollout,
  PoolScale,
  Snapshot,
} from '../lib';

// The example synthesizes with no Azure credentials: every ID below is a placeholder that the
// environment variables listed in the README override.
const env = (name: string, fallback: string): string => process.env[name] || fallback;
const subscriptionId = env('AZURE_SUBSCRIPTION_ID', '00000000-0000-0000-0000-000000000000');
const location = env('AZURE_LOCATION', 'westeurope');
const imageResourceGroup = env('IMAGE_RESOURCE_GROUP', 'rg-batch-images');
const snapshotPrefix = `/subscriptions/${subscriptionId}/resourceGroups/${imageResourceGroup}/providers/Microsoft.Compute/snapshots`;

const app = new App();
// Any failure (a construct rejecting its props, an error annotation, a value ARM cannot express)
// removes the previous run's cdktf.out files, stacks and arm/ alike, so none can be deployed as
// if current; the error is rethrown, so the message is printed and the exit code is non-zero.
try {
  const stack = new TerraformStack(app, 'batch-images');
  new AzurermProvider(stack, 'azurerm', { features: [{}], subscriptionId });

  const osDisk = Snapshot.fromSnapshotId(stack, 'OsDiskSnapshot', env('OS_SNAPSHOT_ID', `${snapshotPrefix}/render-os`), { location });
  const dataDisk = Snapshot.fromSnapshotId(stack, 'DataDiskSnapshot', env('DATA_SNAPSHOT_ID', `${snapshotPrefix}/render-data`), { location });

  const image = new ManagedImageFromSnapshots(stack, 'RenderImage', {
    name: 'img-render',
    resourceGroupName: imageResourceGroup,
    location,
    subscriptionId,
    osType: OsType.LINUX,
    osDiskSnapshot: osDisk,
    dataDiskSnapshots: [{ lun: 0, snapshot: dataDisk }],
    preventDestroy: true,
  });

  // Since 31 March 2026 Batch takes custom images only from Azure Compute Gallery.
  const gallery = new ComputeGallery(stack, 'Gallery', {
    name: 'gal_batch_images',
    resourceGroupName: imageResourceGroup,
    location,
  });
  const definition = gallery.addImageDefinition('RenderDefinition', {
    name: 'render',
    osType: OsType.LINUX,
    identifier: { publisher: 'acme', offer: 'render', sku: 'ubuntu-22_04' },
  });
  const version = image.publishTo(definition, { version: '1.0.0' });

  const account = BatchAccount.fromBatchAccountId(
    stack,
    'BatchAccount',
    env('BATCH_ACCOUNT_ID', `/subscriptions/${subscriptionId}/resourceGroups/rg-batch/providers/Microsoft.Batch/batchAccounts/acmebatch`),
    { location: env('BATCH_ACCOUNT_LOCATION', location) },
  );

  new CustomImageBatchPool(stack, 'RenderPool', {
    account,
    poolName: 'render',
    image: version,
    // The pool ID carries the version (render-1-0-0): the next version gets a new pool, created
    // before this one is deleted, so running tasks are not cut off (output RenderPool_pool_id).
    rollout: PoolRollout.BLUE_GREEN,
    vmSize: 'Standard_D4s_v5',
    nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
    scale: PoolScale.fixed({ dedicatedNodes: 4 }),
  });

  // Writes the Terraform JSON only when every stack synthesizes without errors.
  AtomicSynth.synth(app);
  // The same stack as an ARM template and Bicep, in cdktf.out/arm/batch-images/ (template.json, main.bicep).
  ArmSynthesizer.synth(app);
} catch (e) {
  AtomicSynth.discard(app);
  throw e;
}
