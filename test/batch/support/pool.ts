import { TerraformStack } from 'cdktf';
import { BatchAccount, IBatchAccount } from '../../../lib/batch/batch-account';
import { CustomImageBatchPool, CustomImageBatchPoolProps } from '../../../lib/batch/custom-image-batch-pool';
import { NodeAgentSku } from '../../../lib/batch/node-agent-sku';
import { PoolScale } from '../../../lib/batch/pool-scale';
import { FakeImage } from './fake-image';

export const SUBSCRIPTION = '00000000-0000-0000-0000-000000000000';
export const ACCOUNT_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-batch/providers/Microsoft.Batch/batchAccounts/acme`;

/** An account referenced by ID in westeurope, as most pools in these tests use. */
export function importedAccount(stack: TerraformStack, id = 'Account'): IBatchAccount {
  return BatchAccount.fromBatchAccountId(stack, id, ACCOUNT_ID, { location: 'westeurope' });
}

/** Creates a pool with minimal valid props, overridden by `overrides`. */
export function newPool(
  stack: TerraformStack,
  overrides: Partial<CustomImageBatchPoolProps> = {},
  id = 'Pool',
): CustomImageBatchPool {
  return new CustomImageBatchPool(stack, id, {
    account: overrides.account ?? (stack.node.tryFindChild('Account') as IBatchAccount | undefined) ?? importedAccount(stack),
    image: overrides.image ?? (stack.node.tryFindChild('Image') as FakeImage | undefined) ?? new FakeImage(stack, 'Image'),
    poolName: 'render',
    vmSize: 'Standard_D4s_v5',
    nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
    scale: PoolScale.fixed({ dedicatedNodes: 2 }),
    ...overrides,
  });
}
