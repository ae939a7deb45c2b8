/** Where a Batch account allocates pool VMs. */
export enum PoolAllocationMode {
  /** VMs live in subscriptions managed by the Batch service (the usual choice). */
  BATCH_SERVICE = 'BatchService',
  /** VMs live in your own subscription; needs a Key Vault reference. */
  USER_SUBSCRIPTION = 'UserSubscription',
}

/** Whether a Batch account's endpoints are reachable from public networks. */
export enum BatchPublicNetworkAccess {
  /** Reachable from public networks, subject to the allowed authentication modes. */
  ENABLED = 'Enabled',
  /** Reachable only through private endpoints (`batchAccount` and `nodeManagement`). */
  DISABLED = 'Disabled',
}

/** How clients may authenticate to a Batch account's data plane. */
export enum BatchAuthenticationMode {
  /** Microsoft Entra ID tokens. */
  AAD = 'AAD',
  /** The account's shared keys (long-lived secrets). */
  SHARED_KEY = 'SharedKey',
  /** Task authentication tokens, which running tasks use to call the Batch service. */
  TASK_AUTHENTICATION_TOKEN = 'TaskAuthenticationToken',
}

/** How a Batch account authenticates to its auto-storage account. */
export enum AutoStorageAuthenticationMode {
  /** With the storage account's keys. */
  STORAGE_KEYS = 'StorageKeys',
  /** With the Batch account's managed identity (grant it a Storage Blob Data role). */
  BATCH_ACCOUNT_MANAGED_IDENTITY = 'BatchAccountManagedIdentity',
}

/** The Key Vault a `UserSubscription` Batch account keeps its secrets in. */
export interface BatchAccountKeyVaultReference {
  /** Resource ID of the Key Vault. */
  readonly keyVaultId: string;
  /** URL of the Key Vault, e.g. `https://myvault.vault.azure.net/`. */
  readonly keyVaultUrl: string;
}
