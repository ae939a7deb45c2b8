import { AccountDescription } from './batch-account';
import { ImageDescription } from './image';
import { PoolRollout } from './pool-rollout';

/*
 * The pool's spec: produced once by `CustomImageBatchPool` from its props (checked and
 * normalised in one place, defaults applied), read by the Terraform rendering, the ARM/Bicep
 * rendering and the rules. Values may be unresolved Terraform tokens, kept as given: a rule
 * detects them with `isUnresolved` and reports AZW106 instead of guessing. The rules' names
 * (`PoolDescription`, ...) are the spec's: adding a pool property is one field here, one line per
 * renderer, and its tests.
 */

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
  /** Fixed pools: resize timeout as an ISO 8601 duration, e.g. `PT30M`. @default - not a fixed pool */
  readonly resizeTimeout?: string;
  /** Fixed pools: what happens to running tasks when nodes are removed. @default - Batch's default */
  readonly nodeDeallocationMethod?: string;
  /** Autoscale pools: the formula (may be a token). @default - not an autoscale pool */
  readonly formula?: string;
  /** Autoscale pools: evaluation interval as an ISO 8601 duration. @default - not an autoscale pool */
  readonly evaluationInterval?: string;
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
  /** HTTP URL of a single file. @default - not from an HTTP URL */
  readonly httpUrl?: string;
  /** Storage container URL. @default - not from a container URL */
  readonly storageContainerUrl?: string;
  /** Path the file is written to, relative to the task's working directory. @default - Batch's default */
  readonly filePath?: string;
  /** Blob name prefix of a container source. @default - all blobs */
  readonly blobPrefix?: string;
  /** Linux file mode in octal, e.g. `0755`. @default - Batch's default */
  readonly fileMode?: string;
  /** User-assigned identity that reads the source. @default - none */
  readonly userAssignedIdentityId?: string;
}

/** A pool's start task, as the rules see it. */
export interface StartTaskDescription {
  /** The task's command line. */
  readonly commandLine: string;
  /** True when the task runs with admin elevation. */
  readonly elevatedAdmin: boolean;
  /** Files downloaded before the task runs. */
  readonly resourceFiles: ResourceFileDescription[];
  /** Whether Batch waits for the task before scheduling tasks on the node. @default - not known */
  readonly waitForSuccess?: boolean;
  /** Retries of a failed task (-1: no limit). @default - Batch's default */
  readonly maxTaskRetryCount?: number;
  /** Environment variables of the task. @default - none */
  readonly environment?: { [key: string]: string };
  /** `NonAdmin` or `Admin`. @default - not known */
  readonly elevationLevel?: string;
  /** `Pool` or `Task`: the auto-user's scope. @default - not known */
  readonly autoUserScope?: string;
}

/** A container registry of a pool's container configuration. */
export interface ContainerRegistryDescription {
  /** Registry server, e.g. `myregistry.azurecr.io`. */
  readonly registryServer: string;
  /** User name. @default - none */
  readonly userName?: string;
  /** Password (may be a token). @default - none */
  readonly password?: string;
  /** User-assigned identity that pulls from the registry. @default - none */
  readonly userAssignedIdentityId?: string;
}

/** A pool's container configuration. */
export interface ContainerConfigurationDescription {
  /** Container technology, e.g. `DockerCompatible`. */
  readonly type: string;
  /** Images pulled when a node joins. @default - none */
  readonly containerImageNames?: string[];
  /** Private registries. @default - none */
  readonly containerRegistries?: ContainerRegistryDescription[];
}

/** An empty data disk attached to every node. */
export interface PoolDataDiskDescription {
  /** Logical unit number, 0-63. */
  readonly lun: number;
  /** Size in GiB. */
  readonly diskSizeGb: number;
  /** Host caching. */
  readonly caching: string;
  /** Storage account type of the disk. */
  readonly storageAccountType: string;
}

/** A Batch pool on a custom image. */
export interface PoolDescription {
  /** Construct path of the pool construct. */
  readonly constructPath: string;
  /** Pool name (may be a token): the pool ID in the Batch account, derived from the image version for `BLUE_GREEN`. */
  readonly poolName: string;
  /**
   * How the pool moves to a new image (`CustomImageBatchPool` always says). A `BLUE_GREEN`
   * pool runs beside its predecessor while it rolls over, so the node-limit rules count it
   * twice; AZW108 looks at `REPLACE` pools.
   * @default - not known: neither applies
   */
  readonly rollout?: PoolRollout;
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
  /** Display name. @default - none */
  readonly displayName?: string;
  /** Task slots per node. @default - not known */
  readonly maxTasksPerNode?: number;
  /** How tasks are spread across nodes, `Spread` or `Pack`. @default - not known */
  readonly taskSchedulingPolicy?: string;
  /** Whether nodes can talk to each other directly. @default - not known */
  readonly interNodeCommunication?: boolean;
  /** Public IP address IDs of `UserManaged` provisioning. @default - none */
  readonly publicIpAddressIds?: string[];
  /** User-assigned identities of the nodes. @default - none */
  readonly userAssignedIdentityIds?: string[];
  /** Name-value pairs stored with the pool. @default - none */
  readonly metadata?: { [key: string]: string };
  /** Container support. @default - none */
  readonly containerConfiguration?: ContainerConfigurationDescription;
  /** Empty data disks attached to every node. @default - none */
  readonly dataDisks?: PoolDataDiskDescription[];
}
