import { SharedImage } from '@cdktf/provider-azurerm/lib/shared-image';
import { SharedImageVersion } from '@cdktf/provider-azurerm/lib/shared-image-version';
import { Construct, IConstruct } from 'constructs';
import { ProblemList } from '../../core/errors';
import { sameLocation } from '../../core/location';
import { OsType } from '../../core/os-type';
import { escapeTemplates } from '../../core/template-escape';
import { isUnresolved } from '../../core/tokens';
import { ComputeGallerySpec, ImageDefinitionSpec, ImageVersionSpec } from '../../spec/gallery';
import { registerSpec, specOf } from '../../spec/registry';
import { AppModel } from '../../validation/app-model';
import { CustomImagePoolChecks } from '../../validation/checks';
import { ImageDescription, ImageKind } from '../../spec/image';
import { imageDescription } from '../batch-pool-image';
import { HyperVGeneration } from '../hyper-v-generation';
import { IManagedImage } from '../managed-image';
import { OsState } from '../os-state';
import { validateEndOfLifeDate } from './end-of-life-date';
import { checkDefinitionPropTypes, checkVersionPropTypes } from './gallery-prop-types';
import { GalleryImageDefinitionOptions } from './image-definition-types';
import { GalleryImageVersionOptions, GalleryImageVersionReferenceOptions, IGalleryImageVersion } from './image-version-types';
import { ImportedGalleryImageVersion } from './imported-image-version';
import { validateIdentifierPart, validateImageDefinitionName, validateImageVersionName } from './naming';
import { GalleryStorageAccountType, GalleryTargetRegion } from './target-region';
import { resolveTargetRegions } from './target-region-list';
import { terraformResourcesOf } from './terraform-resources';

export * from './image-definition-types';

/*
 * An image definition and the versions published into it: one file because each refers to the
 * other (a definition creates its versions, a version names its definition), and the gallery
 * interface with them, since a gallery creates definitions.
 */

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
  private readonly spec: ImageDefinitionSpec;
  private cachedImageDefinitionId?: string;

  constructor(scope: Construct, id: string, props: GalleryImageDefinitionProps) {
    super(scope, id);
    checkDefinitionPropTypes(this, props);
    const problems = new ProblemList(this);
    // An imported gallery may lack a location; the problem is reported and nothing is built then.
    const location = props.gallery.location as string;
    if (location === undefined) {
      problems.add(
        `gallery '${props.gallery.galleryName}' was imported without a location; pass { location } to ComputeGallery.fromGalleryId (image definitions are created in their gallery's region).`,
      );
    }
    problems.collect(() => validateImageDefinitionName(props.name));
    problems.collect(() => validateIdentifierPart('publisher', props.identifier.publisher));
    problems.collect(() => validateIdentifierPart('offer', props.identifier.offer));
    problems.collect(() => validateIdentifierPart('sku', props.identifier.sku));
    problems.collect(() => validateEndOfLifeDate(this, props.endOfLifeDate));
    const claims = uniqueInGallery(props, problems);
    problems.throwIfAny();
    claimInGallery(this, props.gallery, claims);

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
    this.spec = {
      constructPath: this.node.path,
      name: props.name,
      gallery: gallerySpec(props.gallery),
      location,
      osType: this.osType,
      osState: this.osState,
      hyperVGeneration: this.hyperVGeneration,
      publisher: props.identifier.publisher,
      offer: props.identifier.offer,
      sku: props.identifier.sku,
      description: props.description,
      endOfLifeDate: props.endOfLifeDate,
      tags: props.tags,
    };
    registerSpec(this, () => ({ kind: 'GalleryImageDefinition', spec: this.spec }), () => this.imageDefinitionId);
    CustomImagePoolChecks.ensureOn(this);
  }

  /** The definition's spec, which its versions and the ARM output read. */
  public describeImageDefinition(): ImageDefinitionSpec {
    return this.spec;
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

/**
 * Two definitions of one gallery may share neither a name nor a full identifier: records a
 * problem per clash and returns the keys this definition would claim.
 */
function uniqueInGallery(props: GalleryImageDefinitionProps, problems: ProblemList): string[] {
  const claimed = CLAIMED.get(props.gallery);
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
    const holder = claimed?.get(key);
    if (holder !== undefined) {
      problems.add(`${what} is already used by ${holder} in gallery '${props.gallery.galleryName}'; ${fix}.`);
    }
  }
  return keys.map(([key]) => key);
}

/** Claims `keys` for `definition`, once it is known to be valid. */
function claimInGallery(definition: GalleryImageDefinition, gallery: IComputeGallery, keys: string[]): void {
  let claimed = CLAIMED.get(gallery);
  if (!claimed) {
    claimed = new Map();
    CLAIMED.set(gallery, claimed);
  }
  for (const key of keys) claimed.set(key, definition.node.path);
}

/** The gallery's registered spec; a gallery of another library is described by its attributes. */
function gallerySpec(gallery: IComputeGallery): ComputeGallerySpec {
  const entry = specOf(gallery);
  if (entry?.kind === 'ComputeGallery') return entry.spec;
  return {
    constructPath: gallery.node.path,
    name: gallery.galleryName,
    resourceGroupName: gallery.resourceGroupName,
    location: gallery.location,
    subscriptionId: gallery.subscriptionId,
    managedInApp: false,
  };
}

/** Properties of a `GalleryImageVersion`. */
export interface GalleryImageVersionProps extends GalleryImageVersionOptions {
  /** The image definition the version belongs to. */
  readonly imageDefinition: GalleryImageDefinition;
}

/**
 * A version of a gallery image definition, published from a managed image
 * (`azurerm_shared_image_version`). Use it as the `image` of a Batch pool.
 *
 * It keeps the source image's lineage, so pools on different versions of one image still share
 * Azure's custom-image node limits.
 *
 * @see https://learn.microsoft.com/azure/batch/batch-sig-images
 *
 * @example
 * // From a managed image built in this app
 * const version = image.publishTo(definition, { version: '1.0.0' });
 * // From an image that exists already
 * definition.addVersion('V2', {
 *   version: '2.0.0',
 *   source: ManagedImage.fromImageId(stack, 'Existing',
 *     '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-batch-images/providers/Microsoft.Compute/images/img-render',
 *     { location: 'westeurope', osType: OsType.LINUX }),
 * });
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
    this.imageDefinition = definition;
    this.source = props.source;
    this.versionName = props.version;
    this.location = definition.location;
    this.subscriptionId = definition.gallery.subscriptionId;
    this.osType = definition.osType;
    this.lineage = props.source.lineage;
    const problems = new ProblemList(this);
    problems.collect(() => validateImageVersionName(props.version));
    problems.collect(() => validateEndOfLifeDate(this, props.endOfLifeDate));
    this.checkSourceFitsDefinition(problems);
    versionClash(this, problems);
    this.targetRegions = resolveTargetRegions(props.targetRegions, definition.location, problems);
    problems.throwIfAny();
    claimVersion(this);
    this.targetRegionNames = this.targetRegions.map((r) => r.name);

    const spec: ImageVersionSpec = {
      constructPath: this.node.path,
      version: props.version,
      definition: definition.describeImageDefinition(),
      sourceImageId: props.source.imageId,
      targetRegions: this.targetRegions.map((r) => ({
        name: r.name,
        replicaCount: r.replicaCount ?? 1,
        storageAccountType: r.storageAccountType ?? GalleryStorageAccountType.STANDARD_LRS,
      })),
      excludeFromLatest: props.excludeFromLatest ?? false,
      endOfLifeDate: props.endOfLifeDate,
      tags: props.tags,
    };
    const version = new SharedImageVersion(this, 'Resource', escapeTemplates({
      name: spec.version,
      galleryName: definition.gallery.galleryName,
      imageName: definition.imageDefinitionName,
      resourceGroupName: definition.gallery.resourceGroupName,
      location: spec.definition.location,
      managedImageId: spec.sourceImageId,
      targetRegion: spec.targetRegions.map((r) => ({
        name: r.name,
        regionalReplicaCount: r.replicaCount,
        storageAccountType: r.storageAccountType,
      })),
      excludeFromLatest: spec.excludeFromLatest,
      endOfLifeDate: spec.endOfLifeDate,
      tags: spec.tags,
      // The definition is referred to by name and the image may be too: order them explicitly.
      dependsOn: [
        ...terraformResourcesOf(definition, this, false),
        ...terraformResourcesOf(props.source, this, true),
      ],
    }));
    this.imageId = version.id;
    registerSpec(this, () => ({ kind: 'GalleryImageVersion', spec }), () => this.imageId);

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
  private checkSourceFitsDefinition(problems: ProblemList): void {
    const definition = this.imageDefinition;
    const source = this.source;
    const image = `source image ${sourceLabel(source)}`;
    const target = `image definition '${definition.imageDefinitionName}'`;
    if (known(source.osType) && source.osType !== definition.osType) {
      problems.add(
        `${image} is ${source.osType} but ${target} is ${definition.osType}; publish a ${definition.osType} image, or add a definition with osType ${source.osType} for it (Azure rejects a version whose OS type differs from its definition's).`,
      );
    }
    if (known(source.hyperVGeneration) && source.hyperVGeneration !== definition.hyperVGeneration) {
      problems.add(
        `${image} is Hyper-V generation ${source.hyperVGeneration} but ${target} is ${definition.hyperVGeneration}; publish it to a definition with hyperVGeneration ${source.hyperVGeneration} (Azure rejects a version whose Hyper-V generation differs from its definition's).`,
      );
    }
    if (definition.osState === OsState.SPECIALIZED) {
      problems.add(
        `${target} is Specialized, but managed images are generalized and Batch pools accept only generalized gallery images; publish to a definition with osState OsState.GENERALIZED.`,
      );
    }
    if (known(source.location) && known(this.location) && !sameLocation(source.location, this.location)) {
      problems.add(
        `${image} is in '${source.location}' but gallery '${definition.gallery.galleryName}' is in '${this.location}'; create the image in '${this.location}' (Azure makes a gallery image version only from a source in the gallery's region) and replicate the version to other regions with targetRegions.`,
      );
    }
  }
}

// Version numbers already used in each image definition, with the path of their construct.
const VERSIONS = new WeakMap<GalleryImageDefinition, Map<string, string>>();

/** Two versions of one definition cannot share a version number. */
function versionClash(version: GalleryImageVersion, problems: ProblemList): void {
  if (isUnresolved(version.versionName)) return;
  const holder = VERSIONS.get(version.imageDefinition)?.get(version.versionName);
  if (holder !== undefined) {
    problems.add(
      `image version '${version.versionName}' of image definition '${version.imageDefinition.imageDefinitionName}' is already published by ${holder}; choose a new version number.`,
    );
  }
}

/** Records the version number of a valid version as used. */
function claimVersion(version: GalleryImageVersion): void {
  if (isUnresolved(version.versionName)) return;
  let used = VERSIONS.get(version.imageDefinition);
  if (!used) {
    used = new Map();
    VERSIONS.set(version.imageDefinition, used);
  }
  used.set(version.versionName, version.node.path);
}

function known<T>(value: T | undefined): value is T {
  return value !== undefined && !isUnresolved(value);
}

function sourceLabel(image: IManagedImage): string {
  return isUnresolved(image.imageName) ? `at ${image.node.path}` : `'${image.imageName}'`;
}
