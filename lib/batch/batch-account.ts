import { BatchAccount as BatchAccountResource } from '@cdktf/provider-azurerm/lib/batch-account';
import { Fn } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { declareArmResource, referenceArmResource } from '../arm/arm-resources';
import { batchAccountArmResource, importedBatchAccountArmResource } from '../arm/resources/batch-account';
import { ConstructValidationError, withConstructPath } from '../core/errors';
import { validateLocation } from '../core/location';
import { parseResourceIdOfType, validateResourceGroupName } from '../core/resource-id';
import { validateResourceIdProp } from '../core/resource-id-prop';
import { isUnresolved } from '../core/tokens';
import { AppModel } from '../validation/app-model';
import { CustomImagePoolChecks } from '../validation/checks';
import { AccountDescription } from '../validation/model';
import { BatchAccountIdentity } from './batch-account-identity';
import { checkAccountPropTypes, checkAccountReferenceTypes } from './batch-account-prop-types';
import {
  AutoStorageAuthenticationMode,
  BatchAccountKeyVaultReference,
  BatchAuthenticationMode,
  BatchPublicNetworkAccess,
  PoolAllocationMode,
} from './batch-account-settings';
import { escapeTemplates } from '../core/template-escape';

const BATCH_ACCOUNT_TYPE = 'Microsoft.Batch/batchAccounts';
// 3-24 lowercase letters and digits (see https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules).
const ACCOUNT_NAME = /^[a-z0-9]{3,24}$/;

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
   * check that the pool's image is in the account's region (see https://learn.microsoft.com/azure/batch/batch-custom-images).
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
  /** Azure region, e.g. `westeurope`. Custom images must be in the same region (see https://learn.microsoft.com/azure/batch/batch-custom-images). */
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

/**
 * An Azure Batch account (`azurerm_batch_account`), with defaults chosen for safety.
 *
 * @see https://learn.microsoft.com/azure/batch/accounts
 *
 * @example
 * // A new account (private by default: its pools need a subnet with a nodeManagement private endpoint)
 * const account = new BatchAccount(stack, 'Account', { name: 'acmebatch', resourceGroupName: 'rg-batch', location: 'westeurope' });
 * // Or one that exists already; its region lets the rules check the pool's image
 * const existing = BatchAccount.fromBatchAccountId(stack, 'Existing',
 *   '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-batch/providers/Microsoft.Batch/batchAccounts/acmebatch',
 *   { location: 'westeurope' });
 */
export class BatchAccount extends Construct implements IBatchAccount {
  /**
   * References an existing Batch account by its ARM resource ID.
   *
   * When the ID is a Terraform token (known only at plan time), the account name and resource
   * group are derived from it with Terraform functions (`element(split("/", id), 8)` and `4`),
   * and the subscription is left unknown, so rules that need it report AZW106 instead of
   * guessing.
   */
  public static fromBatchAccountId(
    scope: Construct,
    id: string,
    accountResourceId: string,
    options: BatchAccountFromIdOptions = {},
  ): IBatchAccount {
    // null (as from JavaScript or a jsii language) means no options, like undefined.
    return new ImportedBatchAccount(scope, id, accountResourceId, options ?? {});
  }

  public readonly accountName: string;
  public readonly accountId: string;
  public readonly resourceGroupName: string;
  /** Undefined: the subscription is the provider's, known only at plan time. */
  public readonly subscriptionId?: string;
  public readonly location?: string;
  /** Public network access of the account, as configured. */
  public readonly publicNetworkAccess: BatchPublicNetworkAccess;
  /** The underlying `azurerm_batch_account` resource. */
  public readonly resource: BatchAccountResource;

  constructor(scope: Construct, id: string, props: BatchAccountProps) {
    super(scope, id);
    checkAccountPropTypes(this, props);
    validateAccountName(this, props.name);
    withConstructPath(this, () => {
      validateLocation(props.location);
      if (!isUnresolved(props.resourceGroupName)) validateResourceGroupName(props.resourceGroupName);
      validateResourceIdProp('storageAccountId', props.storageAccountId, 'Microsoft.Storage/storageAccounts', 'storage account');
      validateResourceIdProp('keyVaultReference.keyVaultId', props.keyVaultReference?.keyVaultId, 'Microsoft.KeyVault/vaults', 'Key Vault');
      // Each ID on its own: a list with one token in it still has literal IDs to check.
      (props.identity?.identityIds ?? []).forEach((identityId, i) =>
        validateResourceIdProp(`identity.identityIds[${i}]`, identityId, 'Microsoft.ManagedIdentity/userAssignedIdentities', 'user-assigned identity'),
      );
    });

    const poolAllocationMode = props.poolAllocationMode ?? PoolAllocationMode.BATCH_SERVICE;
    if (poolAllocationMode === PoolAllocationMode.USER_SUBSCRIPTION && !props.keyVaultReference) {
      throw new ConstructValidationError(
        this,
        `poolAllocationMode is '${poolAllocationMode}' but no keyVaultReference is given; pass keyVaultReference ({ keyVaultId, keyVaultUrl }) or use PoolAllocationMode.BATCH_SERVICE.`,
      );
    }
    if (props.storageAccountAuthenticationMode && props.storageAccountId === undefined) {
      throw new ConstructValidationError(
        this,
        `storageAccountAuthenticationMode is '${props.storageAccountAuthenticationMode}' but no storageAccountId is given; pass storageAccountId or remove storageAccountAuthenticationMode.`,
      );
    }
    if (props.storageAccountAuthenticationMode === AutoStorageAuthenticationMode.BATCH_ACCOUNT_MANAGED_IDENTITY && !props.identity) {
      throw new ConstructValidationError(
        this,
        `storageAccountAuthenticationMode is '${props.storageAccountAuthenticationMode}' but the account has no identity; pass identity (BatchAccountIdentity.systemAssigned() or .userAssigned([...])).`,
      );
    }
    const identity = props.identity;
    if (identity && identity.identityType === 'UserAssigned' && !isUnresolved(identity.identityIds) && identity.identityIds.length === 0) {
      throw new ConstructValidationError(
        this,
        'identity is BatchAccountIdentity.userAssigned([]) with no identity IDs; pass at least one user-assigned identity ID, or use BatchAccountIdentity.systemAssigned().',
      );
    }

    this.publicNetworkAccess = props.publicNetworkAccess ?? BatchPublicNetworkAccess.DISABLED;
    const storageAuthMode =
      props.storageAccountId === undefined
        ? undefined
        : props.storageAccountAuthenticationMode ??
          (identity ? AutoStorageAuthenticationMode.BATCH_ACCOUNT_MANAGED_IDENTITY : AutoStorageAuthenticationMode.STORAGE_KEYS);

    this.resource = new BatchAccountResource(this, 'Resource', escapeTemplates({
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      poolAllocationMode,
      keyVaultReference: props.keyVaultReference
        ? { id: props.keyVaultReference.keyVaultId, url: props.keyVaultReference.keyVaultUrl }
        : undefined,
      publicNetworkAccessEnabled: this.publicNetworkAccess === BatchPublicNetworkAccess.ENABLED,
      allowedAuthenticationModes: props.allowedAuthenticationModes ?? [
        BatchAuthenticationMode.AAD,
        BatchAuthenticationMode.TASK_AUTHENTICATION_TOKEN,
      ],
      storageAccountId: props.storageAccountId,
      storageAccountAuthenticationMode: storageAuthMode,
      identity: identity
        ? {
            type: identity.identityType,
            identityIds: identity.identityType === 'UserAssigned' ? identity.identityIds : undefined,
          }
        : undefined,
      tags: props.tags,
    }));

    this.accountName = props.name;
    this.accountId = this.resource.id;
    declareArmResource(this, () =>
      batchAccountArmResource(
        props,
        {
          poolAllocationMode,
          publicNetworkAccess: this.publicNetworkAccess,
          allowedAuthenticationModes: this.resource.allowedAuthenticationModesInput ?? [],
          storageAccountAuthenticationMode: storageAuthMode,
        },
        this.accountId,
      ),
    );
    this.resourceGroupName = props.resourceGroupName;
    this.location = props.location;

    registerAccount(this);
  }

  public describeAccount(): AccountDescription {
    return {
      ...accountDescription(this, true),
      publicNetworkAccessEnabled: this.publicNetworkAccess === BatchPublicNetworkAccess.ENABLED,
    };
  }
}

/** A Batch account referenced by ID; this app does not manage it. */
class ImportedBatchAccount extends Construct implements IBatchAccount {
  public readonly accountName: string;
  public readonly accountId: string;
  public readonly resourceGroupName: string;
  public readonly subscriptionId?: string;
  public readonly location?: string;

  constructor(scope: Construct, id: string, accountResourceId: string, options: BatchAccountFromIdOptions) {
    super(scope, id);
    checkAccountReferenceTypes(this, accountResourceId, options);
    if (options.location !== undefined) withConstructPath(this, () => validateLocation(options.location!));
    this.accountId = accountResourceId;
    // The subscription segment of a token ID is read at deployment, like the other segments.
    referenceArmResource(this, () =>
      importedBatchAccountArmResource(this, this.subscriptionId ?? Fn.element(Fn.split('/', accountResourceId), 2)),
    );
    this.location = options.location;
    if (isUnresolved(accountResourceId)) {
      // Segments of /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Batch/batchAccounts/{name}.
      const segments = Fn.split('/', accountResourceId);
      this.accountName = Fn.element(segments, 8);
      this.resourceGroupName = Fn.element(segments, 4);
    } else {
      const parsed = withConstructPath(this, () =>
        parseResourceIdOfType(accountResourceId, BATCH_ACCOUNT_TYPE, 'Batch account'),
      );
      this.accountName = parsed.name;
      this.resourceGroupName = parsed.resourceGroupName;
      this.subscriptionId = parsed.subscriptionId;
    }

    registerAccount(this);
  }

  public describeAccount(): AccountDescription {
    return accountDescription(this, false);
  }
}

function validateAccountName(scope: IConstruct, name: string): void {
  if (isUnresolved(name)) return;
  if (typeof name !== 'string' || !ACCOUNT_NAME.test(name)) {
    throw new ConstructValidationError(
      scope,
      `Batch account name '${name}' is not valid; use 3-24 lowercase letters and digits (e.g. '${suggestAccountName(name)}').`,
    );
  }
}

function suggestAccountName(name: unknown): string {
  const cleaned = String(name ?? '').toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 24);
  return cleaned.length >= 3 ? cleaned : `${cleaned}batch`.slice(0, 24);
}

/** Registers an account with the rules and adds the checks to its stack. */
function registerAccount(account: IBatchAccount): void {
  AppModel.of(account).registerAccount(account, () => account.describeAccount());
  CustomImagePoolChecks.ensureOn(account);
}

/** The part of an account's description shared by created and imported accounts. */
function accountDescription(account: IBatchAccount, managedInApp: boolean): AccountDescription {
  return {
    constructPath: account.node.path,
    accountName: account.accountName,
    location: account.location,
    subscriptionId: account.subscriptionId,
    managedInApp,
  };
}
