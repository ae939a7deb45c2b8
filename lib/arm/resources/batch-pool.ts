import type { CustomImageBatchPool, CustomImageBatchPoolProps } from '../../batch/custom-image-batch-pool';
import type { InboundNatPool } from '../../batch/inbound-nat-pool';
import type { BoundPoolScale } from '../../batch/pool-scale-binding';
import { ContainerConfiguration, ContainerType, DataDisk, DataDiskStorageAccountType, NodeFillType } from '../../batch/pool-settings';
import { AutoUserScope, ElevationLevel, ResourceFile, StartTask } from '../../batch/start-task';
import { CachingType } from '../../core/caching-type';
import { ArmResourceDeclaration } from '../arm-resources';
import { BATCH_API_VERSION } from './api-versions';

/*
 * A `CustomImageBatchPool` in ARM (`Microsoft.Batch/batchAccounts/pools`), a child of its
 * account. The defaults are the construct's, as it sends them to azurerm; where the Batch API
 * names differ from azurerm's (`taskSlotsPerNode`, `nodeDeallocationOption`, name/value lists
 * for metadata and environment), the Batch API's are used.
 *
 * @see https://learn.microsoft.com/rest/api/batchmanagement/pool/create
 */

/** The pool's ARM resource. */
export function batchPoolArmResource(
  pool: CustomImageBatchPool,
  props: CustomImageBatchPoolProps,
  scale: BoundPoolScale,
): ArmResourceDeclaration {
  const identityIds = props.userAssignedIdentityIds ?? [];
  return {
    type: 'Microsoft.Batch/batchAccounts/pools',
    apiVersion: BATCH_API_VERSION,
    name: pool.currentPoolId,
    parent: props.account,
    identity:
      identityIds.length > 0
        ? { type: 'UserAssigned', userAssignedIdentities: Object.fromEntries(identityIds.map((id) => [id, {}])) }
        : undefined,
    properties: {
      displayName: props.displayName,
      vmSize: props.vmSize,
      deploymentConfiguration: {
        virtualMachineConfiguration: {
          imageReference: { id: props.image.imageId },
          nodeAgentSkuId: props.nodeAgentSkuId,
          dataDisks: props.dataDisks?.map(dataDisk),
          containerConfiguration: props.containerConfiguration ? containerConfiguration(props.containerConfiguration) : undefined,
        },
      },
      scaleSettings: scale.fixedScale
        ? {
            fixedScale: {
              targetDedicatedNodes: scale.fixedScale.targetDedicatedNodes,
              targetLowPriorityNodes: scale.fixedScale.targetLowPriorityNodes,
              resizeTimeout: scale.fixedScale.resizeTimeout,
              nodeDeallocationOption: scale.fixedScale.nodeDeallocationMethod,
            },
          }
        : { autoScale: { formula: scale.autoScale!.formula, evaluationInterval: scale.autoScale!.evaluationInterval } },
      taskSlotsPerNode: props.maxTasksPerNode ?? 1,
      taskSchedulingPolicy: { nodeFillType: props.taskSchedulingPolicy ?? NodeFillType.SPREAD },
      interNodeCommunication: props.interNodeCommunication ? 'Enabled' : 'Disabled',
      metadata: props.metadata ? nameValueList(props.metadata) : undefined,
      startTask: props.startTask ? startTask(props.startTask) : undefined,
      networkConfiguration: networkConfiguration(props),
    },
    id: pool.poolId,
  };
}

function dataDisk(disk: DataDisk): object {
  return {
    lun: disk.lun,
    diskSizeGB: disk.diskSizeGb,
    caching: disk.caching ?? CachingType.READ_ONLY,
    managedDisk: { storageAccountType: disk.storageAccountType ?? DataDiskStorageAccountType.STANDARD_LRS },
  };
}

function containerConfiguration(config: ContainerConfiguration): object {
  return {
    type: config.type ?? ContainerType.DOCKER_COMPATIBLE,
    containerImageNames: config.containerImageNames,
    containerRegistries: config.containerRegistries?.map((registry) => ({
      registryServer: registry.registryServer,
      username: registry.userName,
      password: registry.password,
      identityReference: identityReference(registry.userAssignedIdentityId),
    })),
  };
}

function startTask(task: StartTask): object {
  return {
    commandLine: task.commandLine,
    waitForSuccess: task.waitForSuccess ?? true,
    maxTaskRetryCount: task.maxTaskRetryCount,
    environmentSettings: task.environment ? nameValueList(task.environment) : undefined,
    userIdentity: {
      autoUser: {
        elevationLevel: task.elevationLevel ?? ElevationLevel.NON_ADMIN,
        scope: task.autoUserScope ?? AutoUserScope.POOL,
      },
    },
    resourceFiles: task.resourceFiles?.map(resourceFile),
  };
}

function resourceFile(file: ResourceFile): object {
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

function networkConfiguration(props: CustomImageBatchPoolProps): object | undefined {
  const natPools = props.inboundNatPools ?? [];
  if (props.subnetId === undefined && natPools.length === 0 && props.publicIpAddressProvisioning === undefined) return undefined;
  return {
    subnetId: props.subnetId,
    publicIPAddressConfiguration:
      props.publicIpAddressProvisioning !== undefined
        ? { provision: props.publicIpAddressProvisioning, ipAddressIds: props.publicIpAddressIds }
        : undefined,
    endpointConfiguration: natPools.length > 0 ? { inboundNatPools: natPools.map(inboundNatPool) } : undefined,
  };
}

function inboundNatPool(pool: InboundNatPool): object {
  return {
    name: pool.name,
    protocol: pool.protocol,
    backendPort: pool.backendPort,
    frontendPortRangeStart: pool.frontendPortRangeStart,
    frontendPortRangeEnd: pool.frontendPortRangeEnd,
    networkSecurityGroupRules: pool.networkSecurityGroupRules?.map((rule) => ({
      priority: rule.priority,
      access: rule.access,
      sourceAddressPrefix: rule.sourceAddressPrefix,
      sourcePortRanges: rule.sourcePortRanges ?? ['*'],
    })),
  };
}

function identityReference(resourceId: string | undefined): object | undefined {
  return resourceId !== undefined ? { resourceId } : undefined;
}

/** `{ name: value }` as the Batch API's list of `{ name, value }` pairs. */
function nameValueList(map: { [name: string]: string }): object[] {
  return Object.entries(map).map(([name, value]) => ({ name, value }));
}
