/*
 * The Batch account's spec: produced once by `BatchAccount` (or its import by ID) from its
 * props, with defaults applied; read by the Terraform and ARM renderers and by the rules.
 * Tokens are kept as tokens.
 */

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
  /** ARM resource ID of the account (a token for accounts created here). @default - not known */
  readonly accountId?: string;
  /** Resource group of the account (may be a token). @default - not known */
  readonly resourceGroupName?: string;
  /** Created accounts: `BatchService` or `UserSubscription`. @default - not known (imported) */
  readonly poolAllocationMode?: string;
  /** Created accounts: Key Vault of a `UserSubscription` account. @default - none */
  readonly keyVaultId?: string;
  /** Created accounts: URL of that Key Vault. @default - none */
  readonly keyVaultUrl?: string;
  /** Created accounts: data-plane authentication modes allowed. @default - not known (imported) */
  readonly allowedAuthenticationModes?: string[];
  /** Created accounts: auto-storage account ID. @default - no auto-storage */
  readonly storageAccountId?: string;
  /** Created accounts: how the account authenticates to auto-storage. @default - no auto-storage */
  readonly storageAccountAuthenticationMode?: string;
  /** Created accounts: `SystemAssigned` or `UserAssigned`. @default - no identity */
  readonly identityType?: string;
  /** Created accounts: user-assigned identity IDs. @default - none */
  readonly identityIds?: string[];
  /** Created accounts: resource tags. @default - none */
  readonly tags?: { [key: string]: string };
}

