import { TerraformStack, Testing } from 'cdktf';
import { BatchAccount } from '../../lib/batch/batch-account';
import { BatchAccountIdentity } from '../../lib/batch/batch-account-identity';
import { CustomImageBatchPool, CustomImageBatchPoolProps } from '../../lib/batch/custom-image-batch-pool';
import { InboundEndpointProtocol, NetworkSecurityGroupRuleAccess } from '../../lib/batch/inbound-nat-pool';
import { PoolScale } from '../../lib/batch/pool-scale';
import { ResourceFile } from '../../lib/batch/start-task';
import { Duration } from '../../lib/core/duration';
import { InvalidValueError } from '../../lib/core/errors';
import { FakeImage } from './support/fake-image';
import { ACCOUNT_ID, newPool } from './support/pool';
import { expectRejected } from '../support/rejections';

/*
 * What JavaScript callers (and jsii languages) can pass despite the TypeScript types: missing
 * props, null, wrong types, values outside an enum. Each is rejected at construction with the
 * prop's path, the value and the fix, never a TypeError or a pool missing required attributes.
 */

const newStack = () => new TerraformStack(Testing.app(), 'Test');

const natPool = (overrides: { [prop: string]: unknown } = {}) => ({
  name: 'ssh',
  protocol: InboundEndpointProtocol.TCP,
  backendPort: 2222,
  frontendPortRangeStart: 1000,
  frontendPortRangeEnd: 1100,
  networkSecurityGroupRules: [{ access: NetworkSecurityGroupRuleAccess.ALLOW, priority: 150, sourceAddressPrefix: '10.0.0.0/8' }],
  ...overrides,
});
const nsgRule = (overrides: { [prop: string]: unknown }) => natPool({
  networkSecurityGroupRules: [{ access: NetworkSecurityGroupRuleAccess.ALLOW, priority: 150, sourceAddressPrefix: '10.0.0.0/8', ...overrides }],
});

describe('CustomImageBatchPool under hostile input', () => {
  it('rejects missing props as a whole', () => {
    expectRejected(
      () => new CustomImageBatchPool(newStack(), 'Pool', undefined as any),
      '[Test/Pool] props is missing; pass the pool props { account, image, poolName, vmSize, nodeAgentSkuId, scale }.',
    );
  });

  it.each<[string, { [prop: string]: unknown }, string]>([
    ['an undefined poolName (was synthesized without a name)', { poolName: undefined }, "poolName is missing; use 1-64 letters, digits, '-' and '_', e.g. 'render-pool'."],
    ['an account that is a plain object (was a TypeError)', { account: {} }, 'account is an object without a construct node, not an IBatchAccount; pass a Batch account (new BatchAccount(...) or BatchAccount.fromBatchAccountId(...)).'],
    ['an image that is a plain object', { image: { imageId: 'x' } }, 'image is an object without a construct node, not an IBatchPoolImage;'],
    ['a numeric vmSize', { vmSize: 4 }, "vmSize is 4 (a number), not a string; pass a VM size such as 'Standard_D4s_v5'."],
    ['NAT pools that are not a list (was a TypeError)', { inboundNatPools: {} }, 'inboundNatPools is an object, not an array; pass a list of NAT pools, or leave inboundNatPools out.'],
    ['a null NAT pool (was a TypeError)', { inboundNatPools: [null] }, 'inboundNatPools[0] is null; pass { name, protocol, backendPort, frontendPortRangeStart, frontendPortRangeEnd, networkSecurityGroupRules }.'],
    ['a NAT pool without a name (was synthesized)', { inboundNatPools: [natPool({ name: undefined })] }, "inboundNatPools[0].name is missing; pass a name such as 'ssh'."],
    ['a NAT pool without a protocol (was synthesized)', { inboundNatPools: [natPool({ protocol: undefined })] }, 'inboundNatPools[0].protocol is missing; use InboundEndpointProtocol.TCP or InboundEndpointProtocol.UDP.'],
    ['a NAT pool without a backend port (was synthesized)', { inboundNatPools: [natPool({ backendPort: undefined })] }, 'inboundNatPools[0].backendPort is missing; pass a whole port number from 1 to 65535.'],
    ["a backend port '2222'", { inboundNatPools: [natPool({ backendPort: '2222' })] }, "inboundNatPools[0].backendPort is '2222' (a string), not a number;"],
    ['a NAT pool without frontend ports (was synthesized)', { inboundNatPools: [natPool({ frontendPortRangeEnd: undefined })] }, 'inboundNatPools[0].frontendPortRangeEnd is missing; pass a whole port number from 1 to 65534.'],
    ['a null NSG rule (was a TypeError)', { inboundNatPools: [natPool({ networkSecurityGroupRules: [null] })] }, 'inboundNatPools[0].networkSecurityGroupRules[0] is null;'],
    ['an NSG rule without a source (was a TypeError in AZS201 at synth)', { inboundNatPools: [nsgRule({ sourceAddressPrefix: undefined })] }, "inboundNatPools[0].networkSecurityGroupRules[0].sourceAddressPrefix is missing; pass an IP address, a CIDR subnet, a service tag or '*'."],
    ['an NSG rule without access (was synthesized)', { inboundNatPools: [nsgRule({ access: undefined })] }, 'inboundNatPools[0].networkSecurityGroupRules[0].access is missing; use NetworkSecurityGroupRuleAccess.ALLOW or NetworkSecurityGroupRuleAccess.DENY.'],
    ['an NSG rule without priority (was synthesized)', { inboundNatPools: [nsgRule({ priority: undefined })] }, 'inboundNatPools[0].networkSecurityGroupRules[0].priority is missing; pass a whole number from 150 to 4096.'],
    ['source port ranges that are a string', { inboundNatPools: [nsgRule({ sourcePortRanges: '*' })] }, "inboundNatPools[0].networkSecurityGroupRules[0].sourcePortRanges is '*' (a string), not an array;"],
    ['a null resource file (was a TypeError)', { startTask: { commandLine: 'setup.sh', resourceFiles: [null] } }, 'startTask.resourceFiles[0] is null; pass ResourceFile.fromHttpUrl(...), fromStorageContainerUrl(...) or fromAutoStorageContainer(...).'],
    ['a start task without a command line', { startTask: {} }, "startTask.commandLine is missing; pass the command to run, e.g. '/bin/sh -c \"./setup.sh\"'."],
    ['an unknown elevation level', { startTask: { commandLine: 'x', elevationLevel: 'Root' } }, "startTask.elevationLevel is 'Root', not an ElevationLevel; use ElevationLevel.NON_ADMIN or ElevationLevel.ADMIN."],
    ['a numeric environment value', { startTask: { commandLine: 'x', environment: { DEBUG: 1 } } }, "startTask.environment['DEBUG'] is 1 (a number), not a string;"],
    ['a null data disk (was a TypeError)', { dataDisks: [null] }, 'dataDisks[0] is null; pass { lun, diskSizeGb }.'],
    ['a data disk without a size', { dataDisks: [{ lun: 0 }] }, 'dataDisks[0].diskSizeGb is missing; pass a whole number of GiB from 1 to 32767.'],
    ['an unknown data disk caching', { dataDisks: [{ lun: 0, diskSizeGb: 10, caching: 'Write' }] }, "dataDisks[0].caching is 'Write', not a CachingType;"],
    ['an unknown taskSchedulingPolicy (was passed through)', { taskSchedulingPolicy: 'Random' }, "taskSchedulingPolicy is 'Random', not a NodeFillType; use NodeFillType.SPREAD or NodeFillType.PACK."],
    ['an unknown publicIpAddressProvisioning (was passed through)', { publicIpAddressProvisioning: 'None' }, "publicIpAddressProvisioning is 'None', not a PublicIpAddressProvisioning; use PublicIpAddressProvisioning.BATCH_MANAGED, PublicIpAddressProvisioning.USER_MANAGED or PublicIpAddressProvisioning.NO_PUBLIC_IP_ADDRESSES."],
    ["maxTasksPerNode '4'", { maxTasksPerNode: '4' }, "maxTasksPerNode is '4' (a string), not a number; pass a whole number from 1 to 256."],
    ["interNodeCommunication 'Enabled'", { interNodeCommunication: 'Enabled' }, "interNodeCommunication is 'Enabled' (a string), not a boolean;"],
    ['a container registry without a server', { containerConfiguration: { containerRegistries: [{ userName: 'u' }] } }, 'containerConfiguration.containerRegistries[0].registryServer is missing;'],
    ['a numeric metadata value', { metadata: { owner: 42 } }, "metadata['owner'] is 42 (a number), not a string;"],
  ])('rejects %s', (_, overrides, message) => {
    const stack = newStack();
    expectRejected(() => newPool(stack, overrides as Partial<CustomImageBatchPoolProps>), `[Test/Pool] ${message}`);
  });

  it('checks a hand-made resource file by its fields (no `source` getter to rely on)', () => {
    const stack = newStack();
    expectRejected(
      () => newPool(stack, { startTask: { commandLine: 'x', resourceFiles: [{ httpUrl: 42 } as unknown as ResourceFile] } }),
      "[Test/Pool] startTask.resourceFiles[0].httpUrl is 42 (a number), not a string; pass ResourceFile.fromHttpUrl(...)",
    );
  });

  it('a valid pool still synthesizes with every required NAT pool attribute', () => {
    const stack = newStack();
    newPool(stack, { image: new FakeImage(stack, 'Image'), inboundNatPools: [natPool()] });
    const pool = Object.values(JSON.parse(Testing.synth(stack)).resource.azurerm_batch_pool)[0] as any;
    expect(pool.network_configuration.endpoint_configuration).toEqual([
      {
        name: 'ssh',
        protocol: 'TCP',
        backend_port: 2222,
        frontend_port_range: '1000-1100',
        network_security_group_rules: [{ access: 'Allow', priority: 150, source_address_prefix: '10.0.0.0/8', source_port_ranges: ['*'] }],
      },
    ]);
  });
});

describe('PoolScale under hostile input', () => {
  it.each<[string, () => unknown, string]>([
    ["resizeTimeout 'PT30M' as a string (was a TypeError)", () => PoolScale.fixed({ resizeTimeout: 'PT30M' as any }), "scale.resizeTimeout is 'PT30M' (a string), not a Duration; pass e.g. Duration.parse('PT30M')."],
    ['resizeTimeout as a number of minutes', () => PoolScale.fixed({ resizeTimeout: 30 as any }), 'scale.resizeTimeout is 30 (a number), not a Duration; pass e.g. Duration.minutes(30).'],
    ["spotNodes '3' (was \"is 3 … use e.g. 3\")", () => PoolScale.fixed({ spotNodes: '3' as any }), "scale.spotNodes is '3' (a string), not a number; pass a whole number of nodes >= 0, e.g. 2."],
    ['an unknown nodeDeallocationMethod (was passed through)', () => PoolScale.fixed({ nodeDeallocationMethod: 'Kill' as any }), "scale.nodeDeallocationMethod is 'Kill', not a NodeDeallocationMethod; use NodeDeallocationMethod.REQUEUE,"],
    ['autoscale without options', () => PoolScale.autoscale(undefined as any), "scale (PoolScale.autoscale options) is missing; pass { formula: '...' } to PoolScale.autoscale."],
    ['autoscale without a formula', () => PoolScale.autoscale({} as any), "scale.formula is missing; an autoscale pool needs a formula, e.g. '$TargetDedicatedNodes = 2;'."],
    ['an evaluation interval as a string', () => PoolScale.autoscale({ formula: 'x', evaluationInterval: 'PT15M' as any }), "scale.evaluationInterval is 'PT15M' (a string), not a Duration;"],
    ["maxSpotNodes '10'", () => PoolScale.autoscale({ formula: 'x', maxSpotNodes: '10' as any }), "scale.maxSpotNodes is '10' (a string), not a number;"],
    ['a scale that is a plain object', () => ({ fixedOptions: {} }), 'scale is an object, not a PoolScale;'],
  ])('rejects %s', (_, scale, message) => {
    const stack = newStack();
    expectRejected(() => newPool(stack, { scale: scale() as PoolScale }), `[Test/Pool] ${message}`);
  });

  it('takes null options of PoolScale.fixed as no options: one dedicated node, 30-minute timeout', () => {
    const stack = newStack();
    newPool(stack, { scale: PoolScale.fixed(null as any) });
    const pool = Object.values(JSON.parse(Testing.synth(stack)).resource.azurerm_batch_pool)[0] as any;
    expect(pool.fixed_scale).toEqual({ target_dedicated_nodes: 1, target_low_priority_nodes: 0, resize_timeout: 'PT30M' });
  });

  it('accepts a Duration parsed from the ISO string the message suggests', () => {
    const stack = newStack();
    newPool(stack, { scale: PoolScale.fixed({ resizeTimeout: Duration.parse('PT45M') }) });
    const pool = Object.values(JSON.parse(Testing.synth(stack)).resource.azurerm_batch_pool)[0] as any;
    expect(pool.fixed_scale.resize_timeout).toBe('PT45M');
  });
});

describe('BatchAccount under hostile input', () => {
  const valid = { name: 'acmebatch', resourceGroupName: 'rg-batch', location: 'westeurope' };

  it.each<[string, unknown, string]>([
    ['missing props', undefined, 'props is missing; pass the account props { name, resourceGroupName, location }.'],
    ['an undefined name', { ...valid, name: undefined }, "name is missing; use 3-24 lowercase letters and digits, e.g. 'acmebatch'."],
    ['an undefined resource group', { ...valid, resourceGroupName: undefined }, 'resourceGroupName is missing;'],
    ['a numeric location', { ...valid, location: 1 }, "location is 1 (a number), not a string; pass an Azure region such as 'westeurope'."],
    ['an unknown poolAllocationMode', { ...valid, poolAllocationMode: 'Batch' }, "poolAllocationMode is 'Batch', not a PoolAllocationMode; use PoolAllocationMode.BATCH_SERVICE or PoolAllocationMode.USER_SUBSCRIPTION."],
    ['publicNetworkAccess as a boolean', { ...valid, publicNetworkAccess: false }, 'publicNetworkAccess is false, not a BatchPublicNetworkAccess; use BatchPublicNetworkAccess.ENABLED or BatchPublicNetworkAccess.DISABLED.'],
    ['an unknown authentication mode', { ...valid, allowedAuthenticationModes: ['Password'] }, "allowedAuthenticationModes[0] is 'Password', not a BatchAuthenticationMode;"],
    ['a Key Vault reference without a URL', { ...valid, poolAllocationMode: 'UserSubscription', keyVaultReference: { keyVaultId: 'x' } }, 'keyVaultReference.keyVaultUrl is missing;'],
    ['an identity that is a string', { ...valid, identity: 'SystemAssigned' }, "identity is 'SystemAssigned' (a string), not a BatchAccountIdentity; pass BatchAccountIdentity.systemAssigned() or BatchAccountIdentity.userAssigned([...])."],
    ['an identity that is a plain object', { ...valid, identity: { type: 'SystemAssigned' } }, 'identity is an object without identityType and identityIds, not a BatchAccountIdentity;'],
  ])('rejects %s', (_, props, message) => {
    expectRejected(() => new BatchAccount(newStack(), 'Account', props as any), `[Test/Account] ${message}`);
  });

  it('BatchAccountIdentity.userAssigned rejects a value that is not a list (was a TypeError)', () => {
    expect(() => BatchAccountIdentity.userAssigned(undefined as any)).toThrow(InvalidValueError);
    expect(() => BatchAccountIdentity.userAssigned('id' as any)).toThrow("BatchAccountIdentity.userAssigned takes a list of identity resource IDs, not 'id';");
  });

  it('fromBatchAccountId rejects a numeric ID and takes null options as no options', () => {
    expectRejected(() => BatchAccount.fromBatchAccountId(newStack(), 'Account', 42 as any), "[Test/Account] accountResourceId is 42 (a number), not a string; pass the account's resource ID,");
    const account = BatchAccount.fromBatchAccountId(newStack(), 'Account', ACCOUNT_ID, null as any);
    expect(account.accountName).toBe('acme');
    expect(account.location).toBeUndefined();
  });
});
