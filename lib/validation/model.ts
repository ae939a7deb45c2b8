import { OsType } from '../core/os-type';

/*
 * The typed descriptions that constructs publish and rules read. Rules never read L1
 * config. Values are kept as given: a value may be an unresolved Terraform token, which a rule
 * detects with `isUnresolved` and reports as AZW106 instead of guessing.
 */

/**
 * Where a pool's image comes from.
 *
 * @see https://learn.microsoft.com/azure/batch/batch-custom-image-pools-to-azure-compute-gallery-migration-guide
 */
export enum ImageKind {
  /** A bare managed image (`Microsoft.Compute/images`): retired for Batch pools after 2026-03-31. */
  MANAGED_IMAGE = 'ManagedImage',
  /** An Azure Compute Gallery image version (`Microsoft.Compute/galleries/images/versions`). */
  GALLERY_IMAGE_VERSION = 'GalleryImageVersion',
}

/** A disk snapshot an image is built from. */
export interface SnapshotDescription {
  /** Construct path of the snapshot reference. */
  readonly constructPath: string;
  /** Snapshot resource ID (may be a token). */
  readonly snapshotId: string;
  /** Region. @default - not known */
  readonly location?: string;
  /** Subscription. @default - not known */
  readonly subscriptionId?: string;
  /**
   * True when the snapshot is known to be encrypted with Azure Disk Encryption (F13).
   * @default - not known to be encrypted
   */
  readonly azureDiskEncryption?: boolean;
}

/** The replicas a gallery image version keeps in one target region. */
export interface ReplicaDescription {
  /** Region name, as given (may be a token). */
  readonly region: string;
  /** Replicas in that region (may be a token). */
  readonly replicaCount: number;
}

/** An image a pool can use. */
export interface ImageDescription {
  /** Construct path of the image construct (or of its import). */
  readonly constructPath: string;
  /** Managed image or gallery image version. */
  readonly kind: ImageKind;
  /** Image resource ID (a token for images created in this app). */
  readonly imageId: string;
  /** Display name for messages, e.g. the image name. */
  readonly displayName: string;
  /** Region. @default - not known */
  readonly location?: string;
  /** Subscription. @default - not known */
  readonly subscriptionId?: string;
  /** OS type. @default - not known */
  readonly osType?: OsType;
  /**
   * Lineage key: images built from the same OS-disk snapshot (or the same image) share it.
   * The node limits of F4 are shared by all pools of one lineage. When the snapshot or image ID
   * is a Terraform token, the key holds the Terraform expression it resolves to in its stack
   * (`snapshot-token:<stack>:${var.snap}`): equal expressions share a lineage; whether other
   * IDs of the same kind name the same resource is known only at plan time, and the rules that
   * add pools up by lineage (AZB003, AZB004, AZW103) report AZW106 where it would matter.
   */
  readonly lineage: string;
  /** True when this app creates the image (it can keep it alive, F3); false when imported by ID. */
  readonly managedInApp: boolean;
  /** Snapshots the image is built from. @default - not known */
  readonly snapshots?: SnapshotDescription[];
  /**
   * Gallery versions: regions the version is replicated to.
   * @default - not a gallery image version, or not known
   */
  readonly targetRegions?: string[];
  /**
   * Gallery versions: the replicas kept in each target region.
   * @default - not a gallery image version, or not known (a version imported by ID)
   */
  readonly replicas?: ReplicaDescription[];
  /**
   * Gallery versions: the managed image the version was published from, when created here.
   * @default - not known (imported, or a managed image)
   */
  readonly sourceImage?: ImageDescription;
}

/** A Batch account a pool belongs to. */
export interface AccountDescription {
  /** Construct path of the account construct (or of its import). */
  readonly constructPath: string;
  /** Account name (may be a token). */
  readonly accountName: string;
  /** Region. @default - not known */
  readonly location?: string;
  /** Subscription. @default - not known */
  readonly subscriptionId?: string;
  /** True when this app creates the account. */
  readonly managedInApp: boolean;
  /**
   * For accounts created here: whether public network access is enabled.
   * @default - not known (the account is imported)
   */
  readonly publicNetworkAccessEnabled?: boolean;
}

/** Fixed or autoscale. */
export enum ScaleMode {
  /** A fixed number of nodes (`fixedScale`). */
  FIXED = 'fixed',
  /** Nodes set by an autoscale formula (`autoScale`). */
  AUTOSCALE = 'autoscale',
}

/** What the limit rules need to know about a pool's size. */
export interface ScaleDescription {
  /** Fixed or autoscale. */
  readonly mode: ScaleMode;
  /**
   * Dedicated nodes: the target of a fixed pool, or the declared `maxDedicatedNodes` of an
   * autoscale pool (undefined when not declared). May be a token.
   * @default - not declared
   */
  readonly dedicatedNodes?: number;
  /** Spot/low-priority nodes, as for `dedicatedNodes`. @default - not declared */
  readonly spotNodes?: number;
  /** Fixed pools: resize timeout in minutes (may be a token). @default - not a fixed pool */
  readonly resizeTimeoutMinutes?: number;
  /** True when the node counts are known upper bounds (fixed, or autoscale with max hints). */
  readonly bounded: boolean;
}

/** A network security group rule of an inbound NAT pool, as the rules see it. */
export interface NetworkSecurityGroupRuleDescription {
  /** `Allow` or `Deny`. */
  readonly access: string;
  /** Rule priority, unique within the pool. */
  readonly priority: number;
  /** Source address prefix or tag, e.g. `*` or `10.0.0.0/24`. */
  readonly sourceAddressPrefix: string;
  /** Source port ranges; undefined means any. @default - any source port */
  readonly sourcePortRanges?: string[];
}

/** An inbound NAT pool, as the rules see it. */
export interface InboundNatPoolDescription {
  /** NAT pool name. */
  readonly name: string;
  /** `TCP` or `UDP`. */
  readonly protocol: string;
  /** Port on the nodes. */
  readonly backendPort: number;
  /** First port of the frontend range. */
  readonly frontendPortRangeStart: number;
  /** Last port of the frontend range. */
  readonly frontendPortRangeEnd: number;
  /** Network security group rules of the endpoint. */
  readonly networkSecurityGroupRules: NetworkSecurityGroupRuleDescription[];
}

/** A resource file of a start task. */
export interface ResourceFileDescription {
  /**
   * URL the file is pulled from: the HTTP URL or storage container URL (may be a token).
   * @default - not pulled from a URL (an auto-storage container)
   */
  readonly url?: string;
  /**
   * Name of the auto-storage container the files come from.
   * @default - not pulled from an auto-storage container
   */
  readonly autoStorageContainerName?: string;
}

/** A pool's start task, as the rules see it. */
export interface StartTaskDescription {
  /** The task's command line. */
  readonly commandLine: string;
  /** True when the task runs with admin elevation. */
  readonly elevatedAdmin: boolean;
  /** Files downloaded before the task runs. */
  readonly resourceFiles: ResourceFileDescription[];
}

/** A Batch pool on a custom image. */
export interface PoolDescription {
  /** Construct path of the pool construct. */
  readonly constructPath: string;
  /** Pool name (may be a token). */
  readonly poolName: string;
  /** The Batch account the pool belongs to. */
  readonly account: AccountDescription;
  /** The image the pool's nodes boot. */
  readonly image: ImageDescription;
  /** VM size, e.g. `Standard_D4s_v5`. */
  readonly vmSize: string;
  /** Node agent SKU, e.g. `batch.node.ubuntu 22.04` (may be a token). */
  readonly nodeAgentSkuId: string;
  /** Node counts and resize settings. */
  readonly scale: ScaleDescription;
  /** Inbound NAT pools of the pool's endpoint configuration (empty when none). */
  readonly inboundNatPools: InboundNatPoolDescription[];
  /** Virtual network subnet, when the pool joins one. @default - no subnet */
  readonly subnetId?: string;
  /**
   * `BatchManaged`, `UserManaged` or `NoPublicIPAddresses`.
   * @default - not set: Azure's default, `BatchManaged`
   */
  readonly publicIpAddressProvisioning?: string;
  /** The start task, when the pool has one. @default - no start task */
  readonly startTask?: StartTaskDescription;
  /**
   * Batch management API version the pool is created with (the azurerm provider's), e.g.
   * `2024-07-01`. Batch's defaults depend on it (API versions before 2024-07-01 opened default
   * remote-access endpoints).
   * @default - not known
   */
  readonly batchApiVersion?: string;
}
