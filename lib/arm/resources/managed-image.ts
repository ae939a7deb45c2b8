import { ManagedImageSpec } from '../../spec/managed-image';
import { IMAGE_AZAPI_TYPE, managedImageBody } from '../../spec/managed-image-body';
import { ArmExtensionDeclaration, ArmResourceDeclaration } from '../declaration';
import { LOCKS_API_VERSION } from './api-versions';

/**
 * A `ManagedImageFromSnapshots` in ARM: `Microsoft.Compute/images` with the body the azapi
 * provisioning sends, reading the snapshots directly, whatever the Terraform provisioning
 * (ARM needs no disk copies). `preventDestroy` becomes a `CanNotDelete` management lock on the
 * image: incremental deployments never delete resources, but people and complete-mode
 * deployments can, and pools need the image for as long as they exist (fact F3).
 */
export function managedImageArmResource(spec: ManagedImageSpec, imageId: string): ArmResourceDeclaration {
  const [type, apiVersion] = IMAGE_AZAPI_TYPE.split('@');
  return {
    type,
    apiVersion,
    name: spec.name,
    resourceGroupName: spec.resourceGroupName,
    subscriptionId: spec.subscriptionId,
    location: spec.location,
    tags: spec.tags,
    properties: managedImageBody(spec).properties,
    id: imageId,
    ...(spec.preventDestroy ? { extensions: [deleteLock()] } : {}),
  };
}

/**
 * The lock `preventDestroy` adds: the image cannot be deleted until the lock is removed.
 *
 * @see https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources
 */
function deleteLock(): ArmExtensionDeclaration {
  return {
    type: 'Microsoft.Authorization/locks',
    apiVersion: LOCKS_API_VERSION,
    name: 'prevent-destroy',
    symbolSuffix: 'Lock',
    properties: {
      level: 'CanNotDelete',
      notes: 'Batch pools use this image for as long as they exist; deleting it makes their scale-up fail with AllocationFailed (preventDestroy).',
    },
  };
}
