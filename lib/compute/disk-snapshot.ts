import { Snapshot as AzurermSnapshot } from '@cdktf/provider-azurerm/lib/snapshot';
import { Construct } from 'constructs';
import { ProblemList } from '../core/errors';
import { optionalBoolean, optionalString, optionalStringMap, requireObject, requireString } from '../core/guards';
import { validateLocation } from '../core/location';
import { validateResourceGroupName } from '../core/resource-id';
import { isUnresolved } from '../core/tokens';
import { escapeTemplates } from '../core/template-escape';
import { CustomImagePoolChecks } from '../validation/checks';
import { tokenLineage } from '../validation/lineage';
import { DiskSnapshotSpec } from '../spec/disk-snapshot';
import { SourceDiskDescription } from '../spec/image';
import { registerSpec } from '../spec/registry';
import { parseDiskId } from './disk-id';
import { validateSnapshotName } from './disk-snapshot-name';
import { ISnapshot } from './snapshot';

/** Properties of a `DiskSnapshot`. */
export interface DiskSnapshotProps {
  /** Snapshot name: 1-80 letters, digits, `_` or `-`, e.g. `render-os-2026-12`. */
  readonly name: string;
  /** Resource group the snapshot is created in. */
  readonly resourceGroupName: string;
  /**
   * Region of the snapshot: the source disk's region (Azure copies a disk into a snapshot in
   * the disk's region), and the region of the image built from it.
   */
  readonly location: string;
  /**
   * Resource ID of the managed disk to copy
   * (`/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Compute/disks/{name}`), or a
   * Terraform token such as an `azurerm_managed_disk`'s `id`. Generalize the VM before taking
   * the snapshot (see https://learn.microsoft.com/azure/batch/batch-custom-images).
   */
  readonly sourceDiskId: string;
  /**
   * Region of the source disk, which an ID does not show. Lets AZB001 check that the snapshot
   * is created in the disk's region.
   * @default - unknown; that check is skipped
   */
  readonly sourceDiskLocation?: string;
  /**
   * Whether the source disk is encrypted with Azure Disk Encryption (BitLocker or dm-crypt
   * inside the guest). Its snapshots cannot become Batch custom images (see https://learn.microsoft.com/azure/batch/batch-custom-images), so
   * `ManagedImageFromSnapshots` rejects a snapshot declared so, as it rejects an imported one.
   * Server-side encryption is not Azure Disk Encryption and is fine.
   * @default - unknown; not checked
   * @see https://learn.microsoft.com/azure/batch/batch-custom-images
   */
  readonly azureDiskEncryption?: boolean;
  /**
   * Take an incremental snapshot: only the changes since the disk's previous snapshot are
   * stored (billed by used size), which suits a monthly refresh of the same disk. Azure always
   * creates incremental snapshots on Standard HDD storage.
   * @default false - a full snapshot
   * @see https://learn.microsoft.com/azure/virtual-machines/disks-incremental-snapshots
   */
  readonly incremental?: boolean;
  /** Resource tags. @default - none */
  readonly tags?: { [key: string]: string };
}

/**
 * A snapshot of a managed disk, taken by this app (`azurerm_snapshot` with create option
 * `Copy`): the first step of the image workflow Azure Batch recommends (https://learn.microsoft.com/azure/batch/batch-custom-images). Pass it to
 * `ManagedImageFromSnapshots` like a snapshot referenced with `Snapshot.fromSnapshotId`.
 *
 * Its lineage is the source disk's: images built from two snapshots of one disk (this month's
 * and last month's) share Azure's custom-image node limits (AZB003/AZB004) and count
 * as one image for AZW103.
 *
 * @example
 * const osDisk = new DiskSnapshot(stack, 'OsDiskSnapshot', {
 *   name: 'render-os-2026-12', resourceGroupName: 'rg-batch-images', location: 'westeurope', incremental: true,
 *   sourceDiskId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-build/providers/Microsoft.Compute/disks/render-vm-os',
 *   sourceDiskLocation: 'westeurope',
 * });
 * new ManagedImageFromSnapshots(stack, 'RenderImage', {
 *   name: 'img-render-2026-12', resourceGroupName: 'rg-batch-images', location: 'westeurope', osType: OsType.LINUX,
 *   osDiskSnapshot: osDisk,
 * });
 *
 * @see https://learn.microsoft.com/azure/batch/batch-custom-images
 * @see https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/snapshot
 */
export class DiskSnapshot extends Construct implements ISnapshot {
  /** ARM resource ID of the snapshot (a Terraform token, known after apply). */
  public readonly snapshotId: string;
  /** Snapshot name. */
  public readonly name?: string;
  /** Resource group of the snapshot. */
  public readonly resourceGroupName?: string;
  /** Always undefined: the snapshot is created in the azurerm provider's subscription. */
  public readonly subscriptionId?: string;
  /** Region of the snapshot. */
  public readonly location?: string;
  /** Azure Disk Encryption of the source disk, when declared. */
  public readonly azureDiskEncryption?: boolean;
  /** The disk the snapshot copies: its ID, and its region and subscription when known. */
  public readonly sourceDisk?: SourceDiskDescription;
  /**
   * The source disk's lineage: `disk:` and the lower-cased disk ID, or for a token ID the
   * Terraform expression it stands for (`disk-token:<stack>:<expression>`).
   */
  public readonly lineage: string;
  /** The underlying `azurerm_snapshot` resource. */
  public readonly resource: AzurermSnapshot;

  constructor(scope: Construct, id: string, props: DiskSnapshotProps) {
    super(scope, id);
    checkDiskSnapshotPropTypes(this, props);
    const problems = new ProblemList(this);
    problems.collect(() => validateSnapshotName(this, props.name));
    if (!isUnresolved(props.resourceGroupName)) problems.collect(() => validateResourceGroupName(props.resourceGroupName));
    problems.collect(() => validateLocation(props.location));
    if (props.sourceDiskLocation !== undefined) problems.collect(() => validateLocation(props.sourceDiskLocation!));
    const disk = isUnresolved(props.sourceDiskId) ? undefined : problems.collectValue(() => parseDiskId(props.sourceDiskId));
    problems.throwIfAny();
    this.name = props.name;
    this.resourceGroupName = props.resourceGroupName;
    this.location = props.location;
    this.azureDiskEncryption = props.azureDiskEncryption;

    if (disk === undefined) {
      // Known only at plan time: the same Terraform expression is the same disk.
      this.lineage = tokenLineage(this, 'disk', props.sourceDiskId);
      this.sourceDisk = { diskId: props.sourceDiskId, location: props.sourceDiskLocation };
    } else {
      this.lineage = `disk:${disk.normalized}`;
      this.sourceDisk = { diskId: props.sourceDiskId, location: props.sourceDiskLocation, subscriptionId: disk.subscriptionId };
    }

    const spec: DiskSnapshotSpec = {
      constructPath: this.node.path,
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      sourceDiskId: props.sourceDiskId,
      incremental: props.incremental ?? false,
      tags: props.tags,
    };
    this.resource = new AzurermSnapshot(this, 'Resource', escapeTemplates({
      name: spec.name,
      resourceGroupName: spec.resourceGroupName,
      location: spec.location,
      createOption: 'Copy',
      sourceUri: spec.sourceDiskId,
      incrementalEnabled: spec.incremental,
      tags: spec.tags,
    }));
    this.snapshotId = this.resource.id;
    registerSpec(this, () => ({ kind: 'DiskSnapshot', spec }), () => this.snapshotId);
    CustomImagePoolChecks.ensureOn(this);
  }
}

function checkDiskSnapshotPropTypes(scope: Construct, props: DiskSnapshotProps): void {
  requireObject(scope, 'props', props, 'pass the snapshot props { name, resourceGroupName, location, sourceDiskId }');
  requireString(scope, 'name', props.name, "use 1-80 letters, digits, '_' or '-', e.g. 'render-os-2026-12'");
  requireString(scope, 'resourceGroupName', props.resourceGroupName, 'pass the name of the resource group to create the snapshot in');
  requireString(scope, 'location', props.location, "pass the source disk's Azure region, e.g. 'westeurope'");
  requireString(scope, 'sourceDiskId', props.sourceDiskId, "pass the disk's resource ID, /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Compute/disks/{name}");
  optionalString(scope, 'sourceDiskLocation', props.sourceDiskLocation, "pass the disk's Azure region, e.g. 'westeurope'");
  optionalBoolean(scope, 'azureDiskEncryption', props.azureDiskEncryption);
  optionalBoolean(scope, 'incremental', props.incremental);
  optionalStringMap(scope, 'tags', props.tags);
}
