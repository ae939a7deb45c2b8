import { IBatchPoolImage } from '../compute/batch-pool-image';
import { IBatchAccount } from './batch-account-props';
import { InboundNatPool } from './inbound-nat-pool';
import { PoolScale } from './pool-scale';
import { ContainerConfiguration, DataDisk, NodeFillType, PublicIpAddressProvisioning } from './pool-settings';
import { StartTask } from './start-task';
import { PoolRollout } from '../spec/pool-rollout';

/** Properties of a `CustomImageBatchPool`. */
export interface CustomImageBatchPoolProps {
  /** The Batch account the pool belongs to. */
  readonly account: IBatchAccount;
  /**
   * Pool ID within the account: letters, digits, `-` and `_`, at most 64 characters. With
   * `PoolRollout.BLUE_GREEN` the image version is appended (`render` becomes `render-1-0-3`),
   * and the whole ID must still fit 64 characters.
   */
  readonly poolName: string;
  /**
   * What happens when the pool's image changes. azurerm replaces a pool whose image reference
   * changes: with `REPLACE` the pool is deleted (its running tasks end) before it is created
   * again with the same ID; with `BLUE_GREEN` the pool ID carries the image version and the
   * new pool is created before the old one is deleted (AZW108 warns about `REPLACE` on an image
   * version created in this app).
   *
   * @default PoolRollout.REPLACE
   */
  readonly rollout?: PoolRollout;
  /**
   * Display name.
   *
   * @default - none
   */
  readonly displayName?: string;
  /**
   * The custom image the nodes boot: a managed image or a gallery image version. When the image
   * is created in this app, Terraform creates it before the pool and destroys it after the pool
   * (fact F3).
   */
  readonly image: IBatchPoolImage;
  /** VM size of the nodes, e.g. `Standard_D4s_v5`. */
  readonly vmSize: string;
  /**
   * Node agent SKU matching the image's OS (fact F10); see `NodeAgentSku` for common values.
   */
  readonly nodeAgentSkuId: string;
  /** Fixed size or autoscale: `PoolScale.fixed(...)` or `PoolScale.autoscale(...)`. */
  readonly scale: PoolScale;
  /**
   * Inbound NAT pools giving public access to ports of individual nodes (at most 5).
   *
   * @default - none
   */
  readonly inboundNatPools?: InboundNatPool[];
  /**
   * Resource ID of the virtual network subnet the nodes join; it must be in the account's
   * region and subscription. Required for a pool in a `BatchAccount` created here with public
   * network access disabled (its default): the nodes then reach the account's node management
   * endpoint through a `nodeManagement` private endpoint in this virtual network.
   *
   * @default - no virtual network: Batch places the nodes
   * @see https://learn.microsoft.com/azure/batch/private-connectivity
   */
  readonly subnetId?: string;
  /**
   * How nodes get public IP addresses.
   *
   * @default - not set: Batch uses BATCH_MANAGED
   */
  readonly publicIpAddressProvisioning?: PublicIpAddressProvisioning;
  /**
   * Public IP address resource IDs for `USER_MANAGED` provisioning (each serves up to 100
   * dedicated and 100 Spot nodes).
   *
   * @default - none
   */
  readonly publicIpAddressIds?: string[];
  /**
   * Task run on every node when it joins the pool.
   *
   * @default - none
   */
  readonly startTask?: StartTask;
  /**
   * Task slots per node: 1 to 256 (Azure also caps it at 4 times the VM's cores).
   *
   * @default 1
   */
  readonly maxTasksPerNode?: number;
  /**
   * How tasks are distributed across nodes.
   *
   * @default NodeFillType.SPREAD - Azure's default
   */
  readonly taskSchedulingPolicy?: NodeFillType;
  /**
   * Whether nodes can talk to each other directly (MPI workloads). Enabling it constrains
   * where Batch can place nodes and may limit the pool's size.
   *
   * @default false - Azure's default (azurerm would enable it)
   * @see https://learn.microsoft.com/azure/batch/batch-mpi
   */
  readonly interNodeCommunication?: boolean;
  /**
   * Resource IDs of user-assigned managed identities for the nodes.
   *
   * @default - no identity
   */
  readonly userAssignedIdentityIds?: string[];
  /**
   * Name-value pairs stored with the pool.
   *
   * @default - none
   */
  readonly metadata?: { [key: string]: string };
  /**
   * Makes the pool run container tasks.
   *
   * @default - no container support
   */
  readonly containerConfiguration?: ContainerConfiguration;
  /**
   * Empty data disks attached to every node.
   *
   * @default - none
   */
  readonly dataDisks?: DataDisk[];
}
