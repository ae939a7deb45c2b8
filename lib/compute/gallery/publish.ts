import { ConstructValidationError } from '../../core/errors';
import { requireConstruct, requireObject, requireString } from '../../core/guards';
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
  requireConstruct(
    image,
    'publishTo: imageDefinition',
    imageDefinition,
    'GalleryImageDefinition',
    { strings: ['imageDefinitionName'], methods: ['addVersion'] },
    'pass the definition returned by gallery.addImageDefinition(...)',
  );
  requireObject(image, 'publishTo: options', options, "pass { version: '1.0.0' }");
  requireString(image, 'publishTo: options.version', options.version, "pass a version such as '1.0.0'");
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
