import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { ProblemList } from '../core/errors';
import { optionalEnumValue, optionalString, requireObject, requireString } from '../core/guards';
import { validateLocation } from '../core/location';
import { OsType } from '../core/os-type';
import { parseResourceIdOfType } from '../core/resource-id';
import { isUnresolved } from '../core/tokens';
import { AppModel } from '../validation/app-model';
import { CustomImagePoolChecks } from '../validation/checks';
import { tokenLineage } from '../validation/lineage';
import { ImageDescription, ImageKind } from '../spec/image';
import { IBatchPoolImage, imageDescription } from './batch-pool-image';
import { HyperVGeneration } from './hyper-v-generation';

/** The ARM type every managed image ID must have. */
const MANAGED_IMAGE_RESOURCE_TYPE = 'Microsoft.Compute/images';

/**
 * A managed image (`Microsoft.Compute/images`), created by `ManagedImageFromSnapshots` or
 * imported by ID. It can back a pool directly (legacy, retired after 2026-03-31) or be
 * published to an Azure Compute Gallery.
 *
 * @see https://learn.microsoft.com/azure/batch/batch-custom-image-pools-to-azure-compute-gallery-migration-guide
 */
export interface IManagedImage extends IBatchPoolImage {
  /** Image name (a token when not known at synth time). */
  readonly imageName: string;
  /** Resource group of the image, when known. */
  readonly resourceGroupName?: string;
  /** Hyper-V generation, when known. */
  readonly hyperVGeneration?: HyperVGeneration;
}

/** What `ManagedImage.fromImageId` cannot read from the ID. */
export interface ManagedImageReferenceOptions {
  /**
   * Region of the image; lets the rules compare it with the Batch account's (see https://learn.microsoft.com/azure/batch/batch-custom-images).
   * @default - unknown; region checks are skipped
   */
  readonly location?: string;
  /**
   * OS of the image; lets the rules check the pool's node agent SKU (see https://learn.microsoft.com/azure/batch/batch-sig-images).
   * @default - unknown; OS checks are skipped
   */
  readonly osType?: OsType;
  /**
   * Hyper-V generation of the image; needed when publishing it to a gallery image definition.
   * @default - unknown
   */
  readonly hyperVGeneration?: HyperVGeneration;
}

/**
 * References to managed images created outside this app.
 *
 * @see https://learn.microsoft.com/azure/batch/batch-custom-images
 *
 * @example
 * const existing = ManagedImage.fromImageId(stack, 'Image',
 *   '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-batch-images/providers/Microsoft.Compute/images/img-render',
 *   { location: 'westeurope', osType: OsType.LINUX });
 * definition.addVersion('V1', { source: existing, version: '1.0.0' });
 */
export class ManagedImage extends Construct implements IManagedImage {
  /**
   * References an existing managed image by its ARM resource ID. This app does not manage the
   * image's lifetime, so pools using it get a warning (see https://learn.microsoft.com/azure/batch/batch-custom-images).
   *
   * @param imageResourceId `/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Compute/images/{name}`,
   *   or a Terraform token (then nothing is read from it)
   */
  public static fromImageId(
    scope: Construct,
    id: string,
    imageResourceId: string,
    options: ManagedImageReferenceOptions = {},
  ): IManagedImage {
    // null (as from JavaScript or a jsii language) means no options, like undefined.
    return new ManagedImage(scope, id, imageResourceId, options ?? {});
  }

  /** The image's resource ID, as given. */
  public readonly imageId: string;
  /** Image name, from the ID (a Terraform expression when the ID is a token). */
  public readonly imageName: string;
  /** Always `ImageKind.MANAGED_IMAGE`. */
  public readonly imageKind: ImageKind = ImageKind.MANAGED_IMAGE;
  /** Always false: this app does not manage the image's lifetime (see https://learn.microsoft.com/azure/batch/batch-custom-images). */
  public readonly managedInApp: boolean = false;
  /** Subscription, from the ID; undefined when the ID is a token. */
  public readonly subscriptionId?: string;
  /** Resource group, from the ID; undefined when the ID is a token. */
  public readonly resourceGroupName?: string;
  /** Region, when given in the options. */
  public readonly location?: string;
  /** OS, when given in the options. */
  public readonly osType?: OsType;
  /** Hyper-V generation, when given in the options. */
  public readonly hyperVGeneration?: HyperVGeneration;
  /**
   * `image:` and the lower-cased ID. For a token ID, `image-token:`, the stack path and the
   * Terraform expression the token stands for in that stack (e.g. `${var.image_id}`): references
   * with the same expression are the same image; whether others are is known only at plan time,
   * so the node-limit rules report AZW106 where that matters.
   */
  public readonly lineage: string;

  private constructor(scope: Construct, id: string, imageResourceId: string, options: ManagedImageReferenceOptions) {
    super(scope, id);
    requireString(this, 'imageResourceId', imageResourceId, "pass the image's resource ID, /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Compute/images/{name}");
    requireObject(this, 'options', options, 'pass { location, osType, hyperVGeneration } or leave the options out');
    optionalString(this, 'options.location', options.location, "pass the image's Azure region, e.g. 'westeurope'");
    optionalEnumValue(this, 'options.osType', options.osType, OsType, 'OsType');
    optionalEnumValue(this, 'options.hyperVGeneration', options.hyperVGeneration, HyperVGeneration, 'HyperVGeneration');
    this.imageId = imageResourceId;
    this.location = options.location;
    this.osType = options.osType;
    this.hyperVGeneration = options.hyperVGeneration;
    const problems = new ProblemList(this);
    if (options.location !== undefined) problems.collect(() => validateLocation(options.location!));
    const parsed = isUnresolved(imageResourceId)
      ? undefined
      : problems.collectValue(() => parseResourceIdOfType(imageResourceId, MANAGED_IMAGE_RESOURCE_TYPE, 'managed image'));
    problems.throwIfAny();
    if (parsed === undefined) {
      // Terraform takes the name from the ID at plan time; the same expression is the same image.
      this.imageName = Fn.basename(imageResourceId);
      this.lineage = tokenLineage(this, 'image', imageResourceId);
    } else {
      this.imageName = parsed.name;
      this.subscriptionId = parsed.subscriptionId;
      this.resourceGroupName = parsed.resourceGroupName;
      this.lineage = `image:${parsed.normalized}`;
    }
    AppModel.of(this).registerImage(this, () => this.describeImage());
    CustomImagePoolChecks.ensureOn(this);
  }

  /** What the rules read about the image. */
  public describeImage(): ImageDescription {
    return imageDescription(this, this.imageName);
  }
}
