import { isUnresolved } from '../../core/tokens';
import { PoolDescription } from '../model';
import { finding, Rule, RuleContext, RuleResult, RuleSeverity, unresolved } from '../rule';
import { poolLabel } from '../wording';

// Batch stopped mapping SSH/RDP ports by default with API 2024-07-01, and for every pool
// created after 30 November 2025 whatever the API version.
const FIRST_API_VERSION_WITHOUT_DEFAULTS = '2024-07-01';
const LAST_DAY_WITH_DEFAULTS = Date.UTC(2025, 10, 30);
const NO_PUBLIC_IP_ADDRESSES = 'NoPublicIPAddresses';

/**
 * AZS202: Batch used to open remote-access endpoints on every node with a public IP address
 * (SSH on Linux, RDP on Windows, on frontend ports 50000-55000, from any source) unless the pool
 * had an endpoint configuration. It no longer does for pools created with Batch API 2024-07-01
 * or later, nor for any pool created after 30 November 2025; azurerm 4.11+ (and so this
 * library) uses 2024-07-01. The rule fires only where the defaults still apply: an older API
 * version (or an unknown one) and an evaluation date on or before 2025-11-30.
 */
export const AZS202: Rule = {
  id: 'AZS202',
  severity: RuleSeverity.WARNING,
  title:
    "Pool with public IPs and no endpoint configuration, created where Batch still opens its default SSH/RDP endpoints (API before 2024-07-01, on or before 2025-11-30)",
  source:
    'https://learn.microsoft.com/azure/batch/pool-endpoint-configuration ("As of API version 2024-07-01 (and all pools created after ' +
    '30 November 2025 regardless of API version), Batch no longer automatically maps common remote access ports for SSH and RDP"); ' +
    'azurerm 4.11+ uses Batch API 2024-07-01 (https://github.com/hashicorp/terraform-provider-azurerm/pull/27982)',

  checkPool(pool: PoolDescription, context: RuleContext): RuleResult[] {
    const apiVersion = pool.batchApiVersion;
    if (apiVersion !== undefined && !isUnresolved(apiVersion) && apiVersion >= FIRST_API_VERSION_WITHOUT_DEFAULTS) return [];
    if (pool.inboundNatPools.length > 0) return [];
    const date = context.evaluationDate;
    if (date.getTime() > LAST_DAY_WITH_DEFAULTS) return [];
    const provisioning = pool.publicIpAddressProvisioning;
    if (provisioning !== undefined && isUnresolved(provisioning)) return [unresolved('the public IP address provisioning', provisioning)];
    if (provisioning === NO_PUBLIC_IP_ADDRESSES) return [];
    const api = apiVersion === undefined || isUnresolved(apiVersion) ? 'an unknown Batch API version' : `Batch API ${apiVersion}`;
    return [
      finding(
        `${poolLabel(pool)} gives its nodes public IP addresses (${provisioning ?? 'BatchManaged, the default'}) and has no endpoint configuration; ` +
          `created with ${api} on ${date.toISOString().slice(0, 10)} (evaluation date), Batch opens its default remote-access endpoints ` +
          '(SSH on Linux, RDP on Windows, frontend ports 50000-55000) to any source on the Internet',
        'create the pool without public IPs (publicIpAddressProvisioning: PublicIpAddressProvisioning.NO_PUBLIC_IP_ADDRESSES with a subnetId), ' +
          "or add inboundNatPools whose NSG rules deny 'Internet', or create it with Batch API 2024-07-01 or later (azurerm 4.11+), which opens no default endpoints",
      ),
    ];
  },
};
