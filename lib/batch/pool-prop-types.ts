import { IConstruct } from 'constructs';
import { CachingType } from '../core/caching-type';
import {
  isRecord,
  optionalArray,
  optionalBoolean,
  optionalEnumValue,
  optionalNumber,
  optionalObject,
  optionalString,
  optionalStringArray,
  optionalStringMap,
  requireConstruct,
  requireNumber,
  requireObject,
  requireString,
} from '../core/guards';
import type { CustomImageBatchPoolProps } from './custom-image-batch-pool-props';
import { PoolRollout } from '../spec/pool-rollout';
import { ContainerType, DataDiskStorageAccountType, NodeFillType, PublicIpAddressProvisioning } from './pool-settings';
import { AutoUserScope, ElevationLevel } from './start-task';

/**
 * Checks that every prop of a `CustomImageBatchPool` has its type (present when required, the
 * right kind of value, a member of its enum), so the range and consistency checks after it read
 * well-typed values. NAT pools are checked with their other rules (`validateInboundNatPools`).
 */
export function checkPoolPropTypes(scope: IConstruct, props: CustomImageBatchPoolProps): void {
  requireObject(scope, 'props', props, 'pass the pool props { account, image, poolName, vmSize, nodeAgentSkuId, scale }');
  requireConstruct(
    scope,
    'account',
    props.account,
    'IBatchAccount',
    { strings: ['accountName', 'resourceGroupName'], methods: ['describeAccount'] },
    'pass a Batch account (new BatchAccount(...) or BatchAccount.fromBatchAccountId(...))',
  );
  requireConstruct(
    scope,
    'image',
    props.image,
    'IBatchPoolImage',
    { strings: ['imageId'], methods: ['describeImage'] },
    'pass the custom image the nodes boot (e.g. a GalleryImageVersion or a ManagedImageFromSnapshots)',
  );
  requireString(scope, 'poolName', props.poolName, "use 1-64 letters, digits, '-' and '_', e.g. 'render-pool'");
  optionalEnumValue(scope, 'rollout', props.rollout, PoolRollout, 'PoolRollout');
  optionalString(scope, 'displayName', props.displayName, 'pass a display name of at most 1024 characters');
  requireString(scope, 'vmSize', props.vmSize, "pass a VM size such as 'Standard_D4s_v5'");
  requireString(scope, 'nodeAgentSkuId', props.nodeAgentSkuId, "pass the SKU matching the image's OS, e.g. NodeAgentSku.UBUNTU_22_04");
  optionalArray(scope, 'inboundNatPools', props.inboundNatPools, 'pass a list of NAT pools, or leave inboundNatPools out');
  optionalString(scope, 'subnetId', props.subnetId, 'pass the resource ID of a virtual network subnet');
  optionalEnumValue(scope, 'publicIpAddressProvisioning', props.publicIpAddressProvisioning, PublicIpAddressProvisioning, 'PublicIpAddressProvisioning');
  optionalStringArray(scope, 'publicIpAddressIds', props.publicIpAddressIds, 'pass a list of public IP address resource IDs');
  checkStartTask(scope, props.startTask);
  optionalNumber(scope, 'maxTasksPerNode', props.maxTasksPerNode, 'pass a whole number from 1 to 256');
  optionalEnumValue(scope, 'taskSchedulingPolicy', props.taskSchedulingPolicy, NodeFillType, 'NodeFillType');
  optionalBoolean(scope, 'interNodeCommunication', props.interNodeCommunication);
  optionalStringArray(scope, 'userAssignedIdentityIds', props.userAssignedIdentityIds, 'pass a list of user-assigned identity resource IDs');
  optionalStringMap(scope, 'metadata', props.metadata);
  checkContainerConfiguration(scope, props.containerConfiguration);
  optionalArray(scope, 'dataDisks', props.dataDisks, 'pass a list of data disks, or leave dataDisks out', (disk, at) => {
    requireObject(scope, at, disk, 'pass { lun, diskSizeGb }');
    requireNumber(scope, `${at}.lun`, disk.lun, 'pass a whole number from 0 to 63');
    requireNumber(scope, `${at}.diskSizeGb`, disk.diskSizeGb, 'pass a whole number of GiB from 1 to 32767');
    optionalEnumValue(scope, `${at}.caching`, disk.caching as CachingType | undefined, CachingType, 'CachingType');
    optionalEnumValue(scope, `${at}.storageAccountType`, disk.storageAccountType as string | undefined, DataDiskStorageAccountType, 'DataDiskStorageAccountType');
  });
}

function checkStartTask(scope: IConstruct, task: unknown): void {
  optionalObject(scope, 'startTask', task, "pass { commandLine: '...' }, or leave startTask out");
  if (!isRecord(task)) return;
  requireString(scope, 'startTask.commandLine', task.commandLine, "pass the command to run, e.g. '/bin/sh -c \"./setup.sh\"'");
  optionalEnumValue(scope, 'startTask.elevationLevel', task.elevationLevel as string | undefined, ElevationLevel, 'ElevationLevel');
  optionalEnumValue(scope, 'startTask.autoUserScope', task.autoUserScope as string | undefined, AutoUserScope, 'AutoUserScope');
  optionalBoolean(scope, 'startTask.waitForSuccess', task.waitForSuccess);
  optionalNumber(scope, 'startTask.maxTaskRetryCount', task.maxTaskRetryCount, 'pass a whole number >= 0, or -1 to retry without limit');
  optionalStringMap(scope, 'startTask.environment', task.environment);
  const fileFix = 'pass ResourceFile.fromHttpUrl(...), fromStorageContainerUrl(...) or fromAutoStorageContainer(...)';
  optionalArray(scope, 'startTask.resourceFiles', task.resourceFiles, fileFix, (file, at) => {
    requireObject(scope, at, file, fileFix);
    for (const field of ['httpUrl', 'storageContainerUrl', 'autoStorageContainerName', 'filePath', 'blobPrefix', 'fileMode', 'userAssignedIdentityId']) {
      optionalString(scope, `${at}.${field}`, file[field], fileFix);
    }
  });
}

function checkContainerConfiguration(scope: IConstruct, config: unknown): void {
  optionalObject(scope, 'containerConfiguration', config, 'pass { type, containerImageNames, containerRegistries }, or leave containerConfiguration out');
  if (!isRecord(config)) return;
  optionalEnumValue(scope, 'containerConfiguration.type', config.type as string | undefined, ContainerType, 'ContainerType');
  optionalStringArray(scope, 'containerConfiguration.containerImageNames', config.containerImageNames, 'pass a list of container image names');
  const registryFix = "pass { registryServer: 'myregistry.azurecr.io', ... }";
  optionalArray(scope, 'containerConfiguration.containerRegistries', config.containerRegistries, registryFix, (registry, at) => {
    requireObject(scope, at, registry, registryFix);
    requireString(scope, `${at}.registryServer`, registry.registryServer, registryFix);
    for (const field of ['userName', 'password', 'userAssignedIdentityId']) optionalString(scope, `${at}.${field}`, registry[field], registryFix);
  });
}
