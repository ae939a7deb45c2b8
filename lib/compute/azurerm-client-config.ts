import { TerraformStack } from 'cdktf';
import { DataAzurermClientConfig } from '@cdktf/provider-azurerm/lib/data-azurerm-client-config';
import { IConstruct } from 'constructs';

// Per stack, so the stack's children are searched once, not once per image (quadratic).
const SUBSCRIPTION_IDS = new WeakMap<TerraformStack, string>();

/**
 * The subscription the azurerm provider deploys to, as a Terraform token read at plan time.
 * Uses the stack's `azurerm_client_config` data source, adding one (`current`) if the stack
 * has none at its top level, so many constructs share one.
 */
export function providerSubscriptionId(scope: IConstruct): string {
  const stack = TerraformStack.of(scope);
  let subscriptionId = SUBSCRIPTION_IDS.get(stack);
  if (subscriptionId === undefined) {
    const existing = stack.node.children.find((c): c is DataAzurermClientConfig => c instanceof DataAzurermClientConfig);
    subscriptionId = (existing ?? new DataAzurermClientConfig(stack, 'current')).subscriptionId;
    SUBSCRIPTION_IDS.set(stack, subscriptionId);
  }
  return subscriptionId;
}
