import {
  ContainerConfigurationDescription,
  InboundNatPoolDescription,
  PoolDataDiskDescription,
  PoolDescription,
  ResourceFileDescription,
  StartTaskDescription,
} from '../../spec/batch-pool';
import { ArmResourceDeclaration } from '../declaration';
import { BATCH_API_VERSION } from './api-versions';

/*
 * A `CustomImageBatchPool` in ARM (`Microsoft.Batch/batchAccounts/pools`), a child of its
 * account, rendered from the pool's spec (defaults already applied, as azurerm gets them). Where
 * the Batch API names differ from azurerm's (`taskSlotsPerNode`, `nodeDeallocationOption`,
 * name/value lists for metadata and environment), the Batch API's are used.
 *
 * @see https://learn.microsoft.com/rest/api/batchmanagement/pool/create
 */

/** The pool's ARM resource; its parent (the account) is linked by the caller. */
export function batchPoolArmResource(spec: PoolDescription, poolId: string): ArmResourceDeclaration {
  const identityIds = spec.userAssignedIdentityIds ?? [];
  const scale = spec.scale;
  return {
    type: 'Microsoft.Batch/batchAccounts/pools',
    apiVersion: BATCH_API_VERSION,
    name: spec.poolName,
    identity:
      identityIds.length > 0
        ? { type: 'UserAssigned', userAssignedIdentities: Object.fromEntries(identityIds.map((id) => [id, {}])) }
        : undefined,
    properties: {
      displayName: spec.displayName,
      vmSize: spec.vmSize,
      deploymentConfiguration: {
        virtualMachineConfiguration: {
          imageReference: { id: spec.image.imageId },
          nodeAgentSkuId: spec.nodeAgentSkuId,
          dataDisks: spec.dataDisks?.map(dataDisk),
          containerConfiguration: spec.containerConfiguration ? containerConfiguration(spec.containerConfiguration) : undefined,
        },
      },
      scaleSettings:
        scale.mode === 'fixed'
          ? {
              fixedScale: {
                targetDedicatedNodes: scale.dedicatedNodes,
                targetLowPriorityNodes: scale.spotNodes,
                resizeTimeout: scale.resizeTimeout,
                nodeDeallocationOption: scale.nodeDeallocationMethod,
              },
            }
          : { autoScale: { formula: scale.formula, evaluationInterval: scale.evaluationInterval } },
      taskSlotsPerNode: spec.maxTasksPerNode,
      taskSchedulingPolicy: { nodeFillType: spec.taskSchedulingPolicy },
      interNodeCommunication: spec.interNodeCommunication ? 'Enabled' : 'Disabled',
      metadata: spec.metadata ? nameValueList(spec.metadata) : undefined,
      startTask: spec.startTask ? startTask(spec.startTask) : undefined,
      networkConfiguration: networkConfiguration(spec),
    },
    id: poolId,
  };
}

function dataDisk(disk: PoolDataDiskDescription): object {
  return {
    lun: disk.lun,
    diskSizeGB: disk.diskSizeGb,
    caching: disk.caching,
    managedDisk: { storageAccountType: disk.storageAccountType },
  };
}

function containerConfiguration(config: ContainerConfigurationDescription): object {
  return {
    type: config.type,
    containerImageNames: config.containerImageNames,
    containerRegistries: config.containerRegistries?.map((registry) => ({
      registryServer: registry.registryServer,
      username: registry.userName,
      password: registry.password,
      identityReference: identityReference(registry.userAssignedIdentityId),
    })),
  };
}

function startTask(task: StartTaskDescription): object {
  return {
    commandLine: task.commandLine,
    waitForSuccess: task.waitForSuccess,
    maxTaskRetryCount: task.maxTaskRetryCount,
    environmentSettings: task.environment ? nameValueList(task.environment) : undefined,
    userIdentity: { autoUser: { elevationLevel: task.elevationLevel, scope: task.autoUserScope } },
    resourceFiles: task.resourceFiles.length > 0 ? task.resourceFiles.map(resourceFile) : undefined,
  };
}

function resourceFile(file: ResourceFileDescription): object {
  return {
    httpUrl: file.httpUrl,
    storageContainerUrl: file.storageContainerUrl,
    autoStorageContainerName: file.autoStorageContainerName,
    filePath: file.filePath,
    blobPrefix: file.blobPrefix,
    fileMode: file.fileMode,
    identityReference: identityReference(file.userAssignedIdentityId),
  };
}

function networkConfiguration(spec: PoolDescription): object | undefined {
  const natPools = spec.inboundNatPools;
  if (spec.subnetId === undefined && natPools.length === 0 && spec.publicIpAddressProvisioning === undefined) return undefined;
  return {
    subnetId: spec.subnetId,
    publicIPAddressConfiguration:
      spec.publicIpAddressProvisioning !== undefined
        ? { provision: spec.publicIpAddressProvisioning, ipAddressIds: spec.publicIpAddressIds }
        : undefined,
    endpointConfiguration: natPools.length > 0 ? { inboundNatPools: natPools.map(inboundNatPool) } : undefined,
  };
}

function inboundNatPool(pool: InboundNatPoolDescription): object {
  return {
    name: pool.name,
    protocol: pool.protocol,
    backendPort: pool.backendPort,
    frontendPortRangeStart: pool.frontendPortRangeStart,
    frontendPortRangeEnd: pool.frontendPortRangeEnd,
    networkSecurityGroupRules:
      pool.networkSecurityGroupRules.length > 0
        ? pool.networkSecurityGroupRules.map((rule) => ({
            priority: rule.priority,
            access: rule.access,
            sourceAddressPrefix: rule.sourceAddressPrefix,
            sourcePortRanges: rule.sourcePortRanges ?? ['*'],
          }))
        : undefined,
  };
}

function identityReference(resourceId: string | undefined): object | undefined {
  return resourceId !== undefined ? { resourceId } : undefined;
}

/** `{ name: value }` as the Batch API's list of `{ name, value }` pairs. */
function nameValueList(map: { [name: string]: string }): object[] {
  return Object.entries(map).map(([name, value]) => ({ name, value }));
}
