import { SharedImage } from '@cdktf/provider-azurerm/lib/shared-image';
import { Construct } from 'constructs';
import { declareArmResource } from '../../arm/arm-resources';
import { imageDefinitionArmResource } from '../../arm/resources/image-definition';
import { ConstructValidationError, withConstructPath } from '../../core/errors';
import { OsType } from '../../core/os-type';
import { isUnresolved } from '../../core/tokens';
import { CustomImagePoolChecks } from '../../validation/checks';
import { HyperVGeneration } from '../hyper-v-generation';
import { OsState } from '../os-state';
import type { IComputeGallery } from './compute-gallery';
import { validateEndOfLifeDate } from './end-of-life-date';
import { checkDefinitionPropTypes } from './gallery-prop-types';
import { GalleryImageVersion, GalleryImageVersionOptions } from './image-version';
import { validateIdentifierPart, validateImageDefinitionName } from './naming';
import { terraformResourcesOf } from './terraform-resources';
import { escapeTemplates } from '../../core/template-escape';

/**
 * The publisher / offer / SKU triple that identifies an image definition. Within one gallery
 * no two definitions may share all three values.
 *
 * @see https://learn.microsoft.com/azure/virtual-machines/shared-image-galleries#image-definitions
 */
export interface GalleryImageIdentifier {
  /** Publisher: 1-128 letters, digits, `-`, `_` and `.`, not ending with `.`. */
  readonly publisher: string;
  /** Offer: 1-64 letters, digits, `-`, `_` and `.`, not ending with `.`. */
  readonly offer: string;
  /** SKU: 1-64 letters, digits, `-`, `_` and `.`, not ending with `.`. */
  readonly sku: string;
}

/** Options of `IComputeGallery.addImageDefinition`. */
export interface GalleryImageDefinitionOptions {
  /**
   * Name of the image definition: 1-80 English letters, digits, `_`, `-` and `.`, starting and
   * ending with a letter or digit.
   *
   * @see https://learn.microsoft.com/azure/virtual-machines/troubleshooting-shared-images#creating-or-modifying-image-definitions
   */
  readonly name: string;
  /** OS of the images in this definition; every version published into it must have this OS. */
  readonly osType: OsType;
  /**
   * Hyper-V generation of the images in this definition; every version published into it must
   * have this generation. Azure cannot change it after creation.
   *
   * @default HyperVGeneration.V2 - like `ManagedImageFromSnapshots` (azurerm's own default is V1,
   * so the library always sets it)
   */
  readonly hyperVGeneration?: HyperVGeneration;
  /** Publisher, offer and SKU of the definition (unique within the gallery). */
  readonly identifier: GalleryImageIdentifier;
  /**
   * Whether the images are generalized or specialized. Batch only supports generalized gallery
   * images ("a specialized Shared Image can't be used to create a pool"), and managed images are
   * always generalized, so a specialized definition cannot take versions from a managed image.
   *
   * @default OsState.GENERALIZED
   * @see https://learn.microsoft.com/azure/batch/batch-sig-images#prepare-a-shared-image
   */
  readonly osState?: OsState;
  /** Description of the definition. @default - none */
  readonly description?: string;
  /**
   * End-of-life date of the definition, for decommissioning, as an RFC 3339 timestamp
   * (`2027-12-31T00:00:00Z`). Azure rejects dates in the past, so a date before the evaluation
   * date (today, UTC, or the context `batchImages.evaluationDate`) is rejected here.
   *
   * @default - none
   */
  readonly endOfLifeDate?: string;
  /** Resource tags. @default - none */
  readonly tags?: { [key: string]: string };
}

/** Properties of a `GalleryImageDefinition`. */
export interface GalleryImageDefinitionProps extends GalleryImageDefinitionOptions {
  /** The gallery the definition belongs to; it must have a known location. */
  readonly gallery: IComputeGallery;
}

/**
 * An image definition in an Azure Compute Gallery (`azurerm_shared_image`): a named, typed
 * group of image versions (OS, Hyper-V generation, OS state, publisher/offer/SKU).
 *
 * @see https://learn.microsoft.com/azure/virtual-machines/shared-image-galleries#image-definitions
 *
 * @example
 * const definition = gallery.addImageDefinition('Render', {
 *   name: 'render', osType: OsType.LINUX, identifier: { publisher: 'acme', offer: 'render', sku: 'ubuntu-22_04' },
 * });
 * const version = image.publishTo(definition, { version: '1.0.0' });
 */
export class GalleryImageDefinition extends Construct {
  /** ARM resource ID of the definition (a Terraform token). */
  public get imageDefinitionId(): string {
    // Read on demand: each read of an L1 `id` creates a token, and most apps never read this one.
    return (this.cachedImageDefinitionId ??= this.resource.id);
  }
  /** Name of the definition. */
  public readonly imageDefinitionName: string;
  /** The gallery the definition belongs to. */
  public readonly gallery: IComputeGallery;
  /** Region of the definition: the gallery's. */
  public readonly location: string;
  /** OS of the definition's images. */
  public readonly osType: OsType;
  /** Hyper-V generation of the definition's images. */
  public readonly hyperVGeneration: HyperVGeneration;
  /** Generalized or specialized. */
  public readonly osState: OsState;

  private readonly resource: SharedImage;
  private cachedImageDefinitionId?: string;

  constructor(scope: Construct, id: string, props: GalleryImageDefinitionProps) {
    super(scope, id);
    checkDefinitionPropTypes(this, props);
    const location = props.gallery.location;
    if (location === undefined) {
      throw new ConstructValidationError(
        this,
        `gallery '${props.gallery.galleryName}' was imported without a location; pass { location } to ComputeGallery.fromGalleryId (image definitions are created in their gallery's region).`,
      );
    }
    withConstructPath(this, () => {
      validateImageDefinitionName(props.name);
      validateIdentifierPart('publisher', props.identifier.publisher);
      validateIdentifierPart('offer', props.identifier.offer);
      validateIdentifierPart('sku', props.identifier.sku);
      validateEndOfLifeDate(this, props.endOfLifeDate);
    });
    claimUniqueInGallery(this, props);

    this.gallery = props.gallery;
    this.location = location;
    this.imageDefinitionName = props.name;
    this.osType = props.osType;
    this.hyperVGeneration = props.hyperVGeneration ?? HyperVGeneration.V2;
    this.osState = props.osState ?? OsState.GENERALIZED;

    this.resource = new SharedImage(this, 'Resource', escapeTemplates({
      name: props.name,
      galleryName: props.gallery.galleryName,
      resourceGroupName: props.gallery.resourceGroupName,
      location,
      osType: this.osType,
      hyperVGeneration: this.hyperVGeneration,
      specialized: this.osState === OsState.SPECIALIZED,
      identifier: {
        publisher: props.identifier.publisher,
        offer: props.identifier.offer,
        sku: props.identifier.sku,
      },
      description: props.description,
      endOfLifeDate: props.endOfLifeDate,
      tags: props.tags,
      dependsOn: terraformResourcesOf(props.gallery, this, false),
    }));
    declareArmResource(this, () => imageDefinitionArmResource(this, props));
    CustomImagePoolChecks.ensureOn(this);
  }

  /**
   * Publishes a managed image as a version of this definition (`azurerm_shared_image_version`).
   */
  public addVersion(id: string, options: GalleryImageVersionOptions): GalleryImageVersion {
    return new GalleryImageVersion(this, id, { ...options, imageDefinition: this });
  }
}

// Names and publisher/offer/SKU triples already used in each gallery (lower case, as Azure
// compares names), with the path of the definition that holds them.
const CLAIMED = new WeakMap<IComputeGallery, Map<string, string>>();

/** Two definitions of one gallery may share neither a name nor a full identifier. */
function claimUniqueInGallery(definition: GalleryImageDefinition, props: GalleryImageDefinitionProps): void {
  let claimed = CLAIMED.get(props.gallery);
  if (!claimed) {
    claimed = new Map();
    CLAIMED.set(props.gallery, claimed);
  }
  const { publisher, offer, sku } = props.identifier;
  const keys: Array<[string, string, string]> = [];
  if (!isUnresolved(props.name)) {
    keys.push([`name:${props.name.toLowerCase()}`, `image definition name '${props.name}'`, 'choose another name']);
  }
  if (![publisher, offer, sku].some(isUnresolved)) {
    keys.push([
      `identifier:${[publisher, offer, sku].join('/').toLowerCase()}`,
      `identifier (publisher '${publisher}', offer '${offer}', sku '${sku}')`,
      'change the publisher, offer or SKU (a gallery needs a unique triple per definition)',
    ]);
  }
  for (const [key, what, fix] of keys) {
    const holder = claimed.get(key);
    if (holder !== undefined) {
      throw new ConstructValidationError(
        definition,
        `${what} is already used by ${holder} in gallery '${props.gallery.galleryName}'; ${fix}.`,
      );
    }
  }
  for (const [key] of keys) claimed.set(key, definition.node.path);
}
