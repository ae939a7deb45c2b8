import { Image } from '@cdktf/provider-azurerm/lib/image';
import { ManagedDisk } from '@cdktf/provider-azurerm/lib/managed-disk';
import { Construct } from 'constructs';
import { isUnresolved } from '../core/tokens';
import { ManagedImageSpec } from '../spec/managed-image';
import { escapeTemplates } from '../core/template-escape';

/** Longest managed disk name Azure accepts. */
const MAX_DISK_NAME = 80;

/**
 * Creates the image with azurerm only: `azurerm_image` cannot read a snapshot, so each
 * snapshot is first copied into an `azurerm_managed_disk` and the image is built from the
 * copies. Returns the image's resource ID.
 *
 * @see https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/image
 */
export function createImageViaManagedDisks(scope: Construct, spec: ManagedImageSpec): string {
  const copy = (id: string, suffix: string, snapshotId: string, osDisk: boolean) =>
    new ManagedDisk(scope, id, escapeTemplates({
      name: diskName(spec.name, suffix),
      resourceGroupName: spec.resourceGroupName,
      location: spec.location,
      storageAccountType: spec.storageAccountType,
      createOption: 'Copy',
      sourceResourceId: snapshotId,
      ...(osDisk ? { osType: spec.osType, hyperVGeneration: spec.hyperVGeneration } : {}),
      tags: spec.tags,
    }));

  const osDisk = copy('OsDisk', '-osdisk', spec.osDiskSnapshotId, true);
  const dataDisks = spec.dataDisks.map((disk, index) => ({
    disk,
    copy: copy(`DataDisk${index}`, `-datadisk${index}`, disk.snapshotId, false),
  }));

  const image = new Image(scope, 'Resource', escapeTemplates({
    name: spec.name,
    resourceGroupName: spec.resourceGroupName,
    location: spec.location,
    hyperVGeneration: spec.hyperVGeneration,
    zoneResilient: spec.zoneResilient,
    tags: spec.tags,
    osDisk: {
      osType: spec.osType,
      osState: spec.osState,
      managedDiskId: osDisk.id,
      storageType: spec.storageAccountType,
    },
    dataDisk: dataDisks.map(({ disk, copy: managedDisk }) => ({
      lun: disk.lun,
      managedDiskId: managedDisk.id,
      storageType: spec.storageAccountType,
      caching: disk.caching,
      sizeGb: disk.sizeGb,
    })),
    lifecycle: spec.preventDestroy ? { preventDestroy: true } : undefined,
  }));
  return image.id;
}

/** `<image name><suffix>`, shortening a known image name so the disk name fits 80 characters. */
function diskName(imageName: string, suffix: string): string {
  if (isUnresolved(imageName)) return `${imageName}${suffix}`;
  return `${imageName.slice(0, MAX_DISK_NAME - suffix.length)}${suffix}`;
}
