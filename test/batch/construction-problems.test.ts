import { PoolRollout } from '../../lib/spec/pool-rollout';
import { BatchAccount } from '../../lib/batch/batch-account';
import { AutoStorageAuthenticationMode, PoolAllocationMode } from '../../lib/batch/batch-account-settings';
import { Duration } from '../../lib/core/duration';
import { InboundEndpointProtocol } from '../../lib/batch/inbound-nat-pool';
import { PoolScale } from '../../lib/batch/pool-scale';
import { newStack } from './support/synth';
import { newPool } from './support/pool';

/** The message of the error `fn` throws. */
function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

describe('CustomImageBatchPool: every problem at once', () => {
  it('reports an invalid name, an empty vmSize and a reserved NAT range in one error, each with path, value and fix', () => {
    const message = errorOf(() =>
      newPool(newStack(), {
        poolName: 'render pool!',
        vmSize: '',
        inboundNatPools: [
          { name: 'ssh', protocol: InboundEndpointProtocol.TCP, backendPort: 2222, frontendPortRangeStart: 50100, frontendPortRangeEnd: 50200 },
        ],
      }),
    );
    const lines = message.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.every((line) => line.startsWith('[Test/Pool] '))).toBe(true);
    expect(lines[0]).toContain("poolName 'render pool!' is not valid; use 1-64 letters, digits, '-' and '_' (e.g. 'render-pool-')");
    expect(lines[1]).toContain("vmSize is empty; pass a VM size such as 'Standard_D4s_v5'");
    expect(lines[2]).toContain('inboundNatPools[0] frontend port range 50100-50200 overlaps ports 50000-55000');
    expect(lines[2]).toContain('move the range below 50000 or above 55000');
  });

  it('adds a blue/green pool ID problem to the others', () => {
    // The default FakeImage is no gallery version, so BLUE_GREEN cannot name the pool after one.
    const message = errorOf(() => newPool(newStack(), { vmSize: '', rollout: PoolRollout.BLUE_GREEN }));
    const lines = message.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[Test\/Pool\] vmSize is empty/);
    expect(lines[1]).toMatch(/^\[Test\/Pool\] rollout BLUE_GREEN names the pool after its image version/);
  });

  it('adds scale problems to the others', () => {
    const message = errorOf(() =>
      newPool(newStack(), { maxTasksPerNode: 0, scale: PoolScale.fixed({ dedicatedNodes: 1, resizeTimeout: Duration.minutes(1) }) }),
    );
    expect(message.split('\n')).toEqual([
      expect.stringMatching(/^\[Test\/Pool\] maxTasksPerNode is 0; use a whole number from 1 to 256/),
      expect.stringMatching(/^\[Test\/Pool\] scale\.resizeTimeout is .*under 5 minutes/),
    ]);
  });

  it('reads exactly as before when there is one problem', () => {
    expect(errorOf(() => newPool(newStack(), { vmSize: ' ' }))).toBe(
      "[Test/Pool] vmSize is empty; pass a VM size such as 'Standard_D4s_v5'.",
    );
  });

  it('still stops at the first wrong type, before reading values', () => {
    const message = errorOf(() => newPool(newStack(), { poolName: 42 as unknown as string, vmSize: '' }));
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toContain('poolName');
  });
});

describe('BatchAccount: every problem at once', () => {
  it('reports an invalid name, a missing Key Vault and an auth mode without storage in one error', () => {
    const message = errorOf(
      () =>
        new BatchAccount(newStack(), 'Account', {
          name: 'Acme-Batch',
          resourceGroupName: 'rg-batch',
          location: 'westeurope',
          poolAllocationMode: PoolAllocationMode.USER_SUBSCRIPTION,
          storageAccountAuthenticationMode: AutoStorageAuthenticationMode.STORAGE_KEYS,
        }),
    );
    expect(message.split('\n')).toEqual([
      "[Test/Account] Batch account name 'Acme-Batch' is not valid; use 3-24 lowercase letters and digits (e.g. 'acmebatch').",
      expect.stringMatching(/^\[Test\/Account\] poolAllocationMode is 'UserSubscription' but no keyVaultReference is given; pass keyVaultReference/),
      expect.stringMatching(/^\[Test\/Account\] storageAccountAuthenticationMode is 'StorageKeys' but no storageAccountId is given; pass storageAccountId/),
    ]);
  });
});
