import type { ComputeGalleryProps, IComputeGallery } from '../../compute/gallery/compute-gallery';
import { ArmExistingResource, ArmResourceDeclaration } from '../arm-resources';
import { GALLERY_API_VERSION } from './api-versions';

const TYPE = 'Microsoft.Compute/galleries';

/**
 * A `ComputeGallery` in ARM. Like azurerm, it is created in the deployment's subscription
 * (`subscriptionId` in the props is only recorded for the rules).
 */
export function computeGalleryArmResource(props: ComputeGalleryProps, galleryId: string): ArmResourceDeclaration {
  return {
    type: TYPE,
    apiVersion: GALLERY_API_VERSION,
    name: props.name,
    resourceGroupName: props.resourceGroupName,
    location: props.location,
    tags: props.tags,
    properties: props.description !== undefined ? { description: props.description } : {},
    id: galleryId,
  };
}

/** A gallery imported by ID, as the parent its new image definitions name. */
export function importedGalleryArmResource(gallery: IComputeGallery): ArmExistingResource {
  return {
    type: TYPE,
    apiVersion: GALLERY_API_VERSION,
    name: gallery.galleryName,
    resourceGroupName: gallery.resourceGroupName,
    subscriptionId: gallery.subscriptionId,
  };
}
