import { BatchPoolConfig, BatchPoolNetworkConfiguration, BatchPoolStartTask } from '@cdktf/provider-azurerm/lib/batch-pool';
import { ITerraformDependable, TerraformOutput, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { escapeTemplates } from '../core/template-escape';
import { PoolDescription, ScaleMode, StartTaskDescription } from '../spec/batch-pool';
import { PoolRollout } from '../spec/pool-rollout';

/*
 * The pool's Terraform rendering: `azurerm_batch_pool` from the pool's spec, and nothing else.
 * Where azurerm's names differ from the spec's (Batch API) names, this is the one place that maps
 * them.
 */

/**
 * The `azurerm_batch_pool` configuration of `spec`, template syntax in literals escaped. The pool
 * construct creates the resource itself: cdktf records a stack trace for every token a resource
 * creates (about 25 for a pool), and a helper that called `new BatchPool` added a frame to each.
 */
export function batchPoolConfig(spec: PoolDescription, dependsOn?: ITerraformDependable[]): BatchPoolConfig {
  const scale = spec.scale;
  const identityIds = spec.userAssignedIdentityIds;
  const config: BatchPoolConfig = {
    name: spec.poolName,
    accountName: spec.account.accountName,
    resourceGroupName: spec.account.resourceGroupName!,
    displayName: spec.displayName,
    vmSize: spec.vmSize,
    nodeAgentSkuId: spec.nodeAgentSkuId,
    storageImageReference: { id: spec.image.imageId },
    fixedScale:
      scale.mode === ScaleMode.FIXED
        ? {
            targetDedicatedNodes: scale.dedicatedNodes,
            targetLowPriorityNodes: scale.spotNodes,
            resizeTimeout: scale.resizeTimeout,
            nodeDeallocationMethod: scale.nodeDeallocationMethod,
          }
        : undefined,
    autoScale: scale.mode === ScaleMode.AUTOSCALE ? { formula: scale.formula!, evaluationInterval: scale.evaluationInterval } : undefined,
    maxTasksPerNode: spec.maxTasksPerNode,
    taskSchedulingPolicy: [{ nodeFillType: spec.taskSchedulingPolicy }],
    interNodeCommunication: spec.interNodeCommunication ? 'Enabled' : 'Disabled',
    identity: identityIds && identityIds.length > 0 ? { type: 'UserAssigned', identityIds } : undefined,
    metadata: spec.metadata,
    startTask: spec.startTask ? startTask(spec.startTask) : undefined,
    networkConfiguration: networkConfiguration(spec),
    containerConfiguration: spec.containerConfiguration
      ? {
          type: spec.containerConfiguration.type,
          containerImageNames: spec.containerConfiguration.containerImageNames,
          containerRegistries: spec.containerConfiguration.containerRegistries?.map((registry) => ({
            registryServer: registry.registryServer,
            userName: registry.userName,
            password: registry.password,
            userAssignedIdentityId: registry.userAssignedIdentityId,
          })),
        }
      : undefined,
    dataDisks: spec.dataDisks?.map((disk) => ({
      lun: disk.lun,
      diskSizeGb: disk.diskSizeGb,
      caching: disk.caching,
      storageAccountType: disk.storageAccountType,
    })),
    dependsOn,
    // A new version gives a new pool ID: the new pool is created before the old one goes.
    lifecycle: spec.rollout === PoolRollout.BLUE_GREEN ? { createBeforeDestroy: true } : undefined,
  };
  return escapeTemplates(config);
}

/**
 * For a blue/green pool, adds the stack output job submitters read the current pool ID from,
 * named after the pool's path in its stack (`RenderPool_pool_id`), so
 * `terraform output -raw RenderPool_pool_id` finds it.
 */
export function publishPoolIdOnRollout(pool: Construct, spec: PoolDescription): void {
  if (spec.rollout !== PoolRollout.BLUE_GREEN) return;
  const poolId = spec.poolName;
  const stack = TerraformStack.of(pool);
  const relative = pool.node.scopes.slice(stack.node.scopes.length).map((c) => c.node.id).join('_');
  const output = new TerraformOutput(pool, 'PoolId', {
    value: poolId,
    description: `ID of the Batch pool to submit jobs to (${pool.node.path}); it changes with each image version (blue/green rollout)`,
  });
  // Terraform names: letters, digits, '_' and '-', not starting with a digit or '-'.
  output.overrideLogicalId(`${relative.replace(/[^A-Za-z0-9_-]/g, '_').replace(/^(?=[0-9-])/, '_')}_pool_id`);
}

function startTask(task: StartTaskDescription): BatchPoolStartTask {
  return {
    commandLine: task.commandLine,
    waitForSuccess: task.waitForSuccess,
    taskRetryMaximum: task.maxTaskRetryCount,
    commonEnvironmentProperties: task.environment,
    userIdentity: { autoUser: { elevationLevel: task.elevationLevel, scope: task.autoUserScope } },
    resourceFile:
      task.resourceFiles.length > 0
        ? task.resourceFiles.map((file) => ({
            httpUrl: file.httpUrl,
            storageContainerUrl: file.storageContainerUrl,
            autoStorageContainerName: file.autoStorageContainerName,
            filePath: file.filePath,
            blobPrefix: file.blobPrefix,
            fileMode: file.fileMode,
            userAssignedIdentityId: file.userAssignedIdentityId,
          }))
        : undefined,
  };
}

function networkConfiguration(spec: PoolDescription): BatchPoolNetworkConfiguration | undefined {
  const natPools = spec.inboundNatPools;
  if (spec.subnetId === undefined && natPools.length === 0 && spec.publicIpAddressProvisioning === undefined) return undefined;
  return {
    subnetId: spec.subnetId,
    publicAddressProvisioningType: spec.publicIpAddressProvisioning,
    publicIps: spec.publicIpAddressIds,
    endpointConfiguration:
      natPools.length > 0
        ? natPools.map((pool) => ({
            name: pool.name,
            protocol: pool.protocol,
            backendPort: pool.backendPort,
            // Token.asString keeps number tokens intact inside the string.
            frontendPortRange: `${Token.asString(pool.frontendPortRangeStart)}-${Token.asString(pool.frontendPortRangeEnd)}`,
            networkSecurityGroupRules:
              pool.networkSecurityGroupRules.length > 0
                ? pool.networkSecurityGroupRules.map((rule) => ({
                    access: rule.access,
                    priority: rule.priority,
                    sourceAddressPrefix: rule.sourceAddressPrefix,
                    sourcePortRanges: rule.sourcePortRanges ?? ['*'],
                  }))
                : undefined,
          }))
        : undefined,
  };
}
