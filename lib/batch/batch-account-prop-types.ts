import { IConstruct } from 'constructs';
import {
  isRecord,
  describeMismatch,
  optionalArray,
  optionalEnumValue,
  optionalObject,
  optionalString,
  optionalStringMap,
  requireEnumValue,
  requireObject,
  requireString,
} from '../core/guards';
import { ConstructValidationError } from '../core/errors';
import type { BatchAccountFromIdOptions, BatchAccountProps } from './batch-account-props';
import {
  AutoStorageAuthenticationMode,
  BatchAuthenticationMode,
  BatchPublicNetworkAccess,
  PoolAllocationMode,
} from './batch-account-settings';

const LOCATION_FIX = "pass an Azure region such as 'westeurope'";

/** Checks that every prop of a new `BatchAccount` is present when required and has its type. */
export function checkAccountPropTypes(scope: IConstruct, props: BatchAccountProps): void {
  requireObject(scope, 'props', props, 'pass the account props { name, resourceGroupName, location }');
  requireString(scope, 'name', props.name, "use 3-24 lowercase letters and digits, e.g. 'acmebatch'");
  requireString(scope, 'resourceGroupName', props.resourceGroupName, 'pass the name of the resource group to create the account in');
  requireString(scope, 'location', props.location, LOCATION_FIX);
  optionalEnumValue(scope, 'poolAllocationMode', props.poolAllocationMode, PoolAllocationMode, 'PoolAllocationMode');
  optionalEnumValue(scope, 'publicNetworkAccess', props.publicNetworkAccess, BatchPublicNetworkAccess, 'BatchPublicNetworkAccess');
  optionalArray(scope, 'allowedAuthenticationModes', props.allowedAuthenticationModes, 'pass a list of BatchAuthenticationMode values', (mode, at) =>
    requireEnumValue(scope, at, mode as string | undefined, BatchAuthenticationMode, 'BatchAuthenticationMode'),
  );
  const vaultFix = "pass { keyVaultId, keyVaultUrl }, e.g. { keyVaultId: '/subscriptions/.../providers/Microsoft.KeyVault/vaults/kv', keyVaultUrl: 'https://kv.vault.azure.net/' }";
  optionalObject(scope, 'keyVaultReference', props.keyVaultReference, vaultFix);
  if (isRecord(props.keyVaultReference)) {
    requireString(scope, 'keyVaultReference.keyVaultId', props.keyVaultReference.keyVaultId, vaultFix);
    requireString(scope, 'keyVaultReference.keyVaultUrl', props.keyVaultReference.keyVaultUrl, vaultFix);
  }
  optionalString(scope, 'storageAccountId', props.storageAccountId, 'pass the resource ID of a storage account');
  optionalEnumValue(scope, 'storageAccountAuthenticationMode', props.storageAccountAuthenticationMode, AutoStorageAuthenticationMode, 'AutoStorageAuthenticationMode');
  checkIdentity(scope, props.identity);
  optionalStringMap(scope, 'tags', props.tags);
}

/** Checks the options of `BatchAccount.fromBatchAccountId`. */
export function checkAccountReferenceTypes(scope: IConstruct, accountResourceId: unknown, options: BatchAccountFromIdOptions): void {
  requireString(scope, 'accountResourceId', accountResourceId, "pass the account's resource ID, /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Batch/batchAccounts/{name}");
  requireObject(scope, 'options', options, 'pass { location } or leave the options out');
  optionalString(scope, 'options.location', options.location, LOCATION_FIX);
}

/** The identity comes from `BatchAccountIdentity`'s factories; a hand-made object must have its shape. */
function checkIdentity(scope: IConstruct, identity: unknown): void {
  if (identity === undefined) return;
  const types = ['SystemAssigned', 'UserAssigned'];
  const given = isRecord(identity) ? identity : undefined;
  if (!given || !types.includes(given.identityType as string) || !Array.isArray(given.identityIds)) {
    throw new ConstructValidationError(
      scope,
      `identity ${given ? 'is an object without identityType and identityIds, not a BatchAccountIdentity' : describeMismatch(identity, 'a BatchAccountIdentity')}; pass BatchAccountIdentity.systemAssigned() or BatchAccountIdentity.userAssigned([...]).`,
    );
  }
  given.identityIds.forEach((id: unknown, i: number) =>
    requireString(scope, `identity.identityIds[${i}]`, id, 'pass the resource IDs of user-assigned identities'),
  );
}
