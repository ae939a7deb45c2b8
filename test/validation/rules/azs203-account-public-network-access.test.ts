import { TerraformStack } from 'cdktf';
import { BatchAccount } from '../../../lib/batch/batch-account';
import { BatchPublicNetworkAccess } from '../../../lib/batch/batch-account-settings';
import { Suppressions } from '../../../lib/validation/suppressions';
import { annotationsOf } from '../support/annotations';
import { FakeAccount, testApp } from '../support/fakes';

describe('AZS203 Batch account with public network access', () => {
  const props = { name: 'acmebatch', resourceGroupName: 'rg-batch', location: 'westeurope' };

  it('warns on an account created here with public network access enabled', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    new BatchAccount(stack, 'Account', { ...props, publicNetworkAccess: BatchPublicNetworkAccess.ENABLED });
    expect(annotationsOf(stack, 'AZS203')).toEqual([
      {
        level: 'warning',
        path: 'Stack/Account',
        message:
          "AZS203 Batch account 'acmebatch' is created with public network access enabled: its account endpoint (Batch REST API) and node management " +
          'endpoint accept connections from any network — leave publicNetworkAccess at its default, BatchPublicNetworkAccess.DISABLED, and reach the ' +
          "account through private endpoints ('batchAccount' for clients, 'nodeManagement' in each pool's virtual network), or suppress AZS203 with the reason public access is needed",
      },
    ]);
  });

  it('accepts the default (public network access disabled) and accounts it does not create', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    new BatchAccount(stack, 'Account', props);
    new FakeAccount(stack, 'Imported', { managedInApp: false, publicNetworkAccessEnabled: undefined });
    new FakeAccount(stack, 'ImportedPublic', { managedInApp: false, publicNetworkAccessEnabled: true });
    expect(annotationsOf(stack, 'AZS203')).toEqual([]);
  });

  // No token case: publicNetworkAccess is an enum chosen in code, never a Terraform token.

  it('is silenced by a suppression, recorded as info', () => {
    const stack = new TerraformStack(testApp(), 'Stack');
    const account = new BatchAccount(stack, 'Account', { ...props, publicNetworkAccess: BatchPublicNetworkAccess.ENABLED });
    Suppressions.add(account, 'AZS203', 'on-premises clients reach Batch over the Internet, Entra ID only');
    expect(annotationsOf(stack, 'AZS203')).toEqual([
      { level: 'info', path: 'Stack/Account', message: 'suppressed AZS203: on-premises clients reach Batch over the Internet, Entra ID only' },
    ]);
  });
});
