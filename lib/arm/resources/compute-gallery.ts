import { ComputeGallerySpec } from '../../spec/gallery';
import { ArmExistingResource, ArmResourceDeclaration } from '../declaration';
import { GALLERY_API_VERSION } from './api-versions';

const TYPE = 'Microsoft.Compute/galleries';

/**
 * A `ComputeGallery` in ARM. Like azurerm, it is created in the deployment's subscription
 * (`subscriptionId` in the spec is only recorded for the rules).
 */
export function computeGalleryArmResource(spec: ComputeGallerySpec, galleryId: string): ArmResourceDeclaration {
  return {
    type: TYPE,
    apiVersion: GALLERY_API_VERSION,
    name: spec.name,
    resourceGroupName: spec.resourceGroupName,
    location: spec.location,
    tags: spec.tags,
    properties: spec.description !== undefined ? { description: spec.description } : {},
    id: galleryId,
  };
}

/** A gallery imported by ID, as the parent its new image definitions name. */
export function importedGalleryArmResource(spec: ComputeGallerySpec): ArmExistingResource {
  return {
    type: TYPE,
    apiVersion: GALLERY_API_VERSION,
    name: spec.name,
    resourceGroupName: spec.resourceGroupName,
    subscriptionId: spec.subscriptionId,
  };
}
