import * as fc from 'fast-check';
import { BatchAccount } from '../../lib/batch/batch-account';
import { BatchAccountIdentity } from '../../lib/batch/batch-account-identity';
import { BatchPublicNetworkAccess, PoolAllocationMode } from '../../lib/batch/batch-account-settings';
import { corrupt, corruption, identifier, location, lowerAlnum, name, orWrongType, regionName, resourceId, tags, validOrHostile, validTags, wellFormedResourceId } from './support/hostile';
import { check, validLocation, validName, validResourceGroup, validResourceId } from './support/oracle';
import { fuzzParameters, fuzzTimeout } from './support/runs';
import { SuccessRate } from './support/success-rate';
import { resources, synthCase } from './support/synth';

describe('BatchAccount under random input', () => {
  it(
    'either rejects the input with a construct path, or synthesizes a valid account; valid input always synthesizes',
    () => {
      const input = fc.record({
        name: name(lowerAlnum(3, 24)),
        resourceGroupName: name(identifier('-_.()', 30)),
        location,
        publicNetworkAccess: fc.option(orWrongType(fc.constantFrom(BatchPublicNetworkAccess.ENABLED, BatchPublicNetworkAccess.DISABLED)), { nil: undefined }),
        poolAllocationMode: fc.option(fc.constantFrom(PoolAllocationMode.BATCH_SERVICE, PoolAllocationMode.USER_SUBSCRIPTION), { nil: undefined }),
        keyVaultId: fc.option(resourceId('Microsoft.KeyVault', ['vaults']), { nil: undefined }),
        storageAccountId: fc.option(resourceId('Microsoft.Storage', ['storageAccounts']), { nil: undefined }),
        identityIds: fc.option(fc.array(resourceId('Microsoft.ManagedIdentity', ['userAssignedIdentities']), { maxLength: 2 }), { nil: undefined }),
        tags,
        // One prop or list entry of the account's props replaced by undefined, null or a wrong type.
        corruption,
      });
      // Valid by construction (user-subscription mode needs a Key Vault): these must synthesize.
      const valid = fc.record({
        name: lowerAlnum(3, 24),
        resourceGroupName: identifier('-_.()', 30),
        location: regionName,
        publicNetworkAccess: fc.option(fc.constantFrom(BatchPublicNetworkAccess.ENABLED, BatchPublicNetworkAccess.DISABLED), { nil: undefined }),
        poolAllocationMode: fc.option(fc.constantFrom(PoolAllocationMode.BATCH_SERVICE, PoolAllocationMode.USER_SUBSCRIPTION), { nil: undefined }),
        keyVaultId: fc.option(wellFormedResourceId('Microsoft.KeyVault', ['vaults']), { nil: undefined }),
        storageAccountId: fc.option(wellFormedResourceId('Microsoft.Storage', ['storageAccounts']), { nil: undefined }),
        identityIds: fc.option(fc.array(wellFormedResourceId('Microsoft.ManagedIdentity', ['userAssignedIdentities']), { minLength: 1, maxLength: 2 }), { nil: undefined }),
        tags: validTags,
        corruption: fc.constant(undefined),
      }).filter((p) => p.poolAllocationMode !== PoolAllocationMode.USER_SUBSCRIPTION || p.keyVaultId !== undefined);
      const rate = new SuccessRate(expect.getState().currentTestName!);
      fc.assert(
        fc.property(validOrHostile(valid, input), (props) => {
          let passed: any;
          let rejection = '';
          const json = synthCase('2026-01-15', ({ stack, tokens }) => {
            passed = corrupt({
              name: tokens.str(props.name),
              resourceGroupName: tokens.str(props.resourceGroupName),
              location: tokens.str(props.location),
              publicNetworkAccess: props.publicNetworkAccess,
              poolAllocationMode: props.poolAllocationMode,
              keyVaultReference: props.keyVaultId ? { keyVaultId: tokens.str(props.keyVaultId), keyVaultUrl: 'https://kv.vault.azure.net/' } : undefined,
              storageAccountId: tokens.str(props.storageAccountId),
              identity: props.identityIds ? BatchAccountIdentity.userAssigned(props.identityIds.map((id) => tokens.str(id))) : undefined,
              tags: tokens.map(props.tags),
            }, props.corruption);
            new BatchAccount(stack, 'Account', passed);
          }, (message) => (rejection = message));
          check(json !== undefined || !props.mustSynthesize, `valid input rejected: ${rejection}`);
          if (!rate.record(json !== undefined)) return;
          const [account] = resources(json, 'azurerm_batch_account');
          check(validName(account.name, /^[a-z0-9]{3,24}$/), `invalid account name ${JSON.stringify(account.name)}`);
          check(validLocation(account.location), `invalid location ${JSON.stringify(account.location)}`);
          check(validResourceGroup(account.resource_group_name), `invalid resource group ${JSON.stringify(account.resource_group_name)}`);
          check(account.public_network_access_enabled === (passed.publicNetworkAccess === BatchPublicNetworkAccess.ENABLED), 'public network access');
          for (const id of [account.storage_account_id, account.key_vault_reference?.id, ...(account.identity?.identity_ids ?? [])]) {
            check(id === undefined || validResourceId(id), `invalid resource ID ${JSON.stringify(id)}`);
          }
        }),
        fuzzParameters(),
      );
      rate.expectAtLeast();
    },
    fuzzTimeout(),
  );
});
