import { ImageDefinitionSpec } from '../../spec/gallery';
import { ArmResourceDeclaration } from '../declaration';
import { GALLERY_API_VERSION } from './api-versions';

/** A `GalleryImageDefinition` in ARM: a child of its gallery. */
export function imageDefinitionArmResource(spec: ImageDefinitionSpec, definitionId: string): ArmResourceDeclaration {
  return {
    type: 'Microsoft.Compute/galleries/images',
    apiVersion: GALLERY_API_VERSION,
    name: spec.name,
    location: spec.location,
    tags: spec.tags,
    properties: {
      osType: spec.osType,
      osState: spec.osState,
      hyperVGeneration: spec.hyperVGeneration,
      identifier: { publisher: spec.publisher, offer: spec.offer, sku: spec.sku },
      description: spec.description,
      endOfLifeDate: spec.endOfLifeDate,
    },
    id: definitionId,
  };
}
