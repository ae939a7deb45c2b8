import { IConstruct } from 'constructs';
import { AccountDescription } from '../spec/batch-account';
import { BatchAccountIdentity } from './batch-account-identity';
import {
  AutoStorageAuthenticationMode,
  BatchAccountKeyVaultReference,
  BatchAuthenticationMode,
  BatchPublicNetworkAccess,
  PoolAllocationMode,
} from './batch-account-settings';

/**
 * A Batch account, created in this app (`new BatchAccount`) or referenced by ID
 * (`BatchAccount.fromBatchAccountId`). Pools take either.
 */
export interface IBatchAccount extends IConstruct {
  /** Account name (a token when not known at synth time). */
  readonly accountName: string;
  /** ARM resource ID of the account (a token for accounts created in this app). */
  readonly accountId: string;
  /** Resource group of the account (a token when not known at synth time). */
  readonly resourceGroupName: string;
  /** Subscription of the account, when known at synth time. */
  readonly subscriptionId?: string;
  /** Region of the account, when known. */
  readonly location?: string;
  /** The typed description the validation rules read. */
  describeAccount(): AccountDescription;
}

/** Options of `BatchAccount.fromBatchAccountId`. */
export interface BatchAccountFromIdOptions {
  /**
   * Region of the account. A resource ID does not carry the region; give it so the rules can
   * check that the pool's image is in the account's region (fact F1).
   *
   * @default - unknown: region rules report that they could not check (AZW106)
   */
  readonly location?: string;
}

/** Properties of a new Batch account. */
export interface BatchAccountProps {
  /** Account name: 3-24 lowercase letters and digits, unique within the region. */
  readonly name: string;
  /** Resource group to create the account in. */
  readonly resourceGroupName: string;
  /** Azure region, e.g. `westeurope`. Custom images must be in the same region (fact F1). */
  readonly location: string;
  /**
   * Where pool VMs are allocated.
   *
   * @default PoolAllocationMode.BATCH_SERVICE - needs no Key Vault and no extra quota setup
   */
  readonly poolAllocationMode?: PoolAllocationMode;
  /**
   * Key Vault of a `UserSubscription` account; required with that mode, not used otherwise.
   *
   * @default - none
   */
  readonly keyVaultReference?: BatchAccountKeyVaultReference;
  /**
   * Public network access to the account's two endpoints: the account endpoint (the Batch REST
   * API that clients call to run jobs) and the node management endpoint (which pool nodes call,
   * with simplified node communication, the only mode after 31 March 2026).
   *
   * Disabled by default, so both are reachable only through private endpoints. Terraform is not
   * affected (it manages the account and its pools through Azure Resource Manager), but before
   * the pools can work:
   * - each pool joins a virtual network (`subnetId`) that has a `nodeManagement` private endpoint
   *   of this account; otherwise its nodes cannot reach Batch and become unusable, so
   *   `CustomImageBatchPool` rejects a pool without `subnetId` in such an account;
   * - clients that submit jobs reach the account through a `batchAccount` private endpoint.
   *
   * Choose `ENABLED` when pools or clients must use the public endpoints; rule AZS203 then warns,
   * and a suppression records why.
   *
   * @default BatchPublicNetworkAccess.DISABLED
   * @see https://learn.microsoft.com/azure/batch/public-network-access
   * @see https://learn.microsoft.com/azure/batch/private-connectivity
   */
  readonly publicNetworkAccess?: BatchPublicNetworkAccess;
  /**
   * How clients may authenticate to the account's data plane.
   *
   * The default leaves out shared keys (long-lived secrets that grant full control): users and
   * services sign in with Microsoft Entra ID, and running tasks use task tokens.
   *
   * @default [BatchAuthenticationMode.AAD, BatchAuthenticationMode.TASK_AUTHENTICATION_TOKEN]
   * @see https://learn.microsoft.com/azure/batch/security-best-practices
   */
  readonly allowedAuthenticationModes?: BatchAuthenticationMode[];
  /**
   * Resource ID of the auto-storage account (application packages, resource files from
   * auto-storage containers).
   *
   * @default - no auto-storage account
   */
  readonly storageAccountId?: string;
  /**
   * How the account authenticates to its auto-storage account (azurerm requires it with
   * `storageAccountId`). Managed identity needs the identity to hold a Storage Blob Data role
   * on the storage account, which this construct does not grant.
   *
   * @default - BATCH_ACCOUNT_MANAGED_IDENTITY when `identity` is set (no keys involved),
   *            otherwise STORAGE_KEYS (the only mode that works without an identity)
   */
  readonly storageAccountAuthenticationMode?: AutoStorageAuthenticationMode;
  /**
   * Managed identity of the account.
   *
   * @default - no identity
   */
  readonly identity?: BatchAccountIdentity;
  /**
   * Resource tags.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}
