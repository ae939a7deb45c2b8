import { BatchAccount } from '../../lib/batch/batch-account';
import { BatchAccountIdentity } from '../../lib/batch/batch-account-identity';
import { CustomImageBatchPool } from '../../lib/batch/custom-image-batch-pool';
import { InboundEndpointProtocol, NetworkSecurityGroupRuleAccess } from '../../lib/batch/inbound-nat-pool';
import { NodeAgentSku } from '../../lib/batch/node-agent-sku';
import { NodeDeallocationMethod, PoolScale } from '../../lib/batch/pool-scale';
import { CachingType } from '../../lib/core/caching-type';
import { ContainerType, DataDiskStorageAccountType, NodeFillType, PublicIpAddressProvisioning } from '../../lib/batch/pool-settings';
import { AutoUserScope, ElevationLevel, ResourceFile } from '../../lib/batch/start-task';
import { Duration } from '../../lib/core/duration';
import { FakeImage } from './support/fake-image';
import { importedAccount, SUBSCRIPTION } from './support/pool';
import { newStack, synthJson } from './support/synth';

// Pins the whole synthesized output; the behaviour behind each value is asserted in the other tests.
describe('synthesized output', () => {
  it('of a minimal pool', () => {
    const stack = newStack();
    new CustomImageBatchPool(stack, 'Pool', {
      account: importedAccount(stack),
      image: new FakeImage(stack, 'Image'),
      poolName: 'render',
      vmSize: 'Standard_D4s_v5',
      nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
      scale: PoolScale.fixed({ dedicatedNodes: 4 }),
    });
    expect(synthJson(stack)).toMatchSnapshot();
  });

  it('of a maximal pool in a new account', () => {
    const stack = newStack();
    const rg = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-batch`;
    const identityId = `${rg}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/nodes`;
    const account = new BatchAccount(stack, 'Account', {
      name: 'acmebatch',
      resourceGroupName: 'rg-batch',
      location: 'westeurope',
      storageAccountId: `${rg}/providers/Microsoft.Storage/storageAccounts/acmestore`,
      identity: BatchAccountIdentity.userAssigned([identityId]),
      tags: { team: 'render' },
    });
    new CustomImageBatchPool(stack, 'Pool', {
      account,
      image: new FakeImage(stack, 'Image'),
      poolName: 'render-max',
      displayName: 'Render farm',
      vmSize: 'Standard_F8s_v2',
      nodeAgentSkuId: NodeAgentSku.UBUNTU_24_04,
      scale: PoolScale.fixed({
        dedicatedNodes: 10,
        spotNodes: 20,
        resizeTimeout: Duration.minutes(25),
        nodeDeallocationMethod: NodeDeallocationMethod.REQUEUE,
      }),
      inboundNatPools: [
        {
          name: 'ssh',
          protocol: InboundEndpointProtocol.TCP,
          backendPort: 2222,
          frontendPortRangeStart: 1000,
          frontendPortRangeEnd: 1199,
          networkSecurityGroupRules: [
            { access: NetworkSecurityGroupRuleAccess.ALLOW, priority: 150, sourceAddressPrefix: '10.0.0.0/8' },
            { access: NetworkSecurityGroupRuleAccess.DENY, priority: 4000, sourceAddressPrefix: '*', sourcePortRanges: ['*'] },
          ],
        },
      ],
      subnetId: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/batch`,
      publicIpAddressProvisioning: PublicIpAddressProvisioning.BATCH_MANAGED,
      startTask: {
        commandLine: '/bin/sh -c ./setup.sh',
        elevationLevel: ElevationLevel.ADMIN,
        autoUserScope: AutoUserScope.POOL,
        waitForSuccess: true,
        maxTaskRetryCount: 2,
        environment: { STAGE: 'prod' },
        resourceFiles: [ResourceFile.fromAutoStorageContainer('scripts', { filePath: 'scripts' })],
      },
      maxTasksPerNode: 2,
      taskSchedulingPolicy: NodeFillType.PACK,
      interNodeCommunication: false,
      userAssignedIdentityIds: [identityId],
      metadata: { team: 'render' },
      containerConfiguration: { type: ContainerType.DOCKER_COMPATIBLE, containerImageNames: ['acme.azurecr.io/render:1'] },
      dataDisks: [{ lun: 0, diskSizeGb: 256, caching: CachingType.READ_WRITE, storageAccountType: DataDiskStorageAccountType.PREMIUM_LRS }],
    });
    expect(synthJson(stack)).toMatchSnapshot();
  });
});
