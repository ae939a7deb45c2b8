import { IConstruct } from 'constructs';

/*
 * How constructs contribute to the ARM output. Each construct registers, when it is created, a
 * function that describes its ARM resource from its own props (the way it registers with the
 * validation model); `ArmSynthesizer` calls these functions. Values may be Terraform tokens: the
 * synthesizer turns them into ARM expressions or rejects them. Internal: not exported from the
 * package.
 */

/** An ARM resource a construct declares. */
export interface ArmResourceDeclaration {
  /** Resource type, e.g. `Microsoft.Batch/batchAccounts/pools`. */
  readonly type: string;
  readonly apiVersion: string;
  /** The resource's own name (for a child resource, the last segment only). */
  readonly name: string;
  /**
   * The construct that owns the parent resource of a child resource (declared here or imported
   * by ID). A child resource is deployed where its parent is.
   */
  readonly parent?: IConstruct;
  /** Resource group of a top-level resource. */
  readonly resourceGroupName?: string;
  /** Subscription of a top-level resource, when it is not the deployment's. */
  readonly subscriptionId?: string;
  readonly location?: string;
  readonly tags?: { [key: string]: string };
  readonly identity?: object;
  readonly properties: object;
  /**
   * The Terraform token of the resource's ID: wherever it is used (an image ID in a gallery
   * version, a version ID in a pool), the ARM output refers to this resource instead.
   */
  readonly id: string;
  /**
   * Extension resources that apply to this resource and have no Terraform resource of their
   * own (a delete lock for `preventDestroy`).
   */
  readonly extensions?: ArmExtensionDeclaration[];
}

/**
 * An extension resource on a declared resource, e.g. `Microsoft.Authorization/locks`: deployed
 * with ARM's `scope` set to that resource (Bicep `scope: <symbol>`), in its resource group.
 */
export interface ArmExtensionDeclaration {
  readonly type: string;
  readonly apiVersion: string;
  /** Its name, unique among the extensions of its type on one resource. */
  readonly name: string;
  /** Appended to the Bicep symbol of the resource it applies to, e.g. `Lock`. */
  readonly symbolSuffix: string;
  readonly properties: object;
}

/** A resource that exists outside the app, which declared child resources name as their parent. */
export interface ArmExistingResource {
  readonly type: string;
  readonly apiVersion: string;
  readonly name: string;
  readonly resourceGroupName: string;
  readonly subscriptionId?: string;
}

const DECLARED = new WeakMap<IConstruct, () => ArmResourceDeclaration>();
const EXISTING = new WeakMap<IConstruct, () => ArmExistingResource>();

/** Registers the ARM resource `construct` declares; `describe` is called at ARM synthesis. */
export function declareArmResource(construct: IConstruct, describe: () => ArmResourceDeclaration): void {
  DECLARED.set(construct, describe);
}

/** Registers the existing resource an imported `construct` stands for. */
export function referenceArmResource(construct: IConstruct, describe: () => ArmExistingResource): void {
  EXISTING.set(construct, describe);
}

/** The declaration of `construct`, if it declares an ARM resource. */
export function armDeclarationOf(construct: IConstruct): ArmResourceDeclaration | undefined {
  return DECLARED.get(construct)?.();
}

/** The existing resource `construct` stands for, if it is an imported parent. */
export function armExistingResourceOf(construct: IConstruct): ArmExistingResource | undefined {
  return EXISTING.get(construct)?.();
}

/** True when `construct` declares an ARM resource. */
export function declaresArmResource(construct: IConstruct): boolean {
  return DECLARED.has(construct);
}
