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

/**
 * Per App root, the registered constructs and, built on the first lookup by path, the index
 * path -> construct that readers follow a spec's links with. Only the ARM/Bicep rendering looks
 * paths up, so a synth that does not render ARM never computes them.
 */
interface PathIndex {
  readonly constructs: IConstruct[];
  byPath?: Map<string, IConstruct>;
}
const PATH_INDEXES = new WeakMap<IConstruct, PathIndex>();

/** Registers the spec of `construct`; `resourceId` gives its Terraform ID token when it creates a resource. */
export function registerSpec(construct: IConstruct, describe: () => ResourceSpec, resourceId?: () => string): void {
  ENTRIES.set(construct, { describe, resourceId });
  const root = construct.node.root;
  let index = PATH_INDEXES.get(root);
  if (!index) {
    index = { constructs: [] };
    PATH_INDEXES.set(root, index);
  }
  index.constructs.push(construct);
  index.byPath = undefined;
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
  const index = PATH_INDEXES.get(scope.node.root);
  if (!index) return undefined;
  index.byPath ??= new Map(index.constructs.map((c) => [c.node.path, c]));
  return index.byPath.get(path);
}
