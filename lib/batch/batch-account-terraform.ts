import { BatchAccount as BatchAccountResource } from '@cdktf/provider-azurerm/lib/batch-account';
import { Construct } from 'constructs';
import { escapeTemplates } from '../core/template-escape';
import { AccountDescription } from '../spec/batch-account';

/** The account's Terraform rendering: `azurerm_batch_account` from its spec, and nothing else. */
export function createBatchAccountResource(scope: Construct, spec: Omit<AccountDescription, 'accountId'>): BatchAccountResource {
  return new BatchAccountResource(scope, 'Resource', escapeTemplates({
    name: spec.accountName,
    resourceGroupName: spec.resourceGroupName!,
    location: spec.location!,
    poolAllocationMode: spec.poolAllocationMode,
    keyVaultReference: spec.keyVaultId !== undefined ? { id: spec.keyVaultId, url: spec.keyVaultUrl! } : undefined,
    publicNetworkAccessEnabled: spec.publicNetworkAccessEnabled,
    allowedAuthenticationModes: spec.allowedAuthenticationModes,
    storageAccountId: spec.storageAccountId,
    storageAccountAuthenticationMode: spec.storageAccountAuthenticationMode,
    identity: spec.identityType ? { type: spec.identityType, identityIds: spec.identityIds } : undefined,
    tags: spec.tags,
  }));
}
