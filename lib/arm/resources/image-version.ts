import { ImageVersionSpec } from '../../spec/gallery';
import { ArmResourceDeclaration } from '../declaration';
import { GALLERY_API_VERSION } from './api-versions';

/**
 * A `GalleryImageVersion` in ARM: a child of its image definition, made from the managed image
 * (`storageProfile.source.id`, as azurerm sends `managed_image_id`), from the same spec as its
 * Terraform resource.
 */
export function imageVersionArmResource(spec: ImageVersionSpec, versionId: string): ArmResourceDeclaration {
  return {
    type: 'Microsoft.Compute/galleries/images/versions',
    apiVersion: GALLERY_API_VERSION,
    name: spec.version,
    location: spec.definition.location,
    tags: spec.tags,
    properties: {
      publishingProfile: {
        targetRegions: spec.targetRegions.map((region) => ({
          name: region.name,
          regionalReplicaCount: region.replicaCount,
          storageAccountType: region.storageAccountType,
        })),
        excludeFromLatest: spec.excludeFromLatest,
        endOfLifeDate: spec.endOfLifeDate,
      },
      storageProfile: { source: { id: spec.sourceImageId } },
    },
    id: versionId,
  };
}
