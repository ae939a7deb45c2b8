import { BatchAccount as BatchAccountResource } from '@cdktf/provider-azurerm/lib/batch-account';
import { Fn } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { ConstructValidationError, ProblemList } from '../core/errors';
import { validateLocation } from '../core/location';
import { parseResourceIdOfType, validateResourceGroupName } from '../core/resource-id';
import { validateResourceIdProp } from '../core/resource-id-prop';
import { isUnresolved } from '../core/tokens';
import { AccountDescription } from '../spec/batch-account';
import { registerSpec } from '../spec/registry';
import { AppModel } from '../validation/app-model';
import { CustomImagePoolChecks } from '../validation/checks';
import { checkAccountPropTypes, checkAccountReferenceTypes } from './batch-account-prop-types';
import { BatchAccountFromIdOptions, BatchAccountProps, IBatchAccount } from './batch-account-props';
import {
  AutoStorageAuthenticationMode,
  BatchAuthenticationMode,
  BatchPublicNetworkAccess,
  PoolAllocationMode,
} from './batch-account-settings';
import { createBatchAccountResource } from './batch-account-terraform';

// The props and the interface live in their own file, which the prop checks read without importing the construct.
export * from './batch-account-props';

const BATCH_ACCOUNT_TYPE = 'Microsoft.Batch/batchAccounts';
// 3-24 lowercase letters and digits (see https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules).
const ACCOUNT_NAME = /^[a-z0-9]{3,24}$/;

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

  private readonly spec: AccountDescription;

  constructor(scope: Construct, id: string, props: BatchAccountProps) {
    super(scope, id);
    checkAccountPropTypes(this, props);
    // Types stop at the first problem; every wrong value after that is reported in one error.
    const problems = new ProblemList(this);
    problems.collect(() => validateAccountName(this, props.name));
    problems.collect(() => validateLocation(props.location));
    if (!isUnresolved(props.resourceGroupName)) problems.collect(() => validateResourceGroupName(props.resourceGroupName));
    problems.collect(() => validateResourceIdProp('storageAccountId', props.storageAccountId, 'Microsoft.Storage/storageAccounts', 'storage account'));
    problems.collect(() =>
      validateResourceIdProp('keyVaultReference.keyVaultId', props.keyVaultReference?.keyVaultId, 'Microsoft.KeyVault/vaults', 'Key Vault'),
    );
    // Each ID on its own: a list with one token in it still has literal IDs to check.
    (props.identity?.identityIds ?? []).forEach((identityId, i) =>
      problems.collect(() =>
        validateResourceIdProp(`identity.identityIds[${i}]`, identityId, 'Microsoft.ManagedIdentity/userAssignedIdentities', 'user-assigned identity'),
      ),
    );

    const poolAllocationMode = props.poolAllocationMode ?? PoolAllocationMode.BATCH_SERVICE;
    if (poolAllocationMode === PoolAllocationMode.USER_SUBSCRIPTION && !props.keyVaultReference) {
      problems.add(
        `poolAllocationMode is '${poolAllocationMode}' but no keyVaultReference is given; pass keyVaultReference ({ keyVaultId, keyVaultUrl }) or use PoolAllocationMode.BATCH_SERVICE.`,
      );
    }
    if (props.storageAccountAuthenticationMode && props.storageAccountId === undefined) {
      problems.add(
        `storageAccountAuthenticationMode is '${props.storageAccountAuthenticationMode}' but no storageAccountId is given; pass storageAccountId or remove storageAccountAuthenticationMode.`,
      );
    }
    if (props.storageAccountAuthenticationMode === AutoStorageAuthenticationMode.BATCH_ACCOUNT_MANAGED_IDENTITY && !props.identity) {
      problems.add(
        `storageAccountAuthenticationMode is '${props.storageAccountAuthenticationMode}' but the account has no identity; pass identity (BatchAccountIdentity.systemAssigned() or .userAssigned([...])).`,
      );
    }
    const identity = props.identity;
    if (identity && identity.identityType === 'UserAssigned' && !isUnresolved(identity.identityIds) && identity.identityIds.length === 0) {
      problems.add(
        'identity is BatchAccountIdentity.userAssigned([]) with no identity IDs; pass at least one user-assigned identity ID, or use BatchAccountIdentity.systemAssigned().',
      );
    }
    problems.throwIfAny();

    this.publicNetworkAccess = props.publicNetworkAccess ?? BatchPublicNetworkAccess.DISABLED;
    const storageAuthMode =
      props.storageAccountId === undefined
        ? undefined
        : props.storageAccountAuthenticationMode ??
          (identity ? AutoStorageAuthenticationMode.BATCH_ACCOUNT_MANAGED_IDENTITY : AutoStorageAuthenticationMode.STORAGE_KEYS);

    this.accountName = props.name;
    this.resourceGroupName = props.resourceGroupName;
    this.location = props.location;
    const spec: Omit<AccountDescription, 'accountId'> = {
      constructPath: this.node.path,
      accountName: props.name,
      location: props.location,
      subscriptionId: this.subscriptionId,
      managedInApp: true,
      publicNetworkAccessEnabled: this.publicNetworkAccess === BatchPublicNetworkAccess.ENABLED,
      resourceGroupName: props.resourceGroupName,
      poolAllocationMode,
      keyVaultId: props.keyVaultReference?.keyVaultId,
      keyVaultUrl: props.keyVaultReference?.keyVaultUrl,
      allowedAuthenticationModes: props.allowedAuthenticationModes ?? [
        BatchAuthenticationMode.AAD,
        BatchAuthenticationMode.TASK_AUTHENTICATION_TOKEN,
      ],
      storageAccountId: props.storageAccountId,
      storageAccountAuthenticationMode: storageAuthMode,
      identityType: identity?.identityType,
      identityIds: identity?.identityType === 'UserAssigned' ? identity.identityIds : undefined,
      tags: props.tags,
    };
    this.resource = createBatchAccountResource(this, spec);
    this.accountId = this.resource.id;
    this.spec = { ...spec, accountId: this.accountId };

    registerAccount(this, () => this.accountId);
  }

  /** The account's spec, which the rules and the ARM output read. */
  public describeAccount(): AccountDescription {
    return this.spec;
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
    const problems = new ProblemList(this);
    if (options.location !== undefined) problems.collect(() => validateLocation(options.location!));
    const parsed = isUnresolved(accountResourceId)
      ? undefined
      : problems.collectValue(() => parseResourceIdOfType(accountResourceId, BATCH_ACCOUNT_TYPE, 'Batch account'));
    problems.throwIfAny();
    this.accountId = accountResourceId;
    this.location = options.location;
    if (parsed === undefined) {
      // Segments of /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Batch/batchAccounts/{name}.
      const segments = Fn.split('/', accountResourceId);
      this.accountName = Fn.element(segments, 8);
      this.resourceGroupName = Fn.element(segments, 4);
    } else {
      this.accountName = parsed.name;
      this.resourceGroupName = parsed.resourceGroupName;
      this.subscriptionId = parsed.subscriptionId;
    }

    registerAccount(this);
  }

  public describeAccount(): AccountDescription {
    return {
      constructPath: this.node.path,
      accountName: this.accountName,
      location: this.location,
      subscriptionId: this.subscriptionId,
      managedInApp: false,
      accountId: this.accountId,
      resourceGroupName: this.resourceGroupName,
    };
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

/** Registers an account's spec with the readers (the rules, the ARM output) and adds the checks to its stack. */
function registerAccount(account: IBatchAccount, resourceId?: () => string): void {
  registerSpec(account, () => ({ kind: 'BatchAccount', spec: account.describeAccount() }), resourceId);
  AppModel.of(account).registerAccount(account, () => account.describeAccount());
  CustomImagePoolChecks.ensureOn(account);
}
