import { rmSync } from 'fs';
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { BatchAccount } from '../../../lib/batch/batch-account';
import { CustomImageBatchPool } from '../../../lib/batch/custom-image-batch-pool';
import { InboundEndpointProtocol } from '../../../lib/batch/inbound-nat-pool';
import { PoolScale } from '../../../lib/batch/pool-scale';
import { ManagedImageFromSnapshots } from '../../../lib/compute/managed-image-from-snapshots';
import { Snapshot } from '../../../lib/compute/snapshot';
import { OsType } from '../../../lib/core/os-type';
import { Value } from '../../support/hcl-evaluator';
import { terraformPlan, terraformWorkspace } from '../../support/terraform-binary';

/*
 * The guards as Terraform itself reads them: every precondition the library synthesizes is put
 * on a `terraform_data` resource with the same variables, and `terraform plan` runs with values
 * that pass and with values that break each rule. Needs the Terraform binary (fails loudly
 * without it).
 */

const SUBSCRIPTION = '00000000-0000-0000-0000-000000000001';
const SNAPSHOT_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.Compute/snapshots/render-os`;
const SUBNET_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/batch`;

/** An app with a token in front of each guarded rule: regions, a node count, the SKU, NAT ports. */
function appWithTokens(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'Stack');
  const variable = (name: string, type: string) => new TerraformVariable(stack, name, { type });
  const account = new BatchAccount(stack, 'Account', {
    name: 'acme',
    resourceGroupName: 'rg-batch',
    location: variable('account_location', 'string').stringValue,
  });
  const image = new ManagedImageFromSnapshots(stack, 'Image', {
    name: 'img-render',
    resourceGroupName: 'rg-images',
    location: variable('image_location', 'string').stringValue,
    osType: OsType.LINUX,
    osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'Os', SNAPSHOT_ID, { location: 'westeurope' }),
  });
  const common = { account, image, vmSize: 'Standard_D4s_v5', subnetId: SUBNET_ID };
  new CustomImageBatchPool(stack, 'RenderPool', {
    ...common,
    poolName: 'render',
    nodeAgentSkuId: variable('sku', 'string').stringValue,
    scale: PoolScale.fixed({ dedicatedNodes: variable('render_nodes', 'number').numberValue }),
    inboundNatPools: [
      {
        name: 'ssh',
        protocol: InboundEndpointProtocol.TCP,
        backendPort: variable('backend_port', 'number').numberValue,
        frontendPortRangeStart: 1000,
        frontendPortRangeEnd: 1100,
        networkSecurityGroupRules: [],
      },
    ],
  });
  new CustomImageBatchPool(stack, 'BatchPool', {
    ...common,
    poolName: 'batch',
    nodeAgentSkuId: 'batch.node.ubuntu 22.04',
    scale: PoolScale.fixed({ dedicatedNodes: 2000 }),
  });
  return stack;
}

/** The synthesized preconditions moved onto terraform_data resources, with the stack's variables. */
function planConfig(stack: TerraformStack): object {
  const json = JSON.parse(Testing.synth(stack));
  const resources: { [name: string]: object } = {};
  for (const [type, byName] of Object.entries<any>(json.resource)) {
    for (const [name, config] of Object.entries<any>(byName)) {
      const precondition = config.lifecycle?.precondition;
      if (precondition) resources[`${type}_${name}`] = { lifecycle: { precondition } };
    }
  }
  return { variable: json.variable, check: json.check, resource: { terraform_data: resources } };
}

const PASSING: { [name: string]: Value } = {
  account_location: 'westeurope',
  image_location: 'West Europe',
  sku: 'batch.node.ubuntu 22.04',
  render_nodes: 500,
  backend_port: 2222,
};

describe('guards under the real Terraform binary', () => {
  let dir: string;
  beforeAll(() => {
    const config = planConfig(appWithTokens());
    expect(Object.keys((config as any).resource.terraform_data).length).toBeGreaterThanOrEqual(1);
    dir = terraformWorkspace(config);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('plans when every rule holds', () => {
    const plan = terraformPlan(dir, PASSING);
    expect(plan.output).not.toMatch(/Error/);
    expect(plan.ok).toBe(true);
  });

  it('warns without failing when a warning rule (AZW102, a check block) does not hold', () => {
    const quiet = terraformPlan(dir, { ...PASSING, render_nodes: 300 });
    expect(quiet.ok).toBe(true);
    expect(quiet.output).not.toContain('AZW102');
    const warned = terraformPlan(dir, PASSING);
    expect(warned.ok).toBe(true);
    expect(warned.output).toContain('Check block assertion failed');
    expect(warned.output).toContain("AZW102 [Stack/RenderPool] fixed pool 'render' targets 500 nodes (500 dedicated + 0 Spot)");
  });

  it.each([
    [
      'AZB001',
      { image_location: 'eastus' },
      "AZB001 [Stack/RenderPool] image 'img-render' is in 'eastus' but Batch account 'acme' is in 'westeurope' — create the image in 'westeurope'",
    ],
    [
      'AZB003',
      { render_nodes: 501 },
      "AZB003 [Stack/RenderPool] 2 pools on image 'img-render' or on images from the same snapshot request 2501 dedicated nodes in total",
    ],
    [
      'AZB007',
      { sku: 'batch.node.windows amd64' },
      "AZB007 [Stack/RenderPool] image 'img-render' is a Linux image but the pool's node agent SKU is 'batch.node.windows amd64'",
    ],
    [
      'a reserved NAT backend port',
      { backend_port: 29876 },
      '[Stack/RenderPool] inboundNatPools[0].backendPort is 29876, which Batch reserves',
    ],
  ])('fails the plan with the message of %s', (_rule, broken, message) => {
    const plan = terraformPlan(dir, { ...PASSING, ...broken });
    expect(plan.ok).toBe(false);
    expect(plan.output).toContain('Resource precondition failed');
    expect(plan.output).toContain(message);
  });
});
