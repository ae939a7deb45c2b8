import type { GalleryImageVersion, GalleryImageVersionProps } from '../../compute/gallery/image-version';
import { GalleryStorageAccountType } from '../../compute/gallery/target-region';
import { ArmResourceDeclaration } from '../arm-resources';
import { GALLERY_API_VERSION } from './api-versions';

/**
 * A `GalleryImageVersion` in ARM: a child of its image definition, made from the managed image
 * (`storageProfile.source.id`, as azurerm sends `managed_image_id`), with the same defaults as
 * its Terraform resource.
 */
export function imageVersionArmResource(version: GalleryImageVersion, props: GalleryImageVersionProps): ArmResourceDeclaration {
  return {
    type: 'Microsoft.Compute/galleries/images/versions',
    apiVersion: GALLERY_API_VERSION,
    name: props.version,
    parent: props.imageDefinition,
    location: props.imageDefinition.location,
    tags: props.tags,
    properties: {
      publishingProfile: {
        targetRegions: version.targetRegions.map((region) => ({
          name: region.name,
          regionalReplicaCount: region.replicaCount ?? 1,
          storageAccountType: region.storageAccountType ?? GalleryStorageAccountType.STANDARD_LRS,
        })),
        excludeFromLatest: props.excludeFromLatest ?? false,
        endOfLifeDate: props.endOfLifeDate,
      },
      storageProfile: { source: { id: props.source.imageId } },
    },
    id: version.imageId,
  };
}
