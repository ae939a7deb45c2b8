import { Construct } from 'constructs';
import { ResourceId } from '../core/resource-id';
import { AzapiResource } from '../providers/azapi/resource';
import { ensureAzapiProvider } from './azapi-provider-of-stack';
import { providerSubscriptionId } from './azurerm-client-config';
import { IMAGE_AZAPI_TYPE, managedImageBody } from '../spec/managed-image-body';
import { ManagedImageSpec } from '../spec/managed-image';
import { escapeTemplates } from '../core/template-escape';

/**
 * Creates the image as one `azapi_resource` whose body points at the snapshots, as the Azure
 * Batch documentation describes. Returns the image's resource ID.
 *
 * @see https://learn.microsoft.com/rest/api/compute/images/create-or-update
 */
export function createImageViaAzapi(scope: Construct, spec: ManagedImageSpec): string {
  ensureAzapiProvider(scope);
  const resource = new AzapiResource(scope, 'Resource', escapeTemplates({
    type: IMAGE_AZAPI_TYPE,
    name: spec.name,
    parentId: ResourceId.formatResourceGroupId(spec.subscriptionId ?? providerSubscriptionId(scope), spec.resourceGroupName),
    location: spec.location,
    tags: spec.tags,
    body: managedImageBody(spec),
    lifecycle: spec.preventDestroy ? { preventDestroy: true } : undefined,
  }));
  return resource.id;
}
