import { TerraformVariable } from 'cdktf';
import { BatchAccount } from '../../lib/batch/batch-account';
import { BatchAccountIdentity } from '../../lib/batch/batch-account-identity';
import {
  AutoStorageAuthenticationMode,
  BatchAuthenticationMode,
  BatchPublicNetworkAccess,
  PoolAllocationMode,
} from '../../lib/batch/batch-account-settings';
import { AppModel } from '../../lib/validation/app-model';
import { CustomImagePoolChecks } from '../../lib/validation/checks';
import { Aspects } from 'cdktf';
import { newStack, onlyResource, resolve, synthJson } from './support/synth';
import { ACCOUNT_ID, SUBSCRIPTION } from './support/pool';

const STORAGE_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/acmestore`;
const IDENTITY_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/batch`;

describe('BatchAccount.fromBatchAccountId', () => {
  it('reads name, resource group and subscription from the ID', () => {
    const account = BatchAccount.fromBatchAccountId(newStack(), 'Account', ACCOUNT_ID, { location: 'West Europe' });
    expect(account.accountName).toBe('acme');
    expect(account.resourceGroupName).toBe('rg-batch');
    expect(account.subscriptionId).toBe(SUBSCRIPTION);
    expect(account.accountId).toBe(ACCOUNT_ID);
    expect(account.location).toBe('West Europe');
  });

  it('leaves the location unknown when not given', () => {
    expect(BatchAccount.fromBatchAccountId(newStack(), 'Account', ACCOUNT_ID).location).toBeUndefined();
  });

  it('rejects the ID of another resource type, naming what was expected', () => {
    const id = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.Compute/images/img`;
    expect(() => BatchAccount.fromBatchAccountId(newStack(), 'Account', id)).toThrow(
      `[Test/Account] '${id}' is a Microsoft.Compute/images ID, not a Batch account ID; pass the ID of a Microsoft.Batch/batchAccounts resource.`,
    );
  });

  it('rejects the ID of a pool inside an account', () => {
    expect(() => BatchAccount.fromBatchAccountId(newStack(), 'Account', `${ACCOUNT_ID}/pools/render`)).toThrow(
      /is a Microsoft.Batch\/batchAccounts\/pools ID, not a Batch account ID/,
    );
  });

  it('rejects a malformed ID', () => {
    expect(() => BatchAccount.fromBatchAccountId(newStack(), 'Account', 'acme')).toThrow(
      /^\[Test\/Account\] 'acme' is not a valid Azure resource ID: it must start with '\/'/,
    );
  });

  it('rejects a location that is not a region name', () => {
    expect(() => BatchAccount.fromBatchAccountId(newStack(), 'Account', ACCOUNT_ID, { location: 'west-europe' })).toThrow(
      "[Test/Account] location 'west-europe' is not an Azure region name",
    );
  });

  it('accepts a token ID: name and resource group become Terraform expressions, the subscription stays unknown', () => {
    const stack = newStack();
    const id = new TerraformVariable(stack, 'account_id', { type: 'string' });
    const account = BatchAccount.fromBatchAccountId(stack, 'Account', id.stringValue);
    expect(account.subscriptionId).toBeUndefined();
    expect(resolve(stack, account.accountName)).toBe('${element(split("/", var.account_id), 8)}');
    expect(resolve(stack, account.resourceGroupName)).toBe('${element(split("/", var.account_id), 4)}');
    expect(resolve(stack, account.accountId)).toBe('${var.account_id}');
  });

  it('registers an unmanaged account description and adds the checks to the stack', () => {
    const stack = newStack();
    const account = BatchAccount.fromBatchAccountId(stack, 'Account', ACCOUNT_ID, { location: 'westeurope' });
    expect(AppModel.of(account).accountOf(account)).toMatchObject({
      constructPath: 'Test/Account',
      accountName: 'acme',
      location: 'westeurope',
      subscriptionId: SUBSCRIPTION,
      managedInApp: false,
    });
    expect(Aspects.of(stack).all.some((a) => a instanceof CustomImagePoolChecks)).toBe(true);
  });
});

describe('new BatchAccount', () => {
  const minimal = { name: 'acmebatch', resourceGroupName: 'rg-batch', location: 'westeurope' };

  it('creates an azurerm_batch_account with safe defaults', () => {
    const stack = newStack();
    new BatchAccount(stack, 'Account', minimal);
    expect(onlyResource(stack, 'azurerm_batch_account')).toEqual({
      name: 'acmebatch',
      resource_group_name: 'rg-batch',
      location: 'westeurope',
      pool_allocation_mode: 'BatchService',
      public_network_access_enabled: false,
      allowed_authentication_modes: ['AAD', 'TaskAuthenticationToken'],
    });
  });

  it('exposes its name, resource group, location and ID token', () => {
    const stack = newStack();
    const account = new BatchAccount(stack, 'Account', minimal);
    expect(account.accountName).toBe('acmebatch');
    expect(account.resourceGroupName).toBe('rg-batch');
    expect(account.location).toBe('westeurope');
    expect(account.subscriptionId).toBeUndefined();
    expect(resolve(stack, account.accountId)).toMatch(/^\$\{azurerm_batch_account\.Account_[0-9A-F]{8}\.id\}$/);
  });

  it('passes every prop through', () => {
    const stack = newStack();
    new BatchAccount(stack, 'Account', {
      ...minimal,
      poolAllocationMode: PoolAllocationMode.USER_SUBSCRIPTION,
      keyVaultReference: { keyVaultId: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv`, keyVaultUrl: 'https://kv.vault.azure.net/' },
      publicNetworkAccess: BatchPublicNetworkAccess.ENABLED,
      allowedAuthenticationModes: [BatchAuthenticationMode.AAD, BatchAuthenticationMode.SHARED_KEY],
      storageAccountId: STORAGE_ID,
      storageAccountAuthenticationMode: AutoStorageAuthenticationMode.STORAGE_KEYS,
      identity: BatchAccountIdentity.userAssigned([IDENTITY_ID]),
      tags: { team: 'render' },
    });
    expect(onlyResource(stack, 'azurerm_batch_account')).toMatchObject({
      pool_allocation_mode: 'UserSubscription',
      key_vault_reference: { id: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv`, url: 'https://kv.vault.azure.net/' },
      public_network_access_enabled: true,
      allowed_authentication_modes: ['AAD', 'SharedKey'],
      storage_account_id: STORAGE_ID,
      storage_account_authentication_mode: 'StorageKeys',
      identity: { type: 'UserAssigned', identity_ids: [IDENTITY_ID] },
      tags: { team: 'render' },
    });
  });

  it('authenticates to auto-storage with keys when the account has no identity', () => {
    const stack = newStack();
    new BatchAccount(stack, 'Account', { ...minimal, storageAccountId: STORAGE_ID });
    expect(onlyResource(stack, 'azurerm_batch_account').storage_account_authentication_mode).toBe('StorageKeys');
  });

  it('authenticates to auto-storage with its managed identity when it has one', () => {
    const stack = newStack();
    new BatchAccount(stack, 'Account', { ...minimal, storageAccountId: STORAGE_ID, identity: BatchAccountIdentity.systemAssigned() });
    expect(onlyResource(stack, 'azurerm_batch_account')).toMatchObject({
      storage_account_authentication_mode: 'BatchAccountManagedIdentity',
      identity: { type: 'SystemAssigned' },
    });
    expect(onlyResource(stack, 'azurerm_batch_account').identity.identity_ids).toBeUndefined();
  });

  it.each([
    ['ab', 'abbatch'],
    ['Acme', 'acme'],
    ['acme-batch', 'acmebatch'],
    ['a'.repeat(25), 'a'.repeat(24)],
  ])('rejects the account name %s with a suggestion', (name, suggestion) => {
    expect(() => new BatchAccount(newStack(), 'Account', { ...minimal, name })).toThrow(
      `[Test/Account] Batch account name '${name}' is not valid; use 3-24 lowercase letters and digits (e.g. '${suggestion}').`,
    );
  });

  it('accepts a token name', () => {
    const stack = newStack();
    const name = new TerraformVariable(stack, 'name', { type: 'string' });
    expect(() => new BatchAccount(stack, 'Account', { ...minimal, name: name.stringValue })).not.toThrow();
  });

  it('rejects a location that is not a region name', () => {
    expect(() => new BatchAccount(newStack(), 'Account', { ...minimal, location: 'west_europe' })).toThrow(
      "[Test/Account] location 'west_europe' is not an Azure region name",
    );
  });

  it('requires a Key Vault reference for UserSubscription allocation', () => {
    expect(() => new BatchAccount(newStack(), 'Account', { ...minimal, poolAllocationMode: PoolAllocationMode.USER_SUBSCRIPTION })).toThrow(
      "[Test/Account] poolAllocationMode is 'UserSubscription' but no keyVaultReference is given; pass keyVaultReference ({ keyVaultId, keyVaultUrl }) or use PoolAllocationMode.BATCH_SERVICE.",
    );
  });

  it('rejects a storage authentication mode without a storage account', () => {
    expect(
      () => new BatchAccount(newStack(), 'Account', { ...minimal, storageAccountAuthenticationMode: AutoStorageAuthenticationMode.STORAGE_KEYS }),
    ).toThrow("[Test/Account] storageAccountAuthenticationMode is 'StorageKeys' but no storageAccountId is given");
  });

  it('rejects managed-identity storage authentication without an identity', () => {
    expect(
      () =>
        new BatchAccount(newStack(), 'Account', {
          ...minimal,
          storageAccountId: STORAGE_ID,
          storageAccountAuthenticationMode: AutoStorageAuthenticationMode.BATCH_ACCOUNT_MANAGED_IDENTITY,
        }),
    ).toThrow("[Test/Account] storageAccountAuthenticationMode is 'BatchAccountManagedIdentity' but the account has no identity");
  });

  it('rejects user-assigned identity without IDs', () => {
    expect(() => new BatchAccount(newStack(), 'Account', { ...minimal, identity: BatchAccountIdentity.userAssigned([]) })).toThrow(
      '[Test/Account] identity is BatchAccountIdentity.userAssigned([]) with no identity IDs',
    );
  });

  it('registers a managed account description', () => {
    const stack = newStack();
    const account = new BatchAccount(stack, 'Account', { ...minimal, publicNetworkAccess: BatchPublicNetworkAccess.DISABLED });
    expect(AppModel.of(account).accountOf(account)).toMatchObject({
      constructPath: 'Test/Account',
      accountName: 'acmebatch',
      location: 'westeurope',
      subscriptionId: undefined,
      managedInApp: true,
      publicNetworkAccessEnabled: false,
    });
    expect(Aspects.of(stack).all.some((a) => a instanceof CustomImagePoolChecks)).toBe(true);
    expect(synthJson(stack).resource.azurerm_batch_account).toBeDefined();
  });
});
