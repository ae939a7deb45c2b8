import { TerraformStack, Testing } from 'cdktf';
import { armTemplate, fullestStack, resourceNamed } from './support/stacks';

/*
 * The ARM output applies the constructs' defaults itself (it is built from their props, not from
 * the azurerm configuration): these pairs check that every defaulted or renamed setting has the
 * value the Terraform resource gets, for explicit settings and for defaults.
 */

function get(value: any, at: string): unknown {
  return at.split('.').reduce((node, key) => node?.[key], value);
}

/** The only Terraform resource of `type` whose `name` is `name`. */
function terraformResource(stack: TerraformStack, type: string, name: string): any {
  const found = Object.values<any>(JSON.parse(Testing.synth(stack)).resource[type]).filter((r) => r.name === name);
  if (found.length !== 1) throw new Error(`expected one ${type} named ${name}`);
  return found[0];
}

const POOL_PAIRS: Array<[string, string]> = [
  ['max_tasks_per_node', 'properties.taskSlotsPerNode'],
  ['task_scheduling_policy.0.node_fill_type', 'properties.taskSchedulingPolicy.nodeFillType'],
  ['inter_node_communication', 'properties.interNodeCommunication'],
  ['node_agent_sku_id', 'properties.deploymentConfiguration.virtualMachineConfiguration.nodeAgentSkuId'],
  ['fixed_scale.target_dedicated_nodes', 'properties.scaleSettings.fixedScale.targetDedicatedNodes'],
  ['fixed_scale.target_low_priority_nodes', 'properties.scaleSettings.fixedScale.targetLowPriorityNodes'],
  ['fixed_scale.resize_timeout', 'properties.scaleSettings.fixedScale.resizeTimeout'],
  ['fixed_scale.node_deallocation_method', 'properties.scaleSettings.fixedScale.nodeDeallocationOption'],
  ['auto_scale.formula', 'properties.scaleSettings.autoScale.formula'],
  ['auto_scale.evaluation_interval', 'properties.scaleSettings.autoScale.evaluationInterval'],
  ['start_task.wait_for_success', 'properties.startTask.waitForSuccess'],
  ['start_task.task_retry_maximum', 'properties.startTask.maxTaskRetryCount'],
  ['start_task.user_identity.auto_user.elevation_level', 'properties.startTask.userIdentity.autoUser.elevationLevel'],
  ['start_task.user_identity.auto_user.scope', 'properties.startTask.userIdentity.autoUser.scope'],
  ['data_disks.0.caching', 'properties.deploymentConfiguration.virtualMachineConfiguration.dataDisks.0.caching'],
  ['data_disks.0.storage_account_type', 'properties.deploymentConfiguration.virtualMachineConfiguration.dataDisks.0.managedDisk.storageAccountType'],
  ['container_configuration.type', 'properties.deploymentConfiguration.virtualMachineConfiguration.containerConfiguration.type'],
  [
    'network_configuration.endpoint_configuration.0.network_security_group_rules.0.source_port_ranges',
    'properties.networkConfiguration.endpointConfiguration.inboundNatPools.0.networkSecurityGroupRules.0.sourcePortRanges',
  ],
  ['network_configuration.public_address_provisioning_type', 'properties.networkConfiguration.publicIPAddressConfiguration.provision'],
];

describe('the ARM resources carry the settings the Terraform resources get', () => {
  const stack = fullestStack();
  const template = armTemplate(stack);

  it.each(['render-fixed', 'render-auto'])('pool %s', (name) => {
    const terraform = terraformResource(stack, 'azurerm_batch_pool', name);
    const arm = resourceNamed(template, 'Microsoft.Batch/batchAccounts/pools', name);
    for (const [terraformPath, armPath] of POOL_PAIRS) {
      expect({ [armPath]: get(arm, armPath) }).toEqual({ [armPath]: get(terraform, terraformPath) });
    }
    const range = get(terraform, 'network_configuration.endpoint_configuration.0.frontend_port_range') as string | undefined;
    const natPool = get(arm, 'properties.networkConfiguration.endpointConfiguration.inboundNatPools.0') as any;
    expect(natPool && `${natPool.frontendPortRangeStart}-${natPool.frontendPortRangeEnd}`).toEqual(range);
  });

  it('the Batch account', () => {
    const terraform = terraformResource(stack, 'azurerm_batch_account', 'acmerender');
    const arm = resourceNamed(template, 'Microsoft.Batch/batchAccounts', 'acmerender');
    expect(arm.properties.poolAllocationMode).toBe(terraform.pool_allocation_mode);
    expect(arm.properties.publicNetworkAccess).toBe(terraform.public_network_access_enabled ? 'Enabled' : 'Disabled');
    expect(arm.properties.allowedAuthenticationModes).toEqual(terraform.allowed_authentication_modes);
    expect(arm.properties.autoStorage).toEqual({ storageAccountId: terraform.storage_account_id, authenticationMode: terraform.storage_account_authentication_mode });
    expect(Object.keys(arm.identity.userAssignedIdentities)).toEqual(terraform.identity.identity_ids);
  });

  it('the gallery image version', () => {
    const terraform = terraformResource(stack, 'azurerm_shared_image_version', '2026.3.14');
    const arm = resourceNamed(template, 'Microsoft.Compute/galleries/images/versions', '2026.3.14');
    expect(arm.properties.publishingProfile.excludeFromLatest).toBe(terraform.exclude_from_latest);
    expect(arm.properties.publishingProfile.targetRegions).toEqual(
      terraform.target_region.map((r: any) => ({ name: r.name, regionalReplicaCount: r.regional_replica_count, storageAccountType: r.storage_account_type })),
    );
  });
});
