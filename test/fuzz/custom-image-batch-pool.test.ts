import * as fc from 'fast-check';
import { BatchAccount, IBatchAccount } from '../../lib/batch/batch-account';
import { BatchPublicNetworkAccess } from '../../lib/batch/batch-account-settings';
import { CustomImageBatchPool } from '../../lib/batch/custom-image-batch-pool';
import { InboundEndpointProtocol, NetworkSecurityGroupRuleAccess } from '../../lib/batch/inbound-nat-pool';
import { NodeAgentSku } from '../../lib/batch/node-agent-sku';
import { PoolScale } from '../../lib/batch/pool-scale';
import { PublicIpAddressProvisioning } from '../../lib/batch/pool-settings';
import { ElevationLevel, ResourceFile } from '../../lib/batch/start-task';
import { GalleryImageVersion } from '../../lib/compute/gallery/image-version';
import { IBatchPoolImage } from '../../lib/compute/batch-pool-image';
import { ManagedImage } from '../../lib/compute/managed-image';
import { Duration } from '../../lib/core/duration';
import { OsType } from '../../lib/core/os-type';
import { corrupt, corruption, count, hostileString, identifier, location, lowerAlnum, name, orWrongType, port, regionName, resourceId, tags, templateString, TOKEN, validOrHostile, validTags, wellFormedResourceId } from './support/hostile';
import { check, isExpression, isoMinutes, validInteger, validName, validResourceId } from './support/oracle';
import { fuzzParameters, fuzzTimeout } from './support/runs';
import { SuccessRate } from './support/success-rate';
import { FuzzCase, resources, synthCase } from './support/synth';

const POOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
const NAT_POOL_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,75}[A-Za-z0-9_])?$/;
const RESERVED_BACKEND_PORTS = [29876, 29877];

/** Mostly `valid`, sometimes one of `others`: inputs with several fields stay mostly synthesizable. */
function mostly<T>(valid: fc.Arbitrary<T>, ...others: fc.Arbitrary<T>[]): fc.Arbitrary<T> {
  return fc.oneof({ weight: 10, arbitrary: valid }, ...others.map((arbitrary) => ({ weight: 1, arbitrary })));
}
const numberToken = fc.constant(TOKEN) as unknown as fc.Arbitrary<number>;

const minutes = mostly(fc.integer({ min: 5, max: 600 }), fc.integer({ min: 0, max: 11000 }), fc.constantFrom(4, 5, 19, 20, 10080, 10081), numberToken);

interface NsgRuleInput {
  readonly access: NetworkSecurityGroupRuleAccess;
  readonly priority: number;
  readonly sourceAddressPrefix: string;
  readonly sourcePortRanges?: string[];
}
type AccountInput = { imported: true; id: string; located: boolean } | { imported: false; publicNetworkAccess: BatchPublicNetworkAccess };

const nsgRule = (i: number, j: number): fc.Arbitrary<NsgRuleInput> =>
  fc.record({
    access: orWrongType(mostly(fc.constant(j === 0 ? NetworkSecurityGroupRuleAccess.ALLOW : NetworkSecurityGroupRuleAccess.DENY), fc.constantFrom(NetworkSecurityGroupRuleAccess.ALLOW, NetworkSecurityGroupRuleAccess.DENY))),
    priority: mostly(fc.constant(150 + i * 10 + j), fc.integer({ min: 100, max: 4200 }), numberToken),
    sourceAddressPrefix: mostly(fc.constant(j === 0 ? '10.0.0.0/8' : '*'), fc.constantFrom('*', 'Internet', '203.0.113.7', '', ' ', ' * ', '0.0.0.0/0'), hostileString, fc.constant(TOKEN)),
    sourcePortRanges: fc.option(fc.array(fc.constantFrom('*', '1000-2000', '443'), { maxLength: 2 }), { nil: undefined }),
  });

const natPool = (i: number) =>
  fc.record({
    name: name(identifier('_.-', 20)),
    protocol: orWrongType(fc.constantFrom(InboundEndpointProtocol.TCP, InboundEndpointProtocol.UDP)),
    backendPort: mostly(fc.constant(2000 + i), port),
    frontendPortRangeStart: mostly(fc.integer({ min: 1000 + i * 2000, max: 1500 + i * 2000 }), port),
    span: mostly(fc.integer({ min: 100, max: 400 }), fc.integer({ min: -5, max: 99 })),
    networkSecurityGroupRules: mostly<NsgRuleInput[] | undefined>(
      fc.tuple(nsgRule(i, 0), nsgRule(i, 1)).map((rules) => [...rules]),
      fc.constant(undefined),
      fc.array(nsgRule(i, 2), { maxLength: 3 }),
    ),
  });

const natPools = mostly(fc.constant(undefined), fc.integer({ min: 0, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => natPool(i)))));

const input = fc.record({
  evaluationDate: mostly(fc.constant('2026-01-15'), fc.constant('2026-06-01')),
  region: location,
  account: mostly<AccountInput>(
    fc.record({ imported: fc.constant(true as const), id: resourceId('Microsoft.Batch', ['batchAccounts'], lowerAlnum(3, 24)), located: fc.boolean() }),
    fc.record({ imported: fc.constant(false as const), publicNetworkAccess: fc.constantFrom(BatchPublicNetworkAccess.ENABLED, BatchPublicNetworkAccess.DISABLED) }),
  ),
  image: fc.record({
    gallery: mostly(fc.constant(true), fc.constant(false)),
    managedId: resourceId('Microsoft.Compute', ['images']),
    versionId: resourceId('Microsoft.Compute', ['galleries', 'images', 'versions'], mostly(fc.tuple(fc.nat(99), fc.nat(99), fc.nat(99)).map((v) => v.join('.')), identifier('.', 10))),
    location: mostly(fc.constant('same'), location, fc.constant(undefined)),
    osType: fc.option(fc.constantFrom(OsType.LINUX, OsType.WINDOWS), { nil: undefined }),
  }),
  poolName: name(identifier('-_', 64)),
  displayName: fc.option(fc.oneof(hostileString, templateString), { nil: undefined }),
  vmSize: mostly(fc.constantFrom('Standard_D4s_v5', 'STANDARD_F8S_V2'), hostileString, fc.constant(TOKEN)),
  nodeAgentSkuId: mostly(fc.constant('match'), fc.constantFrom(NodeAgentSku.UBUNTU_22_04, NodeAgentSku.WINDOWS_AMD64), hostileString, fc.constant(TOKEN)),
  scale: fc.oneof(
    fc.record({
      fixed: fc.constant(true as const),
      dedicatedNodes: fc.option(count(2100), { nil: undefined }),
      spotNodes: fc.option(count(1100), { nil: undefined }),
      resizeTimeout: fc.option(minutes, { nil: undefined }),
    }),
    fc.record({
      fixed: fc.constant(false as const),
      formula: mostly(fc.constant('$TargetDedicatedNodes = 2;'), hostileString, templateString, fc.constant(TOKEN)),
      evaluationInterval: fc.option(minutes, { nil: undefined }),
      maxDedicatedNodes: fc.option(count(3000), { nil: undefined }),
      maxSpotNodes: fc.option(count(1200), { nil: undefined }),
    }),
  ),
  natPools,
  network: mostly(
    fc.constant({}),
    fc.record({ subnetId: resourceId('Microsoft.Network', ['virtualNetworks', 'subnets']) }),
    fc.record({
      subnetId: fc.option(resourceId('Microsoft.Network', ['virtualNetworks', 'subnets']), { nil: undefined }),
      publicIpAddressProvisioning: fc.option(fc.constantFrom(...Object.values(PublicIpAddressProvisioning)), { nil: undefined }),
      publicIpAddressIds: fc.option(fc.array(resourceId('Microsoft.Network', ['publicIPAddresses']), { maxLength: 2 }), { nil: undefined }),
    }),
  ) as fc.Arbitrary<{ subnetId?: string; publicIpAddressProvisioning?: PublicIpAddressProvisioning; publicIpAddressIds?: string[] }>,
  startTask: fc.option(
    fc.record({
      commandLine: mostly(fc.constant('/bin/sh -c "echo ${AZ_BATCH_NODE_ROOT_DIR}"'), hostileString, templateString, fc.constant(TOKEN)),
      admin: fc.boolean(),
      files: fc.array(
        fc.record({
          url: mostly(fc.constantFrom('http://x.example/a.sh', 'https://x.example/a.sh'), hostileString, fc.constant(TOKEN)),
          filePath: mostly(fc.constant('a.sh'), fc.constantFrom('../a.sh', ''), hostileString),
        }),
        { maxLength: 2 },
      ),
      environment: tags,
    }),
    { nil: undefined },
  ),
  maxTasksPerNode: fc.option(mostly(fc.integer({ min: 1, max: 256 }), count(300)), { nil: undefined }),
  dataDisks: fc.option(
    fc.integer({ min: 0, max: 3 }).chain((n) =>
      fc.tuple(...Array.from({ length: n }, (_, i) => fc.record({ lun: mostly(fc.constant(i), count(70)), diskSizeGb: mostly(fc.integer({ min: 1, max: 4096 }), count(5000)) }))),
    ),
    { nil: undefined },
  ),
  metadata: tags,
  // One prop or list entry anywhere in the pool's props replaced by undefined, null or a wrong type.
  corruption,
});

type Input = typeof input extends fc.Arbitrary<infer T> ? T : never;

const goodNatPool = (i: number) =>
  fc.record({
    name: fc.constant(`ep${i}`),
    protocol: fc.constantFrom(InboundEndpointProtocol.TCP, InboundEndpointProtocol.UDP),
    // SSH and RDP are ordinary backend ports (only 29876 and 29877 are reserved).
    backendPort: fc.constantFrom(22 + i * 1000, 3389 + i, 8000 + i),
    frontendPortRangeStart: fc.integer({ min: 1000 + i * 2000, max: 1500 + i * 2000 }),
    span: fc.integer({ min: 100, max: 400 }),
    networkSecurityGroupRules: fc.constant([
      { access: NetworkSecurityGroupRuleAccess.ALLOW, priority: 150 + i * 10, sourceAddressPrefix: '10.0.0.0/8' },
      { access: NetworkSecurityGroupRuleAccess.DENY, priority: 151 + i * 10, sourceAddressPrefix: '*' },
    ]),
  });

/**
 * Valid by construction: a pool on a gallery image version in the account's region, with a
 * node agent SKU for its OS, node counts within azurerm's fixed-pool caps, NAT pools that admit
 * only a private range, and public IPs for them. Every such pool must synthesize, on either
 * side of the managed-image retirement date.
 */
const valid: fc.Arbitrary<Input> = fc.record({
  evaluationDate: fc.constantFrom('2026-01-15', '2026-06-01'),
  region: regionName,
  account: fc.oneof(
    fc.record({ imported: fc.constant(true as const), id: wellFormedResourceId('Microsoft.Batch', ['batchAccounts'], lowerAlnum(3, 24)), located: fc.boolean() }),
    fc.record({ imported: fc.constant(false as const), publicNetworkAccess: fc.constantFrom(BatchPublicNetworkAccess.ENABLED, BatchPublicNetworkAccess.DISABLED) }),
  ),
  image: fc.record({
    gallery: fc.constant(true),
    managedId: wellFormedResourceId('Microsoft.Compute', ['images']),
    versionId: wellFormedResourceId('Microsoft.Compute', ['galleries', 'images', 'versions'], fc.tuple(fc.nat(99), fc.nat(99), fc.nat(99)).map((v) => v.join('.'))),
    location: fc.constant('same'),
    osType: fc.option(fc.constantFrom(OsType.LINUX, OsType.WINDOWS), { nil: undefined }),
  }),
  poolName: identifier('-_', 64),
  displayName: fc.option(identifier(' ', 40), { nil: undefined }),
  vmSize: fc.constantFrom('Standard_D4s_v5', 'STANDARD_F8S_V2'),
  nodeAgentSkuId: fc.constant('match'),
  scale: fc.oneof(
    fc.record({
      fixed: fc.constant(true as const),
      dedicatedNodes: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
      spotNodes: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
      resizeTimeout: fc.option(fc.integer({ min: 5, max: 600 }), { nil: undefined }),
    }),
    fc.record({
      fixed: fc.constant(false as const),
      formula: fc.constant('$TargetDedicatedNodes = 2;'),
      evaluationInterval: fc.option(fc.integer({ min: 5, max: 10080 }), { nil: undefined }),
      maxDedicatedNodes: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
      maxSpotNodes: fc.option(fc.integer({ min: 0, max: 1200 }), { nil: undefined }),
    }),
  ),
  natPools: fc.option(fc.integer({ min: 0, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => goodNatPool(i)))), { nil: undefined }),
  network: fc.oneof(fc.constant({}), fc.record({ subnetId: wellFormedResourceId('Microsoft.Network', ['virtualNetworks', 'subnets']) })),
  startTask: fc.option(
    fc.record({
      commandLine: fc.constant('/bin/sh -c "echo ${AZ_BATCH_NODE_ROOT_DIR}"'),
      admin: fc.boolean(),
      files: fc.array(fc.record({ url: fc.constant('https://x.example/a.sh'), filePath: fc.constantFrom('a.sh', 'bin/b.sh') }), { maxLength: 2 }),
      environment: validTags,
    }),
    { nil: undefined },
  ),
  maxTasksPerNode: fc.option(fc.integer({ min: 1, max: 256 }), { nil: undefined }),
  dataDisks: fc.option(
    fc.integer({ min: 0, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => fc.record({ lun: fc.constant(i * 30), diskSizeGb: fc.integer({ min: 1, max: 4096 }) })))),
    { nil: undefined },
  ),
  metadata: validTags,
  corruption: fc.constant(undefined),
})
  // An account created without public network access reaches its nodes only through a subnet.
  .filter((p) => p.account.imported || p.account.publicNetworkAccess === BatchPublicNetworkAccess.ENABLED || 'subnetId' in p.network) as unknown as fc.Arbitrary<Input>;

function build({ stack, tokens }: FuzzCase, p: Input): void {
  const region = tokens.str(p.region);
  const account: IBatchAccount = p.account.imported
    ? BatchAccount.fromBatchAccountId(stack, 'Account', tokens.str(p.account.id), { location: p.account.located ? region : undefined })
    : new BatchAccount(stack, 'Account', { name: 'acmebatch', resourceGroupName: 'rg-batch', location: region, publicNetworkAccess: p.account.publicNetworkAccess });
  const imageOptions = { location: p.image.location === 'same' ? region : tokens.str(p.image.location), osType: p.image.osType };
  const image: IBatchPoolImage = p.image.gallery
    ? GalleryImageVersion.fromVersionId(stack, 'Image', tokens.str(p.image.versionId), imageOptions)
    : ManagedImage.fromImageId(stack, 'Image', tokens.str(p.image.managedId), imageOptions);
  const duration = (value: number | undefined) => (value === undefined ? undefined : Duration.minutes(tokens.num(value)));
  const scale = p.scale.fixed
    ? PoolScale.fixed({ dedicatedNodes: tokens.num(p.scale.dedicatedNodes), spotNodes: tokens.num(p.scale.spotNodes), resizeTimeout: duration(p.scale.resizeTimeout) })
    : PoolScale.autoscale({
        formula: tokens.str(p.scale.formula),
        evaluationInterval: duration(p.scale.evaluationInterval),
        maxDedicatedNodes: tokens.num(p.scale.maxDedicatedNodes),
        maxSpotNodes: tokens.num(p.scale.maxSpotNodes),
      });
  new CustomImageBatchPool(stack, 'Pool', corrupt({
    account,
    image,
    poolName: tokens.str(p.poolName),
    displayName: tokens.str(p.displayName),
    vmSize: tokens.str(p.vmSize),
    nodeAgentSkuId: p.nodeAgentSkuId === 'match' ? (p.image.osType === OsType.WINDOWS ? NodeAgentSku.WINDOWS_AMD64 : NodeAgentSku.UBUNTU_22_04) : tokens.str(p.nodeAgentSkuId),
    scale,
    inboundNatPools: p.natPools?.map((n) => ({
      name: tokens.str(n.name),
      protocol: n.protocol,
      backendPort: tokens.num(n.backendPort),
      frontendPortRangeStart: tokens.num(n.frontendPortRangeStart),
      frontendPortRangeEnd: (n.frontendPortRangeStart as unknown) === TOKEN ? tokens.num(n.frontendPortRangeStart) : n.frontendPortRangeStart + n.span,
      networkSecurityGroupRules: n.networkSecurityGroupRules?.map((r) => ({
        access: r.access,
        priority: tokens.num(r.priority),
        sourceAddressPrefix: tokens.str(r.sourceAddressPrefix),
        sourcePortRanges: r.sourcePortRanges,
      })),
    })),
    subnetId: tokens.str(p.network.subnetId),
    publicIpAddressProvisioning: p.network.publicIpAddressProvisioning,
    publicIpAddressIds: p.network.publicIpAddressIds?.map((id) => tokens.str(id)),
    startTask: p.startTask && {
      commandLine: tokens.str(p.startTask.commandLine),
      elevationLevel: p.startTask.admin ? ElevationLevel.ADMIN : ElevationLevel.NON_ADMIN,
      resourceFiles: p.startTask.files.map((f) => ResourceFile.fromHttpUrl(tokens.str(f.url), tokens.str(f.filePath))),
      environment: tokens.map(p.startTask.environment),
    },
    maxTasksPerNode: tokens.num(p.maxTasksPerNode),
    dataDisks: p.dataDisks?.map((d) => ({ lun: tokens.num(d.lun), diskSizeGb: tokens.num(d.diskSizeGb) })),
    metadata: tokens.map(p.metadata),
  }, p.corruption));
}

/** The values Azure checks, as the library promises them. */
function checkPool(pool: any): void {
  check(validName(pool.name, POOL_NAME), `invalid pool name ${JSON.stringify(pool.name)}`);
  check(validResourceId(pool.storage_image_reference.id), `invalid image ID ${JSON.stringify(pool.storage_image_reference.id)}`);
  check(typeof pool.vm_size === 'string' && pool.vm_size.trim() !== '', `empty vm_size ${JSON.stringify(pool.vm_size)}`);
  check(typeof pool.node_agent_sku_id === 'string' && pool.node_agent_sku_id.trim() !== '', 'empty node agent SKU');
  check(validInteger(pool.max_tasks_per_node, 1, 256), `invalid max_tasks_per_node ${pool.max_tasks_per_node}`);
  const fixed = pool.fixed_scale;
  if (fixed) {
    check(validInteger(fixed.target_dedicated_nodes, 0, 2000), `invalid target_dedicated_nodes ${fixed.target_dedicated_nodes}`);
    check(validInteger(fixed.target_low_priority_nodes, 0, 1000), `invalid target_low_priority_nodes ${fixed.target_low_priority_nodes}`);
    const timeout = isoMinutes(fixed.resize_timeout);
    check(/\$\{/.test(fixed.resize_timeout) || (timeout !== undefined && timeout >= 5), `invalid resize_timeout ${fixed.resize_timeout}`);
  } else {
    const interval = isoMinutes(pool.auto_scale.evaluation_interval);
    check(/\$\{/.test(pool.auto_scale.evaluation_interval) || (interval !== undefined && interval >= 5 && interval <= 10080), `invalid evaluation_interval ${pool.auto_scale.evaluation_interval}`);
    check(typeof pool.auto_scale.formula === 'string' && pool.auto_scale.formula.trim() !== '', 'empty formula');
  }
  const endpoints: any[] = pool.network_configuration?.endpoint_configuration ?? [];
  check(endpoints.length <= 5, `${endpoints.length} NAT pools`);
  const ranges: Array<[number, number]> = [];
  const priorities = new Set<number>();
  let rules = 0;
  for (const e of endpoints) {
    check(validName(e.name, NAT_POOL_NAME), `invalid NAT pool name ${JSON.stringify(e.name)}`);
    check(isExpression(e.backend_port) || (validInteger(e.backend_port, 1, 65535) && !RESERVED_BACKEND_PORTS.includes(e.backend_port)), `invalid backend port ${e.backend_port}`);
    const m = /^(\d+)-(\d+)$/.exec(e.frontend_port_range);
    if (m) {
      const [start, end] = [Number(m[1]), Number(m[2])];
      check(start >= 1 && end <= 65534 && end - start >= 100 && (end < 50000 || start > 55000), `invalid frontend range ${e.frontend_port_range}`);
      check(!ranges.some(([s, t]) => start <= t && end >= s), `overlapping frontend range ${e.frontend_port_range}`);
      ranges.push([start, end]);
    } else {
      check(/\$\{/.test(e.frontend_port_range), `invalid frontend range ${JSON.stringify(e.frontend_port_range)}`);
    }
    for (const r of e.network_security_group_rules ?? []) {
      rules++;
      check(['Allow', 'Deny'].includes(r.access), `invalid access ${r.access}`);
      check(typeof r.source_address_prefix === 'string' && r.source_address_prefix.trim() !== '', `empty source ${JSON.stringify(r.source_address_prefix)}`);
      if (typeof r.priority === 'number') {
        check(validInteger(r.priority, 150, 4096) && !priorities.has(r.priority), `invalid or repeated priority ${r.priority}`);
        priorities.add(r.priority);
      } else check(isExpression(r.priority), `invalid priority ${r.priority}`);
    }
  }
  check(rules <= 25, `${rules} NSG rules`);
  for (const disk of pool.data_disks ?? []) {
    check(validInteger(disk.lun, 0, 63) && validInteger(disk.disk_size_gb, 1, 32767), `invalid data disk ${JSON.stringify(disk)}`);
  }
  const subnet = pool.network_configuration?.subnet_id;
  check(subnet === undefined || validResourceId(subnet), `invalid subnet ${JSON.stringify(subnet)}`);
  for (const id of [...(pool.network_configuration?.public_ips ?? []), ...(pool.identity?.identity_ids ?? [])]) {
    check(validResourceId(id), `invalid resource ID ${JSON.stringify(id)}`);
  }
}

describe('CustomImageBatchPool under random input', () => {
  it(
    'either rejects the input with a construct path or rule IDs, or synthesizes a pool whose values Azure accepts; valid input always synthesizes',
    () => {
      const rate = new SuccessRate(expect.getState().currentTestName!);
      fc.assert(
        fc.property(validOrHostile(valid, input), (p) => {
          let rejection = '';
          const json = synthCase(p.evaluationDate, (c) => build(c, p), (message) => (rejection = message));
          check(json !== undefined || !p.mustSynthesize, `valid input rejected: ${rejection}`);
          if (!rate.record(json !== undefined)) return;
          const pools = resources(json, 'azurerm_batch_pool');
          check(pools.length === 1, `${pools.length} pools`);
          checkPool(pools[0]);
        }),
        fuzzParameters(),
      );
      rate.expectAtLeast();
    },
    fuzzTimeout(),
  );
});
