import { ManagedImageSpec } from './managed-image';

/*
 * The body of `Microsoft.Compute/images` is the one rendering two readers share: the azapi
 * Terraform resource sends it and the ARM output declares it. It lives beside the spec so that
 * neither reader imports the other.
 */

/** ARM type and API version of the image resource (schema: 2025-04-01/Microsoft.Compute.json). */
export const IMAGE_AZAPI_TYPE = 'Microsoft.Compute/images@2025-04-01';

/** The image's ARM body (`{ properties }`, in ARM's camelCase): azapi sends it, the ARM output declares it. */
export function managedImageBody(spec: ManagedImageSpec): { [key: string]: any } {
  const dataDisks = spec.dataDisks.map((disk) => ({
    lun: disk.lun,
    snapshot: { id: disk.snapshotId },
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
          snapshot: { id: spec.osDiskSnapshotId },
          storageAccountType: spec.storageAccountType,
        },
        ...(dataDisks.length > 0 ? { dataDisks } : {}),
        ...(spec.zoneResilient !== undefined ? { zoneResilient: spec.zoneResilient } : {}),
      },
    },
  };
}
