import type { GalleryImageDefinition, GalleryImageDefinitionProps } from '../../compute/gallery/image-definition';
import { ArmResourceDeclaration } from '../arm-resources';
import { GALLERY_API_VERSION } from './api-versions';

/** A `GalleryImageDefinition` in ARM: a child of its gallery. */
export function imageDefinitionArmResource(definition: GalleryImageDefinition, props: GalleryImageDefinitionProps): ArmResourceDeclaration {
  const { publisher, offer, sku } = props.identifier;
  return {
    type: 'Microsoft.Compute/galleries/images',
    apiVersion: GALLERY_API_VERSION,
    name: props.name,
    parent: props.gallery,
    location: definition.location,
    tags: props.tags,
    properties: {
      osType: definition.osType,
      osState: definition.osState,
      hyperVGeneration: definition.hyperVGeneration,
      identifier: { publisher, offer, sku },
      description: props.description,
      endOfLifeDate: props.endOfLifeDate,
    },
    id: definition.imageDefinitionId,
  };
}
