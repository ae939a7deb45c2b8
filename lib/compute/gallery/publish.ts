import { ConstructValidationError } from '../../core/errors';
import { isUnresolved } from '../../core/tokens';
import { IManagedImage } from '../managed-image';
import { GalleryImageDefinition } from './image-definition';
import { GalleryImageVersion, PublishImageOptions } from './image-version';

/**
 * Publishes `image` as a version of `imageDefinition`: the body of the image's
 * `publishTo(definition, options)`. The version is created in the definition with the ID
 * `Version-<version>`.
 */
export function publishManagedImage(
  image: IManagedImage,
  imageDefinition: GalleryImageDefinition,
  options: PublishImageOptions,
): GalleryImageVersion {
  const id = isUnresolved(options.version)
    ? `Version-${imageDefinition.node.children.length}`
    : `Version-${options.version}`;
  const existing = imageDefinition.node.tryFindChild(id);
  if (existing) {
    throw new ConstructValidationError(
      imageDefinition,
      `image version '${options.version}' of image definition '${imageDefinition.imageDefinitionName}' is already published by ${existing.node.path}; choose a new version number.`,
    );
  }
  return imageDefinition.addVersion(id, { ...options, source: image });
}
