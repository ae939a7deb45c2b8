import { IConstruct } from 'constructs';
import { ArmExistingResource, ArmResourceDeclaration } from './declaration';

import { hasSpec, resourceIdOf, specConstructAt, specOf } from '../spec/registry';
import { batchAccountArmResource, importedBatchAccountArmResource } from './resources/batch-account';
import { batchPoolArmResource } from './resources/batch-pool';
import { diskSnapshotArmResource } from './resources/disk-snapshot';
import { computeGalleryArmResource, importedGalleryArmResource } from './resources/compute-gallery';
import { imageDefinitionArmResource } from './resources/image-definition';
import { imageVersionArmResource } from './resources/image-version';
import { managedImageArmResource } from './resources/managed-image';

/*
 * How the ARM output reads the app: each construct registers its spec (lib/spec/registry) when it
 * is created, and the renderers in ./resources turn a spec into an ARM resource; nothing here
 * imports a construct. Values may be Terraform tokens: the synthesizer turns them into ARM
 * expressions or rejects them. Internal: not exported from the package.
 */

/** The declaration of `construct`, if it creates a resource the ARM output declares. */
export function armDeclarationOf(construct: IConstruct): ArmResourceDeclaration | undefined {
  const entry = specOf(construct);
  const id = resourceIdOf(construct);
  if (!entry || id === undefined) return undefined;
  const parent = (path: string): IConstruct | undefined => specConstructAt(construct, path);
  switch (entry.kind) {
    case 'BatchAccount':
      return batchAccountArmResource(entry.spec, id);
    case 'BatchPool':
      return { ...batchPoolArmResource(entry.spec, id), parent: parent(entry.spec.account.constructPath) };
    case 'ManagedImage':
      return managedImageArmResource(entry.spec, id);
    case 'ComputeGallery':
      return computeGalleryArmResource(entry.spec, id);
    case 'GalleryImageDefinition':
      return { ...imageDefinitionArmResource(entry.spec, id), parent: parent(entry.spec.gallery.constructPath) };
    case 'GalleryImageVersion':
      return { ...imageVersionArmResource(entry.spec, id), parent: parent(entry.spec.definition.constructPath) };
    case 'DiskSnapshot':
      return diskSnapshotArmResource(entry.spec, id);
  }
}

/** The existing resource `construct` stands for, if it is a parent imported by ID. */
export function armExistingResourceOf(construct: IConstruct): ArmExistingResource | undefined {
  if (resourceIdOf(construct) !== undefined) return undefined;
  const entry = specOf(construct);
  if (entry?.kind === 'BatchAccount') return importedBatchAccountArmResource(entry.spec);
  if (entry?.kind === 'ComputeGallery') return importedGalleryArmResource(entry.spec);
  return undefined;
}

/** True when `construct` declares an ARM resource. */
export function declaresArmResource(construct: IConstruct): boolean {
  return hasSpec(construct) && resourceIdOf(construct) !== undefined;
}
