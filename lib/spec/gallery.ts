import { OsType } from '../core/os-type';

/*
 * The specs of the Azure Compute Gallery resources: a gallery, an image definition and an image
 * version, each produced once by its construct with defaults applied and read by the Terraform
 * and ARM renderings. Tokens are kept as tokens.
 */

/** A compute gallery, created here or referenced by ID. */
export interface ComputeGallerySpec {
  /** Construct path of the gallery construct. */
  readonly constructPath: string;
  /** Gallery name (may be a token for a gallery referenced by a token ID). */
  readonly name: string;
  /** Resource group of the gallery. */
  readonly resourceGroupName: string;
  /** Region. @default - not known */
  readonly location?: string;
  /** Subscription. @default - not known (the azurerm provider's) */
  readonly subscriptionId?: string;
  /** Description. @default - none */
  readonly description?: string;
  /** Resource tags. @default - none */
  readonly tags?: { [key: string]: string };
  /** True when this app creates the gallery; false when it is referenced by ID. */
  readonly managedInApp: boolean;
}

/** An image definition in a gallery, with its defaults applied. */
export interface ImageDefinitionSpec {
  /** Construct path of the definition construct. */
  readonly constructPath: string;
  /** Definition name. */
  readonly name: string;
  /** The gallery the definition belongs to. */
  readonly gallery: ComputeGallerySpec;
  /** Region: the gallery's. */
  readonly location: string;
  /** OS of the definition's images. */
  readonly osType: OsType;
  /** `Generalized` or `Specialized`. */
  readonly osState: string;
  /** Hyper-V generation, `V1` or `V2`. */
  readonly hyperVGeneration: string;
  /** Publisher of the identifier. */
  readonly publisher: string;
  /** Offer of the identifier. */
  readonly offer: string;
  /** SKU of the identifier. */
  readonly sku: string;
  /** Description. @default - none */
  readonly description?: string;
  /** End-of-life date (RFC 3339). @default - none */
  readonly endOfLifeDate?: string;
  /** Resource tags. @default - none */
  readonly tags?: { [key: string]: string };
}

/** A region a gallery image version is replicated to, with its defaults applied. */
export interface TargetRegionSpec {
  /** Region name. */
  readonly name: string;
  /** Number of replicas. */
  readonly replicaCount: number;
  /** Storage account type of the replicas. */
  readonly storageAccountType: string;
}

/** A gallery image version published from a managed image, with its defaults applied. */
export interface ImageVersionSpec {
  /** Construct path of the version construct. */
  readonly constructPath: string;
  /** Version number, e.g. `1.0.0`. */
  readonly version: string;
  /** The image definition the version belongs to. */
  readonly definition: ImageDefinitionSpec;
  /** Resource ID of the source managed image (a token when it is created in this app). */
  readonly sourceImageId: string;
  /** Target regions, the gallery's own first by default. */
  readonly targetRegions: TargetRegionSpec[];
  /** Whether the version is hidden from `latest`. */
  readonly excludeFromLatest: boolean;
  /** End-of-life date (RFC 3339). @default - none */
  readonly endOfLifeDate?: string;
  /** Resource tags. @default - none */
  readonly tags?: { [key: string]: string };
}
