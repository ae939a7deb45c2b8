import { SharedImageGallery } from '@cdktf/provider-azurerm/lib/shared-image-gallery';
import { Construct } from 'constructs';
import { ProblemList } from '../../core/errors';
import { validateLocation } from '../../core/location';
import { parseResourceIdOfType, validateResourceGroupName } from '../../core/resource-id';
import { escapeTemplates } from '../../core/template-escape';
import { isUnresolved } from '../../core/tokens';
import { ComputeGallerySpec } from '../../spec/gallery';
import { registerSpec } from '../../spec/registry';
import { CustomImagePoolChecks } from '../../validation/checks';
import { ComputeGalleryProps, ComputeGalleryReferenceOptions } from './compute-gallery-types';
import { checkGalleryPropTypes, checkGalleryReferenceTypes } from './gallery-prop-types';
import { ID_SEGMENT, idSegment } from './id-segment';
import { GalleryImageDefinition, GalleryImageDefinitionOptions, IComputeGallery } from './image-definition';
import { validateGalleryName } from './naming';

// Declared with the definition it creates, so that neither file imports the other.
export type { IComputeGallery } from './image-definition';
export * from './compute-gallery-types';

/**
 * An Azure Compute Gallery (`azurerm_shared_image_gallery`): the repository that holds image
 * definitions and their versions.
 *
 * @see https://learn.microsoft.com/azure/virtual-machines/shared-image-galleries
 *
 * @example
 * const gallery = new ComputeGallery(stack, 'Gallery', { name: 'gal_batch_images', resourceGroupName: 'rg-batch-images', location: 'westeurope' });
 * const definition = gallery.addImageDefinition('Render', {
 *   name: 'render', osType: OsType.LINUX, identifier: { publisher: 'acme', offer: 'render', sku: 'ubuntu-22_04' },
 * });
 */
export class ComputeGallery extends Construct implements IComputeGallery {
  /**
   * References an existing gallery by its resource ID
   * (`/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Compute/galleries/{name}`).
   */
  public static fromGalleryId(
    scope: Construct,
    id: string,
    galleryResourceId: string,
    attributes: ComputeGalleryReferenceOptions = {},
  ): IComputeGallery {
    // null (as from JavaScript or a jsii language) means no options, like undefined.
    return new ImportedComputeGallery(scope, id, galleryResourceId, attributes ?? {});
  }

  /** ARM resource ID of the gallery (a Terraform token). */
  public readonly galleryId: string;
  /** Gallery name. */
  public readonly galleryName: string;
  /** Resource group of the gallery. */
  public readonly resourceGroupName: string;
  /** Region of the gallery. */
  public readonly location?: string;
  /** Subscription of the gallery, when declared in the props. */
  public readonly subscriptionId?: string;

  constructor(scope: Construct, id: string, props: ComputeGalleryProps) {
    super(scope, id);
    checkGalleryPropTypes(this, props);
    const problems = new ProblemList(this);
    problems.collect(() => validateGalleryName(props.name));
    problems.collect(() => validateLocation(props.location));
    if (!isUnresolved(props.resourceGroupName)) problems.collect(() => validateResourceGroupName(props.resourceGroupName));
    problems.throwIfAny();

    const spec: ComputeGallerySpec = {
      constructPath: this.node.path,
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      subscriptionId: props.subscriptionId,
      description: props.description,
      tags: props.tags,
      managedInApp: true,
    };
    const gallery = new SharedImageGallery(this, 'Resource', escapeTemplates({
      name: spec.name,
      resourceGroupName: spec.resourceGroupName,
      location: props.location,
      description: spec.description,
      tags: spec.tags,
    }));

    this.galleryId = gallery.id;
    registerSpec(this, () => ({ kind: 'ComputeGallery', spec }), () => this.galleryId);
    this.galleryName = props.name;
    this.resourceGroupName = props.resourceGroupName;
    this.location = props.location;
    this.subscriptionId = props.subscriptionId;
    CustomImagePoolChecks.ensureOn(this);
  }

  /** Adds an image definition (`azurerm_shared_image`) to this gallery. */
  public addImageDefinition(id: string, options: GalleryImageDefinitionOptions): GalleryImageDefinition {
    return new GalleryImageDefinition(this, id, { ...options, gallery: this });
  }
}

/** A gallery that exists outside this app, known by its ID. */
class ImportedComputeGallery extends Construct implements IComputeGallery {
  public readonly galleryId: string;
  public readonly galleryName: string;
  public readonly resourceGroupName: string;
  public readonly location?: string;
  public readonly subscriptionId: string;

  constructor(scope: Construct, id: string, galleryResourceId: string, attributes: ComputeGalleryReferenceOptions) {
    super(scope, id);
    checkGalleryReferenceTypes(this, galleryResourceId, attributes);
    const problems = new ProblemList(this);
    if (attributes.location !== undefined) problems.collect(() => validateLocation(attributes.location!));
    const parsed = isUnresolved(galleryResourceId)
      ? undefined
      : problems.collectValue(() => parseResourceIdOfType(galleryResourceId, 'Microsoft.Compute/galleries', 'compute gallery'));
    problems.throwIfAny();
    this.galleryId = galleryResourceId;
    registerSpec(this, () => ({ kind: 'ComputeGallery', spec: gallerySpecOf(this, false) }));
    this.location = attributes.location;
    if (isUnresolved(galleryResourceId)) {
      // An ID known only at plan time (a variable, remote state): read its segments in Terraform.
      this.subscriptionId = idSegment(galleryResourceId, ID_SEGMENT.subscription);
      this.resourceGroupName = idSegment(galleryResourceId, ID_SEGMENT.resourceGroup);
      this.galleryName = idSegment(galleryResourceId, ID_SEGMENT.gallery);
    } else {
      this.subscriptionId = parsed!.subscriptionId;
      this.resourceGroupName = parsed!.resourceGroupName;
      this.galleryName = parsed!.name;
    }
    CustomImagePoolChecks.ensureOn(this);
  }

  public addImageDefinition(id: string, options: GalleryImageDefinitionOptions): GalleryImageDefinition {
    return new GalleryImageDefinition(this, id, { ...options, gallery: this });
  }
}

/** The spec of a gallery known by its attributes (a gallery imported by ID). */
function gallerySpecOf(gallery: IComputeGallery, managedInApp: boolean): ComputeGallerySpec {
  return {
    constructPath: gallery.node.path,
    name: gallery.galleryName,
    resourceGroupName: gallery.resourceGroupName,
    location: gallery.location,
    subscriptionId: gallery.subscriptionId,
    managedInApp,
  };
}
