import type { ImageSpec } from '../../compute/image-spec';
import { IMAGE_AZAPI_TYPE, imageBody } from '../../compute/image-via-azapi';
import { ArmResourceDeclaration } from '../arm-resources';

/**
 * A `ManagedImageFromSnapshots` in ARM: `Microsoft.Compute/images` with the body the azapi
 * provisioning sends, reading the snapshots directly, whatever the Terraform provisioning
 * (ARM needs no disk copies). `preventDestroy` has no counterpart: incremental deployments
 * never delete resources.
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
  };
}
