import { Construct } from 'constructs';
import { ResourceId } from '../core/resource-id';
import { AzapiResource } from '../providers/azapi/resource';
import { ensureAzapiProvider } from './azapi-provider-of-stack';
import { providerSubscriptionId } from './azurerm-client-config';
import { ImageSpec } from './image-spec';
import { escapeTemplates } from '../core/template-escape';

/** ARM type and API version of the image resource (schema: 2025-04-01/Microsoft.Compute.json). */
export const IMAGE_AZAPI_TYPE = 'Microsoft.Compute/images@2025-04-01';

/**
 * Creates the image as one `azapi_resource` whose body points at the snapshots, as the Azure
 * Batch documentation describes. Returns the image's resource ID.
 *
 * @see https://learn.microsoft.com/rest/api/compute/images/create-or-update
 */
export function createImageViaAzapi(scope: Construct, spec: ImageSpec): string {
  ensureAzapiProvider(scope);
  const resource = new AzapiResource(scope, 'Resource', escapeTemplates({
    type: IMAGE_AZAPI_TYPE,
    name: spec.name,
    parentId: ResourceId.formatResourceGroupId(spec.subscriptionId ?? providerSubscriptionId(scope), spec.resourceGroupName),
    location: spec.location,
    tags: spec.tags,
    body: imageBody(spec),
    lifecycle: spec.preventDestroy ? { preventDestroy: true } : undefined,
  }));
  return resource.id;
}

/** The image's ARM body (`{ properties }`, in ARM's camelCase): azapi sends it, the ARM output declares it. */
export function imageBody(spec: ImageSpec): { [key: string]: any } {
  const dataDisks = spec.dataDiskSnapshots.map((disk) => ({
    lun: disk.lun,
    snapshot: { id: disk.snapshot.snapshotId },
    storageAccountType: spec.storageAccountType,
    ...(disk.caching !== undefined ? { caching: disk.caching } : {}),
    ...(disk.sizeGb !== undefined ? { diskSizeGB: disk.sizeGb } : {}),
  }));
  return {
    properties: {
      hyperVGeneration: spec.hyperVGeneration,
      storageProfile: {
        osDisk: {
          osType: spec.osType,
          osState: spec.osState,
          snapshot: { id: spec.osDiskSnapshot.snapshotId },
          storageAccountType: spec.storageAccountType,
        },
        ...(dataDisks.length > 0 ? { dataDisks } : {}),
        ...(spec.zoneResilient !== undefined ? { zoneResilient: spec.zoneResilient } : {}),
      },
    },
  };
}
