import type { ImageSpec } from '../../compute/image-spec';
import { IMAGE_AZAPI_TYPE, imageBody } from '../../compute/image-via-azapi';
import { ArmExtensionDeclaration, ArmResourceDeclaration } from '../arm-resources';
import { LOCKS_API_VERSION } from './api-versions';

/**
 * A `ManagedImageFromSnapshots` in ARM: `Microsoft.Compute/images` with the body the azapi
 * provisioning sends, reading the snapshots directly, whatever the Terraform provisioning
 * (ARM needs no disk copies). `preventDestroy` becomes a `CanNotDelete` management lock on the
 * image: incremental deployments never delete resources, but people and complete-mode
 * deployments can, and pools need the image for as long as they exist (see https://learn.microsoft.com/azure/batch/batch-custom-images).
 */
export function managedImageArmResource(spec: ImageSpec, imageId: string): ArmResourceDeclaration {
  const [type, apiVersion] = IMAGE_AZAPI_TYPE.split('@');
  return {
    type,
    apiVersion,
    name: spec.name,
    resourceGroupName: spec.resourceGroupName,
    subscriptionId: spec.subscriptionId,
    location: spec.location,
    tags: spec.tags,
    properties: imageBody(spec).properties,
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
