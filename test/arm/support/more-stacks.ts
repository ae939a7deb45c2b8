import { TerraformStack, TerraformVariable, VariableType } from 'cdktf';
import { DataAzurermClientConfig } from '@cdktf/provider-azurerm/lib/data-azurerm-client-config';
import { BatchAccount } from '../../../lib/batch/batch-account';
import { CustomImageBatchPool } from '../../../lib/batch/custom-image-batch-pool';
import { NodeAgentSku } from '../../../lib/batch/node-agent-sku';
import { PoolScale } from '../../../lib/batch/pool-scale';
import { ComputeGallery } from '../../../lib/compute/gallery/compute-gallery';
import { ManagedImageFromSnapshots } from '../../../lib/compute/managed-image-from-snapshots';
import { Snapshot } from '../../../lib/compute/snapshot';
import { OsType } from '../../../lib/core/os-type';
import { LOCATION, newStack, SUBSCRIPTION } from './stacks';

/** An image and a gallery version from a snapshot in `rg`, named `prefix*`. */
function imageAndVersion(stack: TerraformStack, imageGroup: string, galleryGroup: string, galleryFirst = false) {
  const gallery = () => new ComputeGallery(stack, 'Gallery', { name: 'gal_render', resourceGroupName: galleryGroup, location: LOCATION });
  const first = galleryFirst ? gallery() : undefined;
  const image = new ManagedImageFromSnapshots(stack, 'Image', {
    name: 'img-render',
    resourceGroupName: imageGroup,
    location: LOCATION,
    osType: OsType.LINUX,
    osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'Os', `/subscriptions/${SUBSCRIPTION}/resourceGroups/${imageGroup}/providers/Microsoft.Compute/snapshots/os`),
  });
  const definition = (first ?? gallery()).addImageDefinition('Definition', {
    name: 'render',
    osType: OsType.LINUX,
    identifier: { publisher: 'acme', offer: 'render', sku: 'ubuntu' },
  });
  return { image, version: image.publishTo(definition, { version: '1.0.0' }) };
}

function pool(stack: TerraformStack, account: BatchAccount, image: ReturnType<typeof imageAndVersion>['version']): CustomImageBatchPool {
  return new CustomImageBatchPool(stack, 'Pool', {
    account,
    poolName: 'render',
    image,
    vmSize: 'Standard_D4s_v5',
    nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
    scale: PoolScale.fixed({ dedicatedNodes: 2 }),
    subnetId: `/subscriptions/${SUBSCRIPTION}/resourceGroups/${account.resourceGroupName}/providers/Microsoft.Network/virtualNetworks/vnet/subnets/batch`,
  });
}

/**
 * Images in `rg-images` with a Batch account and pool there; the gallery, its definition and
 * the version in `rg-gallery`: the version needs the image, the pool needs the version.
 */
export function crossResourceGroupStack(): TerraformStack {
  const stack = newStack('cross-rg');
  const { version } = imageAndVersion(stack, 'rg-images', 'rg-gallery');
  pool(stack, new BatchAccount(stack, 'Account', { name: 'acmebatch', resourceGroupName: 'rg-images', location: LOCATION }), version);
  return stack;
}

/**
 * The gallery (first, so its resource group is the template's) in `rg-a`; the image, account
 * and pool in `rg-b`: the version in `rg-a` needs the image in `rg-b`, whose pool needs the
 * version — resource groups that wait for each other.
 */
export function circularResourceGroupsStack(): TerraformStack {
  const stack = newStack('circular');
  const { version } = imageAndVersion(stack, 'rg-b', 'rg-a', true);
  pool(stack, new BatchAccount(stack, 'Account', { name: 'acmebatch', resourceGroupName: 'rg-b', location: LOCATION }), version);
  return stack;
}

/**
 * Values from Terraform: the region, the images' resource group (a variable with a hyphen in
 * its name), the node count, a sensitive registry password, the Batch account's ID, and the
 * snapshot's subscription read from the azurerm provider (`data.azurerm_client_config`).
 */
export function variablesStack(): TerraformStack {
  const stack = newStack('variables');
  const location = new TerraformVariable(stack, 'location', { type: VariableType.STRING, default: LOCATION, description: 'Region of every resource' });
  const group = new TerraformVariable(stack, 'image-rg', { type: VariableType.STRING });
  const nodes = new TerraformVariable(stack, 'node_count', { type: VariableType.NUMBER, default: 2 });
  const password = new TerraformVariable(stack, 'registry_password', { type: VariableType.STRING, sensitive: true });
  const accountId = new TerraformVariable(stack, 'batch_account_id', { type: VariableType.STRING });
  const client = new DataAzurermClientConfig(stack, 'Client');

  const image = new ManagedImageFromSnapshots(stack, 'Image', {
    name: 'img-render',
    resourceGroupName: group.stringValue,
    location: location.stringValue,
    osType: OsType.LINUX,
    osDiskSnapshot: Snapshot.fromSnapshotId(
      stack,
      'Os',
      `/subscriptions/${client.subscriptionId}/resourceGroups/${group.stringValue}/providers/Microsoft.Compute/snapshots/os`,
    ),
  });
  const gallery = new ComputeGallery(stack, 'Gallery', { name: 'gal_render', resourceGroupName: group.stringValue, location: location.stringValue });
  const definition = gallery.addImageDefinition('Definition', {
    name: 'render',
    osType: OsType.LINUX,
    identifier: { publisher: 'acme', offer: 'render', sku: 'ubuntu' },
  });
  new CustomImageBatchPool(stack, 'Pool', {
    account: BatchAccount.fromBatchAccountId(stack, 'Account', accountId.stringValue, { location: location.stringValue }),
    poolName: 'render',
    image: image.publishTo(definition, { version: '1.0.0' }),
    vmSize: 'Standard_D4s_v5',
    nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
    scale: PoolScale.fixed({ dedicatedNodes: nodes.numberValue }),
    containerConfiguration: {
      containerImageNames: ['acme.azurecr.io/render:1'],
      containerRegistries: [{ registryServer: 'acme.azurecr.io', userName: 'render', password: password.stringValue }],
    },
  });
  return stack;
}
