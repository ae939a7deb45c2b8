import { Construct } from 'constructs';
import { ConstructValidationError, InvalidValueError, ProblemList } from '../core/errors';
import { validateLocation } from '../core/location';
import { OsType } from '../core/os-type';
import { ResourceId } from '../core/resource-id';
import { isUnresolved } from '../core/tokens';
import { ManagedImageSpec } from '../spec/managed-image';
import { registerSpec } from '../spec/registry';
import { AppModel } from '../validation/app-model';
import { CustomImagePoolChecks } from '../validation/checks';
import { ImageDescription, ImageKind, SnapshotDescription } from '../spec/image';
import { named } from '../validation/wording';
import { imageDescription } from './batch-pool-image';
import { DataDiskSnapshot } from './data-disk-snapshot';
import { validateDataDiskSnapshots } from './data-disk-validation';
import { GalleryImageDefinition } from './gallery/image-definition';
import { GalleryImageVersion, PublishImageOptions } from './gallery/image-version';
import { publishManagedImage } from './gallery/publish';
import { HyperVGeneration } from './hyper-v-generation';
import { validateImageName } from './image-name';
import { checkImagePropTypes } from './image-prop-types';
import { ImageProvisioning } from './image-provisioning';
import { createImageViaAzapi } from './image-via-azapi';
import { createImageViaManagedDisks } from './image-via-managed-disks';
import { IManagedImage } from './managed-image';
import { ManagedImageFromSnapshotsProps } from './managed-image-from-snapshots-props';
import { OsState } from './os-state';
import { ISnapshot, Snapshot } from './snapshot';
import { parseSnapshotId } from './snapshot-id';
import { StorageAccountType } from './storage-account-type';

// The props live in their own file, which the prop checks read without importing the construct.
export * from './managed-image-from-snapshots-props';

/**
 * A managed image built from snapshots of a VM's OS disk and, optionally, its data disks:
 * the way Azure Batch recommends to create a custom image (fact F2).
 *
 * Creating the construct checks the props Azure would reject and throws naming the construct,
 * the value and the fix; values that are Terraform tokens skip the checks they prevent.
 *
 * The source VM must meet what the snapshots cannot show (fact F13): no Azure VM extensions
 * installed on it (such as the Custom Script extension; Batch may fail to deploy pools from an
 * image with preinstalled extensions), and no Azure Disk Encryption on its OS disk (rejected
 * here when a snapshot declares `azureDiskEncryption: true`; server-side encryption is fine).
 * Generalize it before taking the snapshots (fact F12).
 *
 * @see https://learn.microsoft.com/azure/batch/batch-custom-images
 * @see https://learn.microsoft.com/azure/batch/batch-custom-images#prepare-a-vm
 */
export class ManagedImageFromSnapshots extends Construct implements IManagedImage {
  /** ARM resource ID of the image (a Terraform token, known after apply). */
  public readonly imageId: string;
  /** Image name. */
  public readonly imageName: string;
  /** Always `ImageKind.MANAGED_IMAGE`. */
  public readonly imageKind: ImageKind = ImageKind.MANAGED_IMAGE;
  /** Always true: this app creates the image and keeps it alive for its pools (fact F3). */
  public readonly managedInApp: boolean = true;
  /** Resource group of the image. */
  public readonly resourceGroupName?: string;
  /** Region of the image. */
  public readonly location?: string;
  /** OS of the image. */
  public readonly osType?: OsType;
  /** Hyper-V generation of the image. */
  public readonly hyperVGeneration?: HyperVGeneration;
  /** The subscription, when given in the props. */
  public readonly subscriptionId?: string;
  /** The OS-disk snapshot's lineage: images from one snapshot share node limits (fact F4). */
  public readonly lineage: string;
  /** Provisioning mode in use. */
  public readonly provisioning: ImageProvisioning;

  private readonly osDiskSnapshot: ISnapshot;
  private readonly dataDiskSnapshots: DataDiskSnapshot[];

  constructor(scope: Construct, id: string, props: ManagedImageFromSnapshotsProps) {
    super(scope, id);
    checkImagePropTypes(this, props);
    const osState = props.osState ?? OsState.GENERALIZED;
    this.imageName = props.name;
    this.resourceGroupName = props.resourceGroupName;
    this.location = props.location;
    this.osType = props.osType;
    this.hyperVGeneration = props.hyperVGeneration ?? HyperVGeneration.V2;
    this.subscriptionId = props.subscriptionId;
    this.provisioning = props.provisioning ?? ImageProvisioning.AZAPI;
    this.osDiskSnapshot = props.osDiskSnapshot;
    this.dataDiskSnapshots = props.dataDiskSnapshots ?? [];
    this.lineage = props.osDiskSnapshot.lineage;

    this.validate(props, osState);

    const spec: ManagedImageSpec = {
      constructPath: this.node.path,
      name: props.name,
      location: props.location,
      resourceGroupName: props.resourceGroupName,
      subscriptionId: props.subscriptionId,
      osType: props.osType,
      osState,
      hyperVGeneration: this.hyperVGeneration,
      storageAccountType: props.storageAccountType ?? StorageAccountType.STANDARD_LRS,
      zoneResilient: props.zoneResilient,
      tags: props.tags,
      preventDestroy: props.preventDestroy ?? false,
      osDiskSnapshotId: this.osDiskSnapshot.snapshotId,
      dataDisks: this.dataDiskSnapshots.map((disk) => ({
        lun: disk.lun,
        snapshotId: disk.snapshot.snapshotId,
        caching: disk.caching,
        sizeGb: disk.sizeGb,
      })),
    };
    this.imageId =
      this.provisioning === ImageProvisioning.VIA_MANAGED_DISKS
        ? createImageViaManagedDisks(this, spec)
        : createImageViaAzapi(this, spec);
    registerSpec(this, () => ({ kind: 'ManagedImage', spec }), () => this.imageId);

    AppModel.of(this).registerImage(this, () => this.describeImage());
    CustomImagePoolChecks.ensureOn(this);
  }

  /**
   * Publishes this image as a version of a Compute Gallery image definition, the form Azure
   * Batch accepts for custom-image pools since 31 March 2026. The image stays the version's
   * source: keep it.
   *
   * @see https://learn.microsoft.com/azure/batch/batch-sig-images
   */
  public publishTo(imageDefinition: GalleryImageDefinition, options: PublishImageOptions): GalleryImageVersion {
    return publishManagedImage(this, imageDefinition, options);
  }

  /** What the rules read: the image and every snapshot it is built from. */
  public describeImage(): ImageDescription {
    const snapshots = [this.osDiskSnapshot, ...this.dataDiskSnapshots.map((d) => d.snapshot)];
    return imageDescription(this, this.imageName, { snapshots: snapshots.map(describeSnapshot) });
  }

  /** Checks every value; one error lists all problems, each with the value and its fix. */
  private validate(props: ManagedImageFromSnapshotsProps, osState: OsState): void {
    const problems = new ProblemList(this);
    problems.collect(() => validateImageName(this, props.name));
    problems.collect(() => validateLocation(props.location));
    problems.collect(() => this.validateScope(props));
    if (osState === OsState.SPECIALIZED) {
      problems.add(
        `osState '${osState}' is not supported: managed images must be Generalized (F12); ` +
          "generalize the source VM (Sysprep on Windows, 'waagent -deprovision+user' on Linux) before taking the snapshot and use OsState.GENERALIZED.",
      );
    }
    problems.collect(() => validateSnapshot(this, 'osDiskSnapshot', props.osDiskSnapshot));
    this.dataDiskSnapshots.forEach((disk, i) =>
      problems.collect(() => validateSnapshot(this, `dataDiskSnapshots[${i}].snapshot`, disk.snapshot)),
    );
    problems.collect(() => validateDataDiskSnapshots(this, this.dataDiskSnapshots));
    problems.throwIfAny();
  }

  /** Subscription and resource group: checked together as the image's resource ID would be. */
  private validateScope(props: ManagedImageFromSnapshotsProps): void {
    // A part that is unknown (not given, or a token) is replaced by a valid placeholder, so the
    // known parts are still checked.
    const known = (value: string | undefined, placeholder: string) => (value === undefined || isUnresolved(value) ? placeholder : value);
    try {
      ResourceId.format({
        subscriptionId: known(props.subscriptionId, '00000000-0000-0000-0000-000000000000'),
        resourceGroupName: known(props.resourceGroupName, 'rg'),
        providerNamespace: 'Microsoft.Compute',
        types: ['images'],
        // The name has its own check (validateImageName); a placeholder keeps its problem from being reported twice.
        names: ['image'],
      });
    } catch (e) {
      if (!(e instanceof InvalidValueError)) throw e;
      throw new ConstructValidationError(
        this,
        `subscriptionId '${props.subscriptionId ?? '(provider default)'}' and resourceGroupName '${props.resourceGroupName}' do not make a valid image ID: ${e.message}`,
      );
    }
  }
}

/**
 * Checks an `ISnapshot` not made by `Snapshot.fromSnapshotId` (which checks its own ID) and
 * the Azure Disk Encryption flag (fact F13).
 */
function validateSnapshot(scope: Construct, prop: string, snapshot: ISnapshot): void {
  if (!(snapshot instanceof Snapshot) && !isUnresolved(snapshot.snapshotId)) {
    try {
      parseSnapshotId(snapshot.snapshotId);
    } catch (e) {
      if (!(e instanceof InvalidValueError)) throw e;
      throw new ConstructValidationError(scope, `${prop}: ${e.message}`);
    }
  }
  if (snapshot.azureDiskEncryption === true) {
    // A snapshot taken here has a token ID: name it, and the disk it copies, instead.
    const label = isUnresolved(snapshot.snapshotId) ? named(snapshot.name, snapshot.node.path) : `'${snapshot.snapshotId}'`;
    const disk = snapshot.sourceDisk;
    const of = disk !== undefined && !isUnresolved(disk.diskId) ? ` (a snapshot of disk '${disk.diskId}')` : '';
    throw new ConstructValidationError(
      scope,
      `${prop} ${label}${of} is encrypted with Azure Disk Encryption, which Batch custom images do not support (F13); ` +
        'take the snapshot from a disk without Azure Disk Encryption (server-side encryption is fine).',
    );
  }
}

function describeSnapshot(snapshot: ISnapshot): SnapshotDescription {
  return {
    constructPath: snapshot.node.path,
    snapshotId: snapshot.snapshotId,
    location: snapshot.location,
    subscriptionId: snapshot.subscriptionId,
    azureDiskEncryption: snapshot.azureDiskEncryption,
    ...(snapshot.sourceDisk !== undefined ? { sourceDisk: snapshot.sourceDisk } : {}),
  };
}
