import { TerraformStack } from 'cdktf';
import { BatchAccount } from '../lib/batch/batch-account';
import { InboundEndpointProtocol, InboundNatPool, NetworkSecurityGroupRuleAccess } from '../lib/batch/inbound-nat-pool';
import { PoolScale } from '../lib/batch/pool-scale';
import { DataDiskSnapshot } from '../lib/compute/data-disk-snapshot';
import { ImageProvisioning } from '../lib/compute/image-provisioning';
import { ManagedImageFromSnapshots } from '../lib/compute/managed-image-from-snapshots';
import { Snapshot } from '../lib/compute/snapshot';
import { Duration } from '../lib/core/duration';
import { OsType } from '../lib/core/os-type';
import { galleryResizeMinutes } from '../lib/validation/rules/azw101-short-resize-timeout';
import { replicasNeeded } from '../lib/validation/rules/azw109-too-few-gallery-replicas';
import { Suppressions } from '../lib/validation/suppressions';
import { shortList } from '../lib/validation/wording';
import { newPool } from './batch/support/pool';
import { newStack, synthJson } from './batch/support/synth';
import { definition, definitionOptions, gallery, importedImage } from './compute/gallery/support/gallery-fixtures';
import { annotationsOf } from './validation/support/annotations';
import { autoscale, FakeAccount, fakeManagedImage, FakeImage, FakePool, fixed, testApp } from './validation/support/fakes';

/*
 * Every numeric limit the library enforces, tested on both sides of its exact edge: the last
 * value accepted and the first one refused. A limit moved by one (168 hours to 168 hours and one
 * minute, 2500 to 2501) fails here. Rule thresholds are tested beside their rules too.
 */

const SNAPSHOT = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Compute/snapshots';

/** `[accepted, refused]` for a construction that throws when refused. */
function edge(build: (value: number) => void, accepted: number, refused: number, message: string | RegExp): void {
  expect(() => build(accepted)).not.toThrow();
  expect(() => build(refused)).toThrow(message);
}

function nat(overrides: Partial<InboundNatPool> = {}): InboundNatPool {
  return { name: 'ssh', protocol: InboundEndpointProtocol.TCP, backendPort: 2222, frontendPortRangeStart: 1000, frontendPortRangeEnd: 1100, ...overrides };
}

function natPools(count: number): InboundNatPool[] {
  return Array.from({ length: count }, (_, i) => nat({ name: `ep${i}`, backendPort: 8000 + i, frontendPortRangeStart: 1000 + i * 200, frontendPortRangeEnd: 1100 + i * 200 }));
}

function image(stack: TerraformStack, props: { name?: string; dataDisks?: DataDiskSnapshot[]; provisioning?: ImageProvisioning } = {}) {
  return new ManagedImageFromSnapshots(stack, 'Image', {
    name: props.name ?? 'img-render',
    resourceGroupName: 'rg-images',
    location: 'westeurope',
    osType: OsType.LINUX,
    osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'Os', `${SNAPSHOT}/os`),
    dataDiskSnapshots: props.dataDisks,
    provisioning: props.provisioning,
  });
}

function dataDisk(stack: TerraformStack, lun: number, sizeGb?: number): DataDiskSnapshot {
  return { lun, snapshot: Snapshot.fromSnapshotId(stack, `Data${lun}`, `${SNAPSHOT}/data${lun}`), sizeGb };
}

describe('limits at their exact edges', () => {
  describe('pool scale', () => {
    it('fixed dedicated nodes: 2000 accepted, 2001 refused (azurerm fixed_scale)', () => {
      edge((n) => newPool(newStack(), { scale: PoolScale.fixed({ dedicatedNodes: n }) }), 2000, 2001, /scale.dedicatedNodes is 2001/);
    });
    it('fixed Spot nodes: 1000 accepted, 1001 refused (azurerm fixed_scale)', () => {
      edge((n) => newPool(newStack(), { scale: PoolScale.fixed({ spotNodes: n }) }), 1000, 1001, /scale.spotNodes is 1001/);
    });
    it('node counts: 0 accepted, -1 refused', () => {
      edge((n) => newPool(newStack(), { scale: PoolScale.fixed({ dedicatedNodes: n, spotNodes: 1 }) }), 0, -1, /scale.dedicatedNodes is -1/);
      edge((n) => newPool(newStack(), { scale: PoolScale.autoscale({ formula: 'x', maxDedicatedNodes: n }) }), 0, -1, /scale.maxDedicatedNodes is -1/);
    });
    it('resize timeout: 5 minutes accepted, 4 refused', () => {
      edge((m) => newPool(newStack(), { scale: PoolScale.fixed({ resizeTimeout: Duration.minutes(m) }) }), 5, 4, /Batch rejects resize timeouts under 5 minutes/);
    });
    it('autoscale evaluation interval: 5 minutes accepted, 4 refused', () => {
      edge((m) => newPool(newStack(), { scale: PoolScale.autoscale({ formula: 'x', evaluationInterval: Duration.minutes(m) }) }), 5, 4, /Batch accepts 5 minutes to 168 hours/);
    });
    it('autoscale evaluation interval: 168 hours accepted, 168 hours and 1 minute refused', () => {
      edge((m) => newPool(newStack(), { scale: PoolScale.autoscale({ formula: 'x', evaluationInterval: Duration.minutes(m) }) }), 168 * 60, 168 * 60 + 1, /scale.evaluationInterval is 10081 minutes .*Batch accepts 5 minutes to 168 hours/);
      expect(() => newPool(newStack(), { scale: PoolScale.autoscale({ formula: 'x', evaluationInterval: Duration.hours(168) }) })).not.toThrow();
      expect(() => newPool(newStack(), { scale: PoolScale.autoscale({ formula: 'x', evaluationInterval: Duration.parse('PT168H1M') }) })).toThrow(/Batch accepts 5 minutes to 168 hours/);
    });
  });

  describe('pool settings', () => {
    it('maxTasksPerNode: 1 and 256 accepted, 0 and 257 refused', () => {
      edge((n) => newPool(newStack(), { maxTasksPerNode: n }), 256, 257, /maxTasksPerNode is 257/);
      edge((n) => newPool(newStack(), { maxTasksPerNode: n }), 1, 0, /maxTasksPerNode is 0/);
    });
    it('displayName: 1024 characters accepted, 1025 refused', () => {
      edge((n) => newPool(newStack(), { displayName: 'd'.repeat(n) }), 1024, 1025, /displayName has 1025 characters; Batch allows at most 1024/);
    });
    it('poolName: 64 characters accepted, 65 refused', () => {
      edge((n) => newPool(newStack(), { poolName: 'p'.repeat(n) }), 64, 65, /pool/i);
    });
    it('data disk LUN: 0 and 63 accepted, -1 and 64 refused', () => {
      edge((lun) => newPool(newStack(), { dataDisks: [{ lun, diskSizeGb: 10 }] }), 63, 64, /lun/i);
      edge((lun) => newPool(newStack(), { dataDisks: [{ lun, diskSizeGb: 10 }] }), 0, -1, /lun/i);
    });
    it('data disk size: 1 and 32767 GiB accepted, 0 and 32768 refused', () => {
      edge((gb) => newPool(newStack(), { dataDisks: [{ lun: 0, diskSizeGb: gb }] }), 32767, 32768, /diskSizeGb is 32768; use a whole number of GiB from 1 to 32767/);
      edge((gb) => newPool(newStack(), { dataDisks: [{ lun: 0, diskSizeGb: gb }] }), 1, 0, /diskSizeGb is 0/);
    });
  });

  describe('inbound NAT pools', () => {
    const build = (pools: InboundNatPool[]) => newPool(newStack(), { inboundNatPools: pools });
    it('NAT pools per pool: 5 accepted, 6 refused', () => {
      edge((n) => build(natPools(n)), 5, 6, /Batch allows at most 5 per pool/);
    });
    it('NSG rules across NAT pools: 25 accepted, 26 refused', () => {
      const withRules = (n: number) =>
        build(natPools(5).map((p, i) => ({ ...p, networkSecurityGroupRules: Array.from({ length: i < 4 ? 5 : n - 20 }, (_, j) => ({ access: NetworkSecurityGroupRuleAccess.ALLOW, priority: 150 + i * 10 + j, sourceAddressPrefix: '10.0.0.0/8' })) })));
      edge(withRules, 25, 26, /Batch allows at most 25 across all NAT pools/);
    });
    it('NSG rule priority: 150 and 4096 accepted, 149 and 4097 refused', () => {
      const withPriority = (priority: number) => build([nat({ networkSecurityGroupRules: [{ access: NetworkSecurityGroupRuleAccess.DENY, priority, sourceAddressPrefix: '*' }] })]);
      edge(withPriority, 150, 149, /priority is 149/);
      edge(withPriority, 4096, 4097, /priority is 4097/);
    });
    it('NAT pool name: 77 characters accepted, 78 refused', () => {
      edge((n) => build([nat({ name: 'n'.repeat(n) })]), 77, 78, /has 78 characters; Batch allows at most 77/);
    });
    it('backend port: 1 and 65535 accepted, 0 and 65536 refused; 29875/29878 accepted around the reserved 29876-29877', () => {
      edge((port) => build([nat({ backendPort: port })]), 1, 0, /backendPort is 0/);
      edge((port) => build([nat({ backendPort: port })]), 65535, 65536, /backendPort is 65536/);
      edge((port) => build([nat({ backendPort: port })]), 29875, 29876, /which Batch reserves for its node agent/);
      edge((port) => build([nat({ backendPort: port })]), 29878, 29877, /which Batch reserves for its node agent/);
    });
    it('frontend ports: 1 and 65534 accepted, 0 and 65535 refused', () => {
      edge((start) => build([nat({ frontendPortRangeStart: start, frontendPortRangeEnd: start + 100 })]), 1, 0, /frontendPortRangeStart is 0/);
      edge((end) => build([nat({ frontendPortRangeStart: end - 100, frontendPortRangeEnd: end })]), 65534, 65535, /frontendPortRangeEnd is 65535/);
    });
    it('reserved frontend ports 50000-55000: ranges ending at 49999 or starting at 55001 accepted, touching 50000 or 55000 refused', () => {
      edge((end) => build([nat({ frontendPortRangeStart: end - 100, frontendPortRangeEnd: end })]), 49999, 50000, /overlaps ports 50000-55000/);
      edge((start) => build([nat({ frontendPortRangeStart: start, frontendPortRangeEnd: start + 100 })]), 55001, 55000, /overlaps ports 50000-55000/);
    });
    it('frontend range span: end - start = 100 accepted, 99 refused (azurerm; Batch needs 40 ports, which 100 covers)', () => {
      edge((span) => build([nat({ frontendPortRangeStart: 1000, frontendPortRangeEnd: 1000 + span })]), 100, 99, /azurerm's frontend_port_range requires end - start >= 100/);
      expect(() => build([nat({ frontendPortRangeStart: 1000, frontendPortRangeEnd: 1038 })])).toThrow(/holds 39 ports; Batch requires at least 40/);
      expect(() => build([nat({ frontendPortRangeStart: 1000, frontendPortRangeEnd: 1039 })])).toThrow(/spans 39; azurerm/);
    });
  });

  describe('images', () => {
    it('image data disk LUN: 63 accepted, 64 refused', () => {
      edge((lun) => { const s = newStack(); image(s, { dataDisks: [dataDisk(s, lun)] }); }, 63, 64, /LUN 64 is outside 0-63/);
      edge((lun) => { const s = newStack(); image(s, { dataDisks: [dataDisk(s, lun)] }); }, 0, -1, /LUN -1 is outside 0-63/);
    });
    it('image data disk size: 1 and 1023 GB accepted, 0 and 1024 refused', () => {
      edge((gb) => { const s = newStack(); image(s, { dataDisks: [dataDisk(s, 0, gb)] }); }, 1023, 1024, /sizeGb 1024 is not a whole number from 1 to 1023/);
      edge((gb) => { const s = newStack(); image(s, { dataDisks: [dataDisk(s, 0, gb)] }); }, 1, 0, /sizeGb 0 is not a whole number from 1 to 1023/);
    });
    it('image name: 80 characters accepted, 81 refused; copied disks of an 80-character image keep to 80', () => {
      edge((n) => image(newStack(), { name: 'i'.repeat(n) }), 80, 81, /image/);
      const stack = newStack();
      image(stack, { name: 'i'.repeat(80), provisioning: ImageProvisioning.VIA_MANAGED_DISKS, dataDisks: [] });
      const disks = Object.values(synthJson(stack).resource.azurerm_managed_disk) as any[];
      expect(disks.map((d) => d.name.length <= 80)).toEqual(disks.map(() => true));
    });
    it('Batch account name: 3 and 24 characters accepted, 2 and 25 refused', () => {
      const account = (n: number) => new BatchAccount(newStack(), 'Account', { name: 'a'.repeat(n), resourceGroupName: 'rg', location: 'westeurope' });
      edge(account, 24, 25, /use 3-24 lowercase letters and digits/);
      edge(account, 3, 2, /use 3-24 lowercase letters and digits/);
    });
  });

  describe('gallery', () => {
    it('gallery and definition names: 80 characters accepted, 81 refused', () => {
      edge((n) => gallery(newStack(), { name: 'g'.repeat(n) }), 80, 81, /1-80/);
      edge((n) => definition(newStack(), { name: 'd'.repeat(n) }), 80, 81, /1-80/);
    });
    it('identifier: publisher 128, offer and sku 64 characters accepted; one more refused', () => {
      const withIdentifier = (part: 'publisher' | 'offer' | 'sku') => (n: number) =>
        definition(newStack(), { identifier: { ...definitionOptions().identifier, [part]: 'x'.repeat(n) } });
      edge(withIdentifier('publisher'), 128, 129, /publisher/);
      edge(withIdentifier('offer'), 64, 65, /offer/);
      edge(withIdentifier('sku'), 64, 65, /sku/);
    });
    it('version parts: 2147483647 accepted, 2147483648 refused', () => {
      edge((n) => { const s = newStack(); definition(s).addVersion('V', { source: importedImage(s), version: `1.0.${n}` }); }, 2147483647, 2147483648, /above 2147483647/);
    });
    it('replica count: 1 and 2147483647 accepted, 0 and 2147483648 refused', () => {
      const withReplicas = (n: number) => { const s = newStack(); definition(s).addVersion('V', { source: importedImage(s), version: '1.0.0', targetRegions: [{ name: 'westeurope', replicaCount: n }] }); };
      edge(withReplicas, 2147483647, 2147483648, /replicaCount/);
      edge(withReplicas, 1, 0, /replicaCount/);
    });
  });

  describe('rules', () => {
    function pools(build: (stack: TerraformStack, account: FakeAccount) => void): TerraformStack {
      const stack = new TerraformStack(testApp(), 'Stack');
      build(stack, new FakeAccount(stack, 'Account'));
      return stack;
    }
    it('AZB003: 2500 dedicated nodes per managed-image lineage accepted, 2501 refused', () => {
      const at = (n: number) => pools((s, account) => new FakePool(s, 'P', { account, image: fakeManagedImage(s, 'I'), scale: autoscale(n, 0) }));
      expect(annotationsOf(at(2500), 'AZB003')).toEqual([]);
      expect(annotationsOf(at(2501), 'AZB003').map((a) => a.level)).toEqual(['error']);
    });
    it('AZB004: 1000 Spot nodes per managed-image lineage accepted, 1001 refused', () => {
      const at = (n: number) => pools((s, account) => new FakePool(s, 'P', { account, image: fakeManagedImage(s, 'I'), scale: autoscale(0, n) }));
      expect(annotationsOf(at(1000), 'AZB004')).toEqual([]);
      expect(annotationsOf(at(1001), 'AZB004').map((a) => a.level)).toEqual(['error']);
    });
    it('AZW102: 300 nodes in a fixed pool accepted, 301 warned', () => {
      const at = (n: number) => pools((s, account) => new FakePool(s, 'P', { account, image: new FakeImage(s, 'I'), scale: fixed(n - 1, 1) }));
      expect(annotationsOf(at(300), 'AZW102')).toEqual([]);
      expect(annotationsOf(at(301), 'AZW102')).toHaveLength(1);
    });
    it('AZW101: 20 minutes on a managed image accepted, 19 warned; on a gallery version 15 per 1000 nodes, rounded up', () => {
      const managed = (m: number) => pools((s, account) => new FakePool(s, 'P', { account, image: fakeManagedImage(s, 'I'), scale: fixed(2, 0, m) }));
      expect(annotationsOf(managed(20), 'AZW101')).toEqual([]);
      expect(annotationsOf(managed(19), 'AZW101')).toHaveLength(1);
      expect([galleryResizeMinutes(1000), galleryResizeMinutes(1001), galleryResizeMinutes(2000), galleryResizeMinutes(3000)]).toEqual([15, 16, 30, 45]);
    });
    it('AZW109: 300 nodes per replica accepted, 301 warned', () => {
      expect([replicasNeeded(300), replicasNeeded(301), replicasNeeded(600), replicasNeeded(601)]).toEqual([1, 2, 2, 3]);
    });
    it('suppression reasons: 10 characters accepted, 9 refused', () => {
      edge((n) => Suppressions.add(newStack(), 'AZW101', 'r'.repeat(n)), 10, 9, /needs a reason of at least 10 characters/);
    });
    it('messages list 10 items, then say how many more', () => {
      const items = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);
      expect(shortList(items(10))).toBe(items(10).join(', '));
      expect(shortList(items(11))).toBe(`${items(10).join(', ')} and 1 more`);
    });
  });
});
