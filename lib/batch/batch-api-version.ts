/**
 * The Batch management API version `azurerm_batch_pool` creates pools with in azurerm 4.55 (the
 * version `@cdktf/provider-azurerm` 14.23 pins) and 4.73 (`@cdktn/provider-azurerm` 16.1, CDK
 * Terrain): the same in both, see test/batch/azurerm-versions.test.ts. azurerm moved from `2023-05-01` to
 * `2024-07-01` in 4.11.0 (pull request hashicorp/terraform-provider-azurerm#27982). Pools
 * created with `2024-07-01` or later get no default SSH/RDP endpoints, and reserve only backend
 * ports 29876 and 29877 (earlier versions also reserved 22 and 3389).
 *
 * @see https://github.com/hashicorp/terraform-provider-azurerm/pull/27982
 * @see https://learn.microsoft.com/azure/batch/pool-endpoint-configuration
 */
export const AZURERM_BATCH_API_VERSION = '2024-07-01';
