import { TerraformStack } from 'cdktf';
import { DataAzurermClientConfig } from '@cdktf/provider-azurerm/lib/data-azurerm-client-config';
import { IConstruct } from 'constructs';

/** Construct ID (and Terraform name) of the data source this library adds: not a name users pick. */
export const CLIENT_CONFIG_ID = 'batch_images_client_config';

// Per stack, so the stack's children are searched once, not once per image (quadratic).
const SUBSCRIPTION_IDS = new WeakMap<TerraformStack, string>();

/**
 * The subscription the azurerm provider deploys to, as a Terraform token read at plan time.
 * Uses the stack's `azurerm_client_config` data source, adding one if the stack has none at its
 * top level, so many constructs share one. The one added is named after this library, so that
 * a user can still add their own `DataAzurermClientConfig(stack, 'current')` afterwards.
 */
export function providerSubscriptionId(scope: IConstruct): string {
  const stack = TerraformStack.of(scope);
  let subscriptionId = SUBSCRIPTION_IDS.get(stack);
  if (subscriptionId === undefined) {
    const existing = stack.node.children.find((c): c is DataAzurermClientConfig => c instanceof DataAzurermClientConfig);
    subscriptionId = (existing ?? new DataAzurermClientConfig(stack, CLIENT_CONFIG_ID)).subscriptionId;
    SUBSCRIPTION_IDS.set(stack, subscriptionId);
  }
  return subscriptionId;
}
