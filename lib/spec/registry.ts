import { IConstruct } from 'constructs';
import { AccountDescription } from './batch-account';
import { PoolDescription } from './batch-pool';
import { ComputeGallerySpec, ImageDefinitionSpec, ImageVersionSpec } from './gallery';
import { ManagedImageSpec } from './managed-image';
import { DiskSnapshotSpec } from './disk-snapshot';

/*
 * Where constructs publish their spec for the readers that are not the construct itself (the
 * ARM/Bicep rendering): a construct registers its spec once, and readers look it up by
 * construct, never by importing construct files. Internal: not exported from the package.
 */

/** A registered spec, tagged with the kind of resource it describes. */
export type ResourceSpec =
  | { readonly kind: 'BatchAccount'; readonly spec: AccountDescription }
  | { readonly kind: 'BatchPool'; readonly spec: PoolDescription }
  | { readonly kind: 'ManagedImage'; readonly spec: ManagedImageSpec }
  | { readonly kind: 'ComputeGallery'; readonly spec: ComputeGallerySpec }
  | { readonly kind: 'GalleryImageDefinition'; readonly spec: ImageDefinitionSpec }
  | { readonly kind: 'GalleryImageVersion'; readonly spec: ImageVersionSpec }
  | { readonly kind: 'DiskSnapshot'; readonly spec: DiskSnapshotSpec };

interface Entry {
  /** Joins the construct's spec with the specs it links to (read at synthesis, not before). */
  readonly describe: () => ResourceSpec;
  /** The Terraform token of the resource's ID; undefined for a resource referenced by ID. */
  readonly resourceId?: () => string;
}

const ENTRIES = new WeakMap<IConstruct, Entry>();
// Per App root: construct path -> construct, so readers can follow a spec's links.
const BY_PATH = new WeakMap<IConstruct, Map<string, IConstruct>>();

/** Registers the spec of `construct`; `resourceId` gives its Terraform ID token when it creates a resource. */
export function registerSpec(construct: IConstruct, describe: () => ResourceSpec, resourceId?: () => string): void {
  ENTRIES.set(construct, { describe, resourceId });
  const root = construct.node.root;
  let byPath = BY_PATH.get(root);
  if (!byPath) {
    byPath = new Map();
    BY_PATH.set(root, byPath);
  }
  byPath.set(construct.node.path, construct);
}

/** The spec of `construct`, if it registered one. */
export function specOf(construct: IConstruct): ResourceSpec | undefined {
  return ENTRIES.get(construct)?.describe();
}

/** The Terraform ID token of the resource `construct` creates; undefined when it creates none. */
export function resourceIdOf(construct: IConstruct): string | undefined {
  return ENTRIES.get(construct)?.resourceId?.();
}

/** True when `construct` registered a spec. */
export function hasSpec(construct: IConstruct): boolean {
  return ENTRIES.has(construct);
}

/** The registered construct at `path` in the App of `scope`. */
export function specConstructAt(scope: IConstruct, path: string): IConstruct | undefined {
  return BY_PATH.get(scope.node.root)?.get(path);
}
