import { IConstruct } from 'constructs';

/* What the renderers in ./resources produce from a spec, and the model builder reads. */

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
