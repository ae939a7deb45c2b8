import type { BatchAccountProps, IBatchAccount } from '../../batch/batch-account';
import { BatchAccountIdentity } from '../../batch/batch-account-identity';
import { AutoStorageAuthenticationMode, BatchPublicNetworkAccess, PoolAllocationMode } from '../../batch/batch-account-settings';
import { ArmExistingResource, ArmResourceDeclaration } from '../arm-resources';
import { BATCH_API_VERSION } from './api-versions';

const TYPE = 'Microsoft.Batch/batchAccounts';

/** What `BatchAccount` derives from its props, as it configures its Terraform resource. */
export interface ResolvedBatchAccountSettings {
  readonly poolAllocationMode: PoolAllocationMode;
  readonly publicNetworkAccess: BatchPublicNetworkAccess;
  readonly allowedAuthenticationModes: string[];
  readonly storageAccountAuthenticationMode?: AutoStorageAuthenticationMode;
}

/** A `BatchAccount` in ARM, with the settings its Terraform resource gets. */
export function batchAccountArmResource(
  props: BatchAccountProps,
  settings: ResolvedBatchAccountSettings,
  accountId: string,
): ArmResourceDeclaration {
  return {
    type: TYPE,
    apiVersion: BATCH_API_VERSION,
    name: props.name,
    resourceGroupName: props.resourceGroupName,
    location: props.location,
    tags: props.tags,
    identity: props.identity ? identity(props.identity) : undefined,
    properties: {
      poolAllocationMode: settings.poolAllocationMode,
      keyVaultReference: props.keyVaultReference
        ? { id: props.keyVaultReference.keyVaultId, url: props.keyVaultReference.keyVaultUrl }
        : undefined,
      publicNetworkAccess: settings.publicNetworkAccess,
      allowedAuthenticationModes: settings.allowedAuthenticationModes,
      autoStorage:
        props.storageAccountId !== undefined
          ? { storageAccountId: props.storageAccountId, authenticationMode: settings.storageAccountAuthenticationMode }
          : undefined,
    },
    id: accountId,
  };
}

/** An account imported by ID, as the parent its new pools name. */
export function importedBatchAccountArmResource(account: IBatchAccount, subscriptionId: string): ArmExistingResource {
  return {
    type: TYPE,
    apiVersion: BATCH_API_VERSION,
    name: account.accountName,
    resourceGroupName: account.resourceGroupName,
    subscriptionId,
  };
}

function identity(value: BatchAccountIdentity): object {
  if (value.identityType !== 'UserAssigned') return { type: value.identityType };
  return { type: value.identityType, userAssignedIdentities: Object.fromEntries(value.identityIds.map((id) => [id, {}])) };
}
