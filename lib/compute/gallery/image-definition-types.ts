import { OsType } from '../../core/os-type';
import { HyperVGeneration } from '../hyper-v-generation';
import { OsState } from '../os-state';

// The definition's option types, apart from the construct so that checks read them without it.

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
