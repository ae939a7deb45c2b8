import { CachingType } from '../core/caching-type';
/** How a pool's nodes get public IP addresses. */
export enum PublicIpAddressProvisioning {
  /** Batch creates and manages the public IPs (Azure's default). */
  BATCH_MANAGED = 'BatchManaged',
  /** You provide the public IPs (`publicIpAddressIds`). */
  USER_MANAGED = 'UserManaged',
  /** Nodes get no public IP; they need a subnet with outbound access. No inbound NAT pools. */
  NO_PUBLIC_IP_ADDRESSES = 'NoPublicIPAddresses',
}

/** How Batch distributes tasks across the nodes of a pool. */
export enum NodeFillType {
  /** Spread tasks evenly across nodes. */
  SPREAD = 'Spread',
  /** Fill each node up to `maxTasksPerNode` before using the next. */
  PACK = 'Pack',
}

/** Storage type of a data disk. */
export enum DataDiskStorageAccountType {
  /** Standard HDD, locally redundant. */
  STANDARD_LRS = 'Standard_LRS',
  /** Premium SSD, locally redundant. */
  PREMIUM_LRS = 'Premium_LRS',
}

/**
 * An empty data disk attached to every node (in addition to the image's own data disks).
 *
 * @see https://learn.microsoft.com/rest/api/batchmanagement/pool/create#datadisk
 */
export interface DataDisk {
  /** Logical unit number: 0-63, unique within the pool. */
  readonly lun: number;
  /** Size in GiB: 1 to 32767. */
  readonly diskSizeGb: number;
  /**
   * Host caching.
   *
   * @default CachingType.READ_ONLY - azurerm's default
   */
  readonly caching?: CachingType;
  /**
   * Storage type.
   *
   * @default DataDiskStorageAccountType.STANDARD_LRS
   */
  readonly storageAccountType?: DataDiskStorageAccountType;
}

/** Container technology of a container-enabled pool. */
export enum ContainerType {
  /** Docker-compatible runtime. */
  DOCKER_COMPATIBLE = 'DockerCompatible',
  /** CRI-compatible runtime. */
  CRI_COMPATIBLE = 'CriCompatible',
}

/** A private container registry nodes pull images from. */
export interface ContainerRegistry {
  /** Registry server, e.g. `myregistry.azurecr.io`. */
  readonly registryServer: string;
  /**
   * User name for the registry.
   *
   * @default - none (use `userAssignedIdentityId`)
   */
  readonly userName?: string;
  /**
   * Password for the registry.
   *
   * @default - none (use `userAssignedIdentityId`)
   */
  readonly password?: string;
  /**
   * Resource ID of a user-assigned identity of the pool with pull rights on the registry.
   *
   * @default - none
   */
  readonly userAssignedIdentityId?: string;
}

/**
 * Makes the pool run tasks in containers.
 *
 * @see https://learn.microsoft.com/azure/batch/batch-docker-container-workloads
 */
export interface ContainerConfiguration {
  /**
   * Container runtime.
   *
   * @default ContainerType.DOCKER_COMPATIBLE
   */
  readonly type?: ContainerType;
  /**
   * Images to prefetch on every node.
   *
   * @default - none
   */
  readonly containerImageNames?: string[];
  /**
   * Private registries the images come from.
   *
   * @default - none
   */
  readonly containerRegistries?: ContainerRegistry[];
}
