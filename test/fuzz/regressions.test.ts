import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { BatchAccount } from '../../lib/batch/batch-account';
import { BatchAccountIdentity } from '../../lib/batch/batch-account-identity';
import { CustomImageBatchPool, CustomImageBatchPoolProps } from '../../lib/batch/custom-image-batch-pool';
import { InboundEndpointProtocol, NetworkSecurityGroupRuleAccess } from '../../lib/batch/inbound-nat-pool';
import { NodeAgentSku } from '../../lib/batch/node-agent-sku';
import { PoolScale } from '../../lib/batch/pool-scale';
import { PublicIpAddressProvisioning } from '../../lib/batch/pool-settings';
import { ComputeGallery } from '../../lib/compute/gallery/compute-gallery';
import { ManagedImage } from '../../lib/compute/managed-image';
import { ManagedImageFromSnapshots } from '../../lib/compute/managed-image-from-snapshots';
import { Snapshot } from '../../lib/compute/snapshot';
import { Duration } from '../../lib/core/duration';
import { InvalidValueError } from '../../lib/core/errors';
import { OsType } from '../../lib/core/os-type';

/*
 * Inputs the property tests found synthesizing values Azure rejects (or crashing), each pinned
 * with the counterexample fast-check shrank it to.
 */

const SUB = '00000000-0000-1000-8000-000000000000';
const id = (path: string) => `/subscriptions/${SUB}/resourceGroups/aa/providers/${path}`;
const newStack = () => new TerraformStack(Testing.app(), 'fuzz');
const variable = (stack: TerraformStack, type: 'string' | 'number', name: string) => new TerraformVariable(stack, name, { type });

function pool(stack: TerraformStack, props: Partial<CustomImageBatchPoolProps>): CustomImageBatchPool {
  return new CustomImageBatchPool(stack, 'Pool', {
    account: BatchAccount.fromBatchAccountId(stack, 'Account', id('Microsoft.Batch/batchAccounts/aaa')),
    image: ManagedImage.fromImageId(stack, 'Image', id('Microsoft.Compute/images/aa')),
    poolName: 'aa',
    vmSize: 'Standard_D4s_v5',
    nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
    scale: PoolScale.fixed({ dedicatedNodes: 1 }),
    ...props,
  });
}

describe('fuzz findings, fixed', () => {
  it('BatchAccount checks its resource group name (was written out empty)', () => {
    expect(() => new BatchAccount(newStack(), 'Account', { name: 'aaa', resourceGroupName: '', location: 'westeurope' })).toThrow(
      "[fuzz/Account] resource group name '' is not valid",
    );
  });

  it('BatchAccount checks its storage account, Key Vault and identity IDs, even in a list with a token', () => {
    const stack = newStack();
    expect(
      () => new BatchAccount(stack, 'Account', { name: 'aaa', resourceGroupName: 'aa', location: 'westeurope', storageAccountId: `${id('Microsoft.Storage/storageAccounts/aa')}/` }),
    ).toThrow("[fuzz/Account] storageAccountId: '");
    expect(
      () =>
        new BatchAccount(stack, 'Account2', {
          name: 'aaa',
          resourceGroupName: 'aa',
          location: 'westeurope',
          identity: BatchAccountIdentity.userAssigned([variable(stack, 'string', 'i').stringValue, `${id('Microsoft.ManagedIdentity/userAssignedIdentities/aa')}/`]),
        }),
    ).toThrow('[fuzz/Account2] identity.identityIds[1]: ');
  });

  it('CustomImageBatchPool checks subnet, public IP and identity IDs', () => {
    expect(() => pool(newStack(), { publicIpAddressProvisioning: PublicIpAddressProvisioning.USER_MANAGED, publicIpAddressIds: [`${id('Microsoft.Network/publicIPAddresses/aa')}/`] })).toThrow(
      '[fuzz/Pool] publicIpAddressIds[0]: ',
    );
    expect(() => pool(newStack(), { subnetId: id('Microsoft.Network/virtualNetworks/vnet') })).toThrow('[fuzz/Pool] subnetId: ');
    expect(() => pool(newStack(), { userAssignedIdentityIds: ['not-an-id'] })).toThrow('[fuzz/Pool] userAssignedIdentityIds[0]: ');
  });

  it('a token in one NSG rule no longer switches off the checks of every NAT pool of the pool', () => {
    const stack = newStack();
    const priority = variable(stack, 'number', 'priority').numberValue;
    const natPool = (name: string, i: number, rules: { access: NetworkSecurityGroupRuleAccess; priority: number; sourceAddressPrefix: string }[]) => ({
      name,
      protocol: InboundEndpointProtocol.TCP,
      backendPort: 2000 + i,
      frontendPortRangeStart: 1000 + 2000 * i,
      frontendPortRangeEnd: 1100 + 2000 * i,
      networkSecurityGroupRules: rules,
    });
    const rules = [
      { access: NetworkSecurityGroupRuleAccess.ALLOW, priority, sourceAddressPrefix: '10.0.0.0/8' },
      { access: NetworkSecurityGroupRuleAccess.ALLOW, priority: 100, sourceAddressPrefix: '*' },
    ];
    expect(() => pool(stack, { inboundNatPools: [natPool('aa', 0, rules), natPool('', 1, [])] })).toThrow(
      '[fuzz/Pool] inboundNatPools[0].networkSecurityGroupRules[1].priority is 100; Batch accepts whole numbers from 150 to 4096',
    );
  });

  it('CustomImageBatchPool rejects a data disk larger than a managed disk can be (was 2^53 GiB)', () => {
    expect(() => pool(newStack(), { dataDisks: [{ lun: 0, diskSizeGb: 9007199254740992 }] })).toThrow(
      '[fuzz/Pool] dataDisks[0].diskSizeGb is 9007199254740992; use a whole number of GiB from 1 to 32767',
    );
  });

  it('ManagedImageFromSnapshots checks a known resource group and subscription when the image name is a token', () => {
    const image = (stack: TerraformStack, resourceGroupName: string, subscriptionId?: string) =>
      new ManagedImageFromSnapshots(stack, 'Image', {
        name: variable(stack, 'string', 'name').stringValue,
        resourceGroupName,
        subscriptionId,
        location: 'westeurope',
        osType: OsType.LINUX,
        osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'Os', id('Microsoft.Compute/snapshots/aa')),
      });
    expect(() => image(newStack(), '${var.secret}')).toThrow("resourceGroupName '${var.secret}' do not make a valid image ID");
    expect(() => image(newStack(), 'aa', '')).toThrow("[fuzz/Image] subscriptionId '' and resourceGroupName 'aa' do not make a valid image ID");
  });

  it('ComputeGallery checks its resource group name', () => {
    expect(() => new ComputeGallery(newStack(), 'Gallery', { name: 'aa', resourceGroupName: '', location: 'westeurope' })).toThrow(
      "[fuzz/Gallery] resource group name '' is not valid",
    );
  });

  it("GalleryImageVersion rejects a replica count beyond the API's 32-bit integer (was 2^53)", () => {
    const stack = newStack();
    const definition = new ComputeGallery(stack, 'Gallery', { name: 'aa', resourceGroupName: 'aa', location: 'westeurope' }).addImageDefinition('Definition', {
      name: 'aa',
      osType: OsType.LINUX,
      identifier: { publisher: 'aa', offer: 'aa', sku: 'aa' },
    });
    const source = ManagedImage.fromImageId(stack, 'Source', id('Microsoft.Compute/images/aa'), { location: 'westeurope' });
    expect(() => definition.addVersion('Version', { version: '0.0.0', source, targetRegions: [{ name: 'westeurope', replicaCount: 9007199254740992 }] })).toThrow(
      "[fuzz/Gallery/Definition/Version] replicaCount 9007199254740992 for target region 'westeurope' is not valid; use a whole number from 1 to 2147483647",
    );
  });

  it('Duration rejects lengths whose minutes lose precision (was PT16666666666666666666H40M and 1e+300)', () => {
    expect(() => Duration.minutes(1e21)).toThrow(InvalidValueError);
    expect(() => Duration.hours(1e300)).toThrow('duration of 1e+300 hours is too long; use at most 9007199254740991 minutes.');
    expect(() => Duration.parse('PT99999999999999999999H')).toThrow(InvalidValueError);
    expect(Duration.minutes(Number.MAX_SAFE_INTEGER).toMinutes()).toBe(Number.MAX_SAFE_INTEGER);
  });
});
