import { SharedImageGallery } from '@cdktf/provider-azurerm/lib/shared-image-gallery';
import { Construct, IConstruct } from 'constructs';
import { declareArmResource, referenceArmResource } from '../../arm/arm-resources';
import { computeGalleryArmResource, importedGalleryArmResource } from '../../arm/resources/compute-gallery';
import { withConstructPath } from '../../core/errors';
import { isUnresolved } from '../../core/tokens';
import { validateLocation } from '../../core/location';
import { parseResourceIdOfType, validateResourceGroupName } from '../../core/resource-id';
import { CustomImagePoolChecks } from '../../validation/checks';
import { checkGalleryPropTypes, checkGalleryReferenceTypes } from './gallery-prop-types';
import { ID_SEGMENT, idSegment } from './id-segment';
import { GalleryImageDefinition, GalleryImageDefinitionOptions } from './image-definition';
import { validateGalleryName } from './naming';
import { escapeTemplates } from '../../core/template-escape';

/**
 * An Azure Compute Gallery (`Microsoft.Compute/galleries`), created here or imported by ID.
 * Since 31 March 2026 Azure Batch takes custom images for pools only from a gallery.
 *
 * @see https://learn.microsoft.com/azure/batch/batch-sig-images
 */
export interface IComputeGallery extends IConstruct {
  /** ARM resource ID of the gallery (a Terraform token when the gallery is created here). */
  readonly galleryId: string;
  /** Gallery name. */
  readonly galleryName: string;
  /** Resource group of the gallery. */
  readonly resourceGroupName: string;
  /** Region of the gallery, when known; its image definitions and versions live there too. */
  readonly location?: string;
  /** Subscription of the gallery, when known. */
  readonly subscriptionId?: string;

  /** Adds an image definition (`azurerm_shared_image`) to this gallery. */
  addImageDefinition(id: string, options: GalleryImageDefinitionOptions): GalleryImageDefinition;
}

/** Properties of a `ComputeGallery`. */
export interface ComputeGalleryProps {
  /**
   * Gallery name: 1-80 English letters, digits, `_` and `.`, starting and ending with a letter
   * or digit. Hyphens are not allowed.
   *
   * @see https://learn.microsoft.com/azure/virtual-machines/troubleshooting-shared-images#creating-or-modifying-a-gallery
   */
  readonly name: string;
  /** Resource group the gallery is created in. */
  readonly resourceGroupName: string;
  /**
   * Region of the gallery. Image versions are created in this region, and their source managed
   * image must be in it too; Batch pools in other regions need a replica (target region) there.
   */
  readonly location: string;
  /** Description of the gallery. @default - none */
  readonly description?: string;
  /** Resource tags. @default - none */
  readonly tags?: { [key: string]: string };
  /**
   * Subscription the azurerm provider creates the gallery in. Only recorded, so that the
   * validation rules can compare it with the Batch account's subscription.
   *
   * @default - not known at synth time
   */
  readonly subscriptionId?: string;
}

/** Options for `ComputeGallery.fromGalleryId`. */
export interface ComputeGalleryReferenceOptions {
  /**
   * Region of the existing gallery. Needed to add image definitions to it (they are created in
   * the gallery's region).
   *
   * @default - not known
   */
  readonly location?: string;
}

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
    withConstructPath(this, () => {
      validateGalleryName(props.name);
      validateLocation(props.location);
      if (!isUnresolved(props.resourceGroupName)) validateResourceGroupName(props.resourceGroupName);
    });

    const gallery = new SharedImageGallery(this, 'Resource', escapeTemplates({
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      description: props.description,
      tags: props.tags,
    }));

    this.galleryId = gallery.id;
    declareArmResource(this, () => computeGalleryArmResource(props, this.galleryId));
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
    withConstructPath(this, () => {
      if (attributes.location !== undefined) validateLocation(attributes.location);
    });
    this.galleryId = galleryResourceId;
    referenceArmResource(this, () => importedGalleryArmResource(this));
    this.location = attributes.location;
    if (isUnresolved(galleryResourceId)) {
      // An ID known only at plan time (a variable, remote state): read its segments in Terraform.
      this.subscriptionId = idSegment(galleryResourceId, ID_SEGMENT.subscription);
      this.resourceGroupName = idSegment(galleryResourceId, ID_SEGMENT.resourceGroup);
      this.galleryName = idSegment(galleryResourceId, ID_SEGMENT.gallery);
    } else {
      const parsed = withConstructPath(this, () =>
        parseResourceIdOfType(galleryResourceId, 'Microsoft.Compute/galleries', 'compute gallery'),
      );
      this.subscriptionId = parsed.subscriptionId;
      this.resourceGroupName = parsed.resourceGroupName;
      this.galleryName = parsed.name;
    }
    CustomImagePoolChecks.ensureOn(this);
  }

  public addImageDefinition(id: string, options: GalleryImageDefinitionOptions): GalleryImageDefinition {
    return new GalleryImageDefinition(this, id, { ...options, gallery: this });
  }
}
