import { TerraformStack, TerraformVariable } from 'cdktf';
import { CustomImageBatchPool } from '../../../lib/batch/custom-image-batch-pool';
import { NodeAgentSku } from '../../../lib/batch/node-agent-sku';
import { PoolScale } from '../../../lib/batch/pool-scale';
import { PoolDescription } from '../../../lib/validation/model';
import { Suppressions } from '../../../lib/validation/suppressions';
import { FakeImage as FakePoolImage } from '../../batch/support/fake-image';
import { importedAccount } from '../../batch/support/pool';
import { annotationsOf, unresolvedOf } from '../support/annotations';
import { FakeAccount, FakeImage, FakePool, natPool, testApp } from '../support/fakes';

describe('AZS202 default remote-access endpoints open to the Internet', () => {
  // Before Batch stopped opening the default endpoints for every new pool (2025-11-30).
  const BEFORE_CUTOFF = '2025-11-15';
  const OLD_API = '2023-05-01';

  function stackWith(description: Partial<PoolDescription>, evaluationDate = BEFORE_CUTOFF) {
    const stack = new TerraformStack(testApp(evaluationDate), 'Stack');
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'Pool', { account, image: new FakeImage(stack, 'Image'), poolName: 'render', description });
    return stack;
  }

  it('warns when an old Batch API opens the default endpoints of a pool with public IPs, and says how to close them', () => {
    expect(annotationsOf(stackWith({ batchApiVersion: OLD_API }), 'AZS202')).toEqual([
      {
        level: 'warning',
        path: 'Stack/Pool',
        message:
          "AZS202 pool 'render' gives its nodes public IP addresses (BatchManaged, the default) and has no endpoint configuration; " +
          'created with Batch API 2023-05-01 on 2025-11-15 (evaluation date), Batch opens its default remote-access endpoints ' +
          '(SSH on Linux, RDP on Windows, frontend ports 50000-55000) to any source on the Internet — create the pool without public IPs ' +
          '(publicIpAddressProvisioning: PublicIpAddressProvisioning.NO_PUBLIC_IP_ADDRESSES with a subnetId), ' +
          "or add inboundNatPools whose NSG rules deny 'Internet', or create it with Batch API 2024-07-01 or later (azurerm 4.11+), which opens no default endpoints",
      },
    ]);
  });

  it('warns for user-managed public IPs and for an unknown API version too', () => {
    expect(annotationsOf(stackWith({ batchApiVersion: OLD_API, publicIpAddressProvisioning: 'UserManaged' }), 'AZS202').map((a) => a.level)).toEqual([
      'warning',
    ]);
    expect(annotationsOf(stackWith({}), 'AZS202').map((a) => a.message)).toEqual([
      expect.stringContaining('created with an unknown Batch API version on 2025-11-15'),
    ]);
  });

  it('stays silent where Batch opens no default endpoints', () => {
    // Batch API 2024-07-01 or later.
    expect(annotationsOf(stackWith({ batchApiVersion: '2024-07-01' }), 'AZS202')).toEqual([]);
    expect(annotationsOf(stackWith({ batchApiVersion: '2025-06-01' }), 'AZS202')).toEqual([]);
    // Any pool created after 30 November 2025.
    expect(annotationsOf(stackWith({ batchApiVersion: OLD_API }, '2025-11-30'), 'AZS202').map((a) => a.level)).toEqual(['warning']);
    expect(annotationsOf(stackWith({ batchApiVersion: OLD_API }, '2025-12-01'), 'AZS202')).toEqual([]);
    // No public IP addresses, or an endpoint configuration of its own.
    expect(annotationsOf(stackWith({ batchApiVersion: OLD_API, publicIpAddressProvisioning: 'NoPublicIPAddresses' }), 'AZS202')).toEqual([]);
    expect(annotationsOf(stackWith({ batchApiVersion: OLD_API, inboundNatPools: [natPool('ssh')] }), 'AZS202')).toEqual([]);
  });

  it('never fires for CustomImageBatchPool, which azurerm 4.55 and 4.73 create with Batch API 2024-07-01', () => {
    const stack = new TerraformStack(testApp('2025-01-01'), 'Stack');
    const pool = new CustomImageBatchPool(stack, 'Pool', {
      account: importedAccount(stack),
      image: new FakePoolImage(stack, 'Image'),
      poolName: 'render',
      vmSize: 'Standard_D4s_v5',
      nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
      scale: PoolScale.fixed({ dedicatedNodes: 2 }),
    });
    expect(pool.describePool().batchApiVersion).toBe('2024-07-01');
    expect(annotationsOf(stack, 'AZS202')).toEqual([]);
  });

  it('reports AZW106 naming AZS202 when the public IP provisioning is a token', () => {
    const stack = new TerraformStack(testApp(BEFORE_CUTOFF), 'Stack');
    const provisioning = new TerraformVariable(stack, 'provisioning', { type: 'string' });
    const account = new FakeAccount(stack, 'Account');
    new FakePool(stack, 'Pool', {
      account,
      image: new FakeImage(stack, 'Image'),
      description: { batchApiVersion: OLD_API, publicIpAddressProvisioning: provisioning.stringValue },
    });
    expect(unresolvedOf(stack, 'AZS202').map((a) => a.message)).toEqual([
      "AZW106 AZS202 could not be evaluated: the public IP address provisioning is '${var.provisioning}', known only at plan time — " +
        'use a literal value to have AZS202 checked, or suppress AZW106 with a reason.',
    ]);
  });

  it('is silenced by a suppression, recorded as info', () => {
    const stack = stackWith({ batchApiVersion: OLD_API });
    Suppressions.add(stack, 'AZS202', 'an NSG on the platform denies 50000-55000');
    expect(annotationsOf(stack, 'AZS202')).toEqual([
      { level: 'info', path: 'Stack/Pool', message: 'suppressed AZS202: an NSG on the platform denies 50000-55000' },
    ]);
  });
});
