import { AccountDescription } from '../model';
import { finding, Rule, RuleResult, RuleSeverity } from '../rule';
import { accountLabel } from '../wording';

/**
 * AZS203: a Batch account created here whose endpoints (the Batch REST API and the node
 * management endpoint) accept connections from any network. `BatchAccount` disables public
 * network access unless told otherwise; imported accounts are not checked.
 */
export const AZS203: Rule = {
  id: 'AZS203',
  severity: RuleSeverity.WARNING,
  title: 'Batch account created here with public network access enabled',
  source:
    'https://learn.microsoft.com/azure/batch/public-network-access, https://learn.microsoft.com/azure/batch/private-connectivity, ' +
    'https://learn.microsoft.com/azure/batch/security-best-practices',

  checkAccount(account: AccountDescription): RuleResult[] {
    if (!account.managedInApp || account.publicNetworkAccessEnabled !== true) return [];
    return [
      finding(
        `${accountLabel(account)} is created with public network access enabled: its account endpoint (Batch REST API) and node management endpoint accept connections from any network`,
        'leave publicNetworkAccess at its default, BatchPublicNetworkAccess.DISABLED, and reach the account through private endpoints ' +
          "('batchAccount' for clients, 'nodeManagement' in each pool's virtual network), or suppress AZS203 with the reason public access is needed",
      ),
    ];
  },
};
