import { Fn } from 'cdktf';
import { AccountDescription } from '../../spec/batch-account';
import { ArmExistingResource, ArmResourceDeclaration } from '../declaration';
import { BATCH_API_VERSION } from './api-versions';

const TYPE = 'Microsoft.Batch/batchAccounts';

/** A `BatchAccount` in ARM, from the spec its Terraform resource is rendered from too. */
export function batchAccountArmResource(spec: AccountDescription, accountId: string): ArmResourceDeclaration {
  return {
    type: TYPE,
    apiVersion: BATCH_API_VERSION,
    name: spec.accountName,
    resourceGroupName: spec.resourceGroupName,
    location: spec.location,
    tags: spec.tags,
    identity: spec.identityType ? identity(spec.identityType, spec.identityIds ?? []) : undefined,
    properties: {
      poolAllocationMode: spec.poolAllocationMode,
      keyVaultReference: spec.keyVaultId !== undefined ? { id: spec.keyVaultId, url: spec.keyVaultUrl } : undefined,
      publicNetworkAccess: spec.publicNetworkAccessEnabled ? 'Enabled' : 'Disabled',
      allowedAuthenticationModes: spec.allowedAuthenticationModes,
      autoStorage:
        spec.storageAccountId !== undefined
          ? { storageAccountId: spec.storageAccountId, authenticationMode: spec.storageAccountAuthenticationMode }
          : undefined,
    },
    id: accountId,
  };
}

/** An account imported by ID, as the parent its new pools name. */
export function importedBatchAccountArmResource(spec: AccountDescription): ArmExistingResource {
  return {
    type: TYPE,
    apiVersion: BATCH_API_VERSION,
    name: spec.accountName,
    resourceGroupName: spec.resourceGroupName!,
    // The subscription segment of a token ID is read at deployment, like the other segments.
    subscriptionId: spec.subscriptionId ?? Fn.element(Fn.split('/', spec.accountId!), 2),
  };
}

function identity(type: string, identityIds: string[]): object {
  if (type !== 'UserAssigned') return { type };
  return { type, userAssignedIdentities: Object.fromEntries(identityIds.map((id) => [id, {}])) };
}
