/** Where each resource type's official schema is, below ../shared/arm-schemas. */
export const RESOURCE_SCHEMAS: { [type: string]: string } = {
  'Microsoft.Compute/images': '2025-04-01/Microsoft.Compute.json#/resourceDefinitions/images',
  'Microsoft.Compute/galleries': '2025-03-03/Microsoft.Compute.json#/resourceDefinitions/galleries',
  'Microsoft.Compute/galleries/images': '2025-03-03/Microsoft.Compute.json#/resourceDefinitions/galleries_images',
  'Microsoft.Compute/galleries/images/versions': '2025-03-03/Microsoft.Compute.json#/resourceDefinitions/galleries_images_versions',
  'Microsoft.Batch/batchAccounts': '2025-06-01/Microsoft.Batch.json#/resourceDefinitions/batchAccounts',
  'Microsoft.Batch/batchAccounts/pools': '2025-06-01/Microsoft.Batch.json#/resourceDefinitions/batchAccounts_pools',
};

/**
 * Resource types the output declares without a schema in ../shared/arm-schemas, and why. The
 * schema tests skip them explicitly; test/arm/locks.test.ts checks their documented shape.
 */
export const WITHOUT_SCHEMA: { [type: string]: string } = {
  'Microsoft.Authorization/locks': "preventDestroy's CanNotDelete lock on an image; the Microsoft.Authorization schema is not in ../shared/arm-schemas",
  'Microsoft.Compute/snapshots': "DiskSnapshot; the disk resource provider's schema (snapshots 2024-03-02) is not in ../shared/arm-schemas (test/arm/disk-snapshot.test.ts checks its documented shape)",
};

/** True for the resources the schema tests validate: neither nested deployments nor types without a schema here. */
export function hasSchema(resource: any): boolean {
  return resource.type !== NESTED_DEPLOYMENT && WITHOUT_SCHEMA[resource.type] === undefined;
}

/** The deployment template envelope's schema. */
export const DEPLOYMENT_TEMPLATE = '2019-04-01/deploymentTemplate.json#';

/** Nested deployments: no schema here; their templates are checked as templates. */
export const NESTED_DEPLOYMENT = 'Microsoft.Resources/deployments';

/** The resource as its type's schema sees it: `dependsOn` belongs to the template, not to the resource type. */
export function withoutTemplateKeys(resource: any): any {
  const { dependsOn: _dependsOn, ...rest } = resource;
  return rest;
}
