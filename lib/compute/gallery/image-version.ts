import { SharedImageVersion } from '@cdktf/provider-azurerm/lib/shared-image-version';
import { Construct } from 'constructs';
import { declareArmResource } from '../../arm/arm-resources';
import { imageVersionArmResource } from '../../arm/resources/image-version';
import { ConstructValidationError, withConstructPath } from '../../core/errors';
import { sameLocation } from '../../core/location';
import { OsType } from '../../core/os-type';
import { isUnresolved } from '../../core/tokens';
import { AppModel } from '../../validation/app-model';
import { CustomImagePoolChecks } from '../../validation/checks';
import { ImageDescription, ImageKind } from '../../validation/model';
import { IBatchPoolImage, imageDescription } from '../batch-pool-image';
import { IManagedImage } from '../managed-image';
import { OsState } from '../os-state';
import { validateEndOfLifeDate } from './end-of-life-date';
import { checkVersionPropTypes } from './gallery-prop-types';
import type { GalleryImageDefinition } from './image-definition';
import { ImportedGalleryImageVersion } from './imported-image-version';
import { validateImageVersionName } from './naming';
import { GalleryStorageAccountType, GalleryTargetRegion } from './target-region';
import { resolveTargetRegions } from './target-region-list';
import { terraformResourcesOf } from './terraform-resources';
import { escapeTemplates } from '../../core/template-escape';

/**
 * How to publish an image as a gallery image version; shared by
 * `GalleryImageDefinition.addVersion` and the image's `publishTo`.
 */
export interface PublishImageOptions {
  /**
   * Version number, `MAJOR.MINOR.PATCH`: three integers of at most 2,147,483,647
   * (e.g. `1.0.0`, `2026.3.14`). Unique within the image definition.
   *
   * @see https://learn.microsoft.com/azure/virtual-machines/troubleshooting-shared-images#creating-or-updating-image-versions
   */
  readonly version: string;
  /**
   * Regions the version is replicated to. Azure requires the gallery's own region among them,
   * and a Batch pool can use the version only in a region listed here.
   *
   * @default - the gallery's region (which is also the source image's region), one replica
   */
  readonly targetRegions?: GalleryTargetRegion[];
  /**
   * Hide this version from consumers that ask for the definition's `latest` version.
   *
   * @default false
   */
  readonly excludeFromLatest?: boolean;
  /**
   * End-of-life date of the version, as an RFC 3339 timestamp (`2027-12-31T00:00:00Z`). Azure
   * rejects dates in the past, so a date before the evaluation date (today, UTC, or the context
   * `batchImages.evaluationDate`) is rejected here.
   *
   * @default - none
   */
  readonly endOfLifeDate?: string;
  /** Resource tags. @default - none */
  readonly tags?: { [key: string]: string };
}

/** Options of `GalleryImageDefinition.addVersion`. */
export interface GalleryImageVersionOptions extends PublishImageOptions {
  /**
   * The managed image the version is made from (`managed_image_id`, which carries the data disks
   * too). It must be in the gallery's region and match the definition's OS type and Hyper-V
   * generation. It stays the version's source: keep it in the app.
   */
  readonly source: IManagedImage;
}

/** Properties of a `GalleryImageVersion`. */
export interface GalleryImageVersionProps extends GalleryImageVersionOptions {
  /** The image definition the version belongs to. */
  readonly imageDefinition: GalleryImageDefinition;
}

/**
 * A gallery image version, created here or imported by ID: the kind of custom image Azure
 * Batch accepts after 31 March 2026.
 */
export interface IGalleryImageVersion extends IBatchPoolImage {
  /** Version number, e.g. `1.0.0` (a token when the version is imported by a token ID). */
  readonly versionName: string;
}

/** What is known about a gallery image version imported with `GalleryImageVersion.fromVersionId`. */
export interface GalleryImageVersionReferenceOptions {
  /** OS of the image. @default - not known */
  readonly osType?: OsType;
  /**
   * Names of the regions the version is replicated to.
   *
   * @default - the version's `location` when given (Azure always replicates a version to its
   * own region), otherwise not known
   */
  readonly targetRegions?: string[];
  /** Region of the version (its gallery's region). @default - not known */
  readonly location?: string;
}

/**
 * A version of a gallery image definition, published from a managed image
 * (`azurerm_shared_image_version`). Use it as the `image` of a Batch pool.
 *
 * It keeps the source image's lineage, so pools on different versions of one image still share
 * Azure's custom-image node limits.
 *
 * @see https://learn.microsoft.com/azure/batch/batch-sig-images
 */
export class GalleryImageVersion extends Construct implements IGalleryImageVersion {
  /**
   * References an existing gallery image version by its resource ID
   * (`/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Compute/galleries/{gallery}/images/{definition}/versions/{version}`).
   * This app does not manage its lifetime.
   */
  public static fromVersionId(
    scope: Construct,
    id: string,
    versionResourceId: string,
    attributes: GalleryImageVersionReferenceOptions = {},
  ): IGalleryImageVersion {
    // null (as from JavaScript or a jsii language) means no options, like undefined.
    return new ImportedGalleryImageVersion(scope, id, versionResourceId, attributes ?? {});
  }

  /** ARM resource ID of the version (a Terraform token): what a Batch pool references. */
  public readonly imageId: string;
  /** Always `ImageKind.GALLERY_IMAGE_VERSION`. */
  public readonly imageKind: ImageKind = ImageKind.GALLERY_IMAGE_VERSION;
  /** Region of the version: its gallery's. */
  public readonly location?: string;
  /** Subscription of the gallery, when it declares one. */
  public readonly subscriptionId?: string;
  /** OS of the image definition. */
  public readonly osType?: OsType;
  /** The source image's lineage: pools on any version of one image share node limits. */
  public readonly lineage: string;
  /** Always true: this app creates the version. */
  public readonly managedInApp: boolean = true;
  /** Names of the target regions (the regions where Batch pools can use the version). */
  public readonly targetRegionNames?: string[];
  /** Version number, e.g. `1.0.0`. */
  public readonly versionName: string;
  /** The definition the version belongs to. */
  public readonly imageDefinition: GalleryImageDefinition;
  /** The managed image the version is made from. */
  public readonly source: IManagedImage;
  /** The target regions as given, or the default: the gallery's region. */
  public readonly targetRegions: GalleryTargetRegion[];

  constructor(scope: Construct, id: string, props: GalleryImageVersionProps) {
    super(scope, id);
    checkVersionPropTypes(this, props);
    const definition = props.imageDefinition;
    withConstructPath(this, () => {
      validateImageVersionName(props.version);
      validateEndOfLifeDate(this, props.endOfLifeDate);
    });
    this.imageDefinition = definition;
    this.source = props.source;
    this.versionName = props.version;
    this.location = definition.location;
    this.subscriptionId = definition.gallery.subscriptionId;
    this.osType = definition.osType;
    this.lineage = props.source.lineage;
    this.checkSourceFitsDefinition();
    claimVersion(this);
    this.targetRegions = withConstructPath(this, () => resolveTargetRegions(props.targetRegions, definition.location));
    this.targetRegionNames = this.targetRegions.map((r) => r.name);

    const version = new SharedImageVersion(this, 'Resource', escapeTemplates({
      name: props.version,
      galleryName: definition.gallery.galleryName,
      imageName: definition.imageDefinitionName,
      resourceGroupName: definition.gallery.resourceGroupName,
      location: this.location,
      managedImageId: props.source.imageId,
      targetRegion: this.targetRegions.map((r) => ({
        name: r.name,
        regionalReplicaCount: r.replicaCount ?? 1,
        storageAccountType: r.storageAccountType ?? GalleryStorageAccountType.STANDARD_LRS,
      })),
      excludeFromLatest: props.excludeFromLatest ?? false,
      endOfLifeDate: props.endOfLifeDate,
      tags: props.tags,
      // The definition is referred to by name and the image may be too: order them explicitly.
      dependsOn: [
        ...terraformResourcesOf(definition, this, false),
        ...terraformResourcesOf(props.source, this, true),
      ],
    }));
    this.imageId = version.id;
    declareArmResource(this, () => imageVersionArmResource(this, props));

    AppModel.of(this).registerImage(this, () => this.describeImage());
    CustomImagePoolChecks.ensureOn(this);
  }

  /** The description the rules read, with the source image's description as `sourceImage`. */
  public describeImage(): ImageDescription {
    const sourceImage = this.source.describeImage();
    const replicas = this.targetRegions.map((r) => ({ region: r.name, replicaCount: r.replicaCount ?? 1 }));
    return imageDescription(this, this.displayName(), { sourceImage, snapshots: sourceImage.snapshots, replicas });
  }

  private displayName(): string {
    const definition = this.imageDefinition;
    const parts = [definition.gallery.galleryName, definition.imageDefinitionName, this.versionName];
    return parts.some(isUnresolved) ? this.node.path : parts.join('/');
  }

  /** Azure rejects a version whose source differs from its definition in OS, generation or state. */
  private checkSourceFitsDefinition(): void {
    const definition = this.imageDefinition;
    const source = this.source;
    const image = `source image ${sourceLabel(source)}`;
    const target = `image definition '${definition.imageDefinitionName}'`;
    if (known(source.osType) && source.osType !== definition.osType) {
      throw new ConstructValidationError(
        this,
        `${image} is ${source.osType} but ${target} is ${definition.osType}; publish a ${definition.osType} image, or add a definition with osType ${source.osType} for it (Azure rejects a version whose OS type differs from its definition's).`,
      );
    }
    if (known(source.hyperVGeneration) && source.hyperVGeneration !== definition.hyperVGeneration) {
      throw new ConstructValidationError(
        this,
        `${image} is Hyper-V generation ${source.hyperVGeneration} but ${target} is ${definition.hyperVGeneration}; publish it to a definition with hyperVGeneration ${source.hyperVGeneration} (Azure rejects a version whose Hyper-V generation differs from its definition's).`,
      );
    }
    if (definition.osState === OsState.SPECIALIZED) {
      throw new ConstructValidationError(
        this,
        `${target} is Specialized, but managed images are generalized and Batch pools accept only generalized gallery images; publish to a definition with osState OsState.GENERALIZED.`,
      );
    }
    if (known(source.location) && known(this.location) && !sameLocation(source.location, this.location)) {
      throw new ConstructValidationError(
        this,
        `${image} is in '${source.location}' but gallery '${definition.gallery.galleryName}' is in '${this.location}'; create the image in '${this.location}' (Azure makes a gallery image version only from a source in the gallery's region) and replicate the version to other regions with targetRegions.`,
      );
    }
  }
}

// Version numbers already used in each image definition, with the path of their construct.
const VERSIONS = new WeakMap<GalleryImageDefinition, Map<string, string>>();

/** Two versions of one definition cannot share a version number. */
function claimVersion(version: GalleryImageVersion): void {
  if (isUnresolved(version.versionName)) return;
  let used = VERSIONS.get(version.imageDefinition);
  if (!used) {
    used = new Map();
    VERSIONS.set(version.imageDefinition, used);
  }
  const holder = used.get(version.versionName);
  if (holder !== undefined) {
    throw new ConstructValidationError(
      version,
      `image version '${version.versionName}' of image definition '${version.imageDefinition.imageDefinitionName}' is already published by ${holder}; choose a new version number.`,
    );
  }
  used.set(version.versionName, version.node.path);
}

function known<T>(value: T | undefined): value is T {
  return value !== undefined && !isUnresolved(value);
}

function sourceLabel(image: IManagedImage): string {
  return isUnresolved(image.imageName) ? `at ${image.node.path}` : `'${image.imageName}'`;
}
