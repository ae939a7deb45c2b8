import { Construct } from 'constructs';
import { declareArmResource } from '../arm/arm-resources';
import { managedImageArmResource } from '../arm/resources/managed-image';
import { ConstructValidationError, InvalidValueError, withConstructPath } from '../core/errors';
import { validateLocation } from '../core/location';
import { OsType } from '../core/os-type';
import { ResourceId } from '../core/resource-id';
import { isUnresolved } from '../core/tokens';
import { AppModel } from '../validation/app-model';
import { CustomImagePoolChecks } from '../validation/checks';
import { ImageDescription, ImageKind, SnapshotDescription } from '../validation/model';
import { imageDescription } from './batch-pool-image';
import { DataDiskSnapshot } from './data-disk-snapshot';
import { GalleryImageDefinition } from './gallery/image-definition';
import { GalleryImageVersion, PublishImageOptions } from './gallery/image-version';
import { publishManagedImage } from './gallery/publish';
import { validateDataDiskSnapshots } from './data-disk-validation';
import { HyperVGeneration } from './hyper-v-generation';
import { ImageProvisioning } from './image-provisioning';
import { checkImagePropTypes } from './image-prop-types';
import { ImageSpec } from './image-spec';
import { validateImageName } from './image-name';
import { createImageViaAzapi } from './image-via-azapi';
import { createImageViaManagedDisks } from './image-via-managed-disks';
import { IManagedImage } from './managed-image';
import { OsState } from './os-state';
import { ISnapshot, Snapshot } from './snapshot';
import { parseSnapshotId } from './snapshot-id';
import { StorageAccountType } from './storage-account-type';

/** Properties of a `ManagedImageFromSnapshots`. */
export interface ManagedImageFromSnapshotsProps {
  /**
   * Image name: 1-80 letters, digits, `_`, `.` or `-`, starting with a letter or digit and not
   * ending with `.` or `-`.
   * @see https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftcompute
   */
  readonly name: string;
  /** Resource group the image is created in. */
  readonly resourceGroupName: string;
  /**
   * Region of the image: the region of its snapshots, and of the Batch account whose pools use
   * it (see https://learn.microsoft.com/azure/batch/batch-custom-images). `West Europe` and `westeurope` are the same region.
   */
  readonly location: string;
  /** OS on the OS-disk snapshot. */
  readonly osType: OsType;
  /** Snapshot of the source VM's OS disk (see https://learn.microsoft.com/azure/batch/batch-custom-images). Its lineage becomes the image's. */
  readonly osDiskSnapshot: ISnapshot;
  /**
   * Snapshots of the source VM's data disks, each at its own LUN.
   * @default - no data disks
   */
  readonly dataDiskSnapshots?: DataDiskSnapshot[];
  /**
   * Subscription the image is created in. When given, the rules can compare it with the Batch
   * account's subscription (see https://learn.microsoft.com/azure/batch/batch-custom-images). With `ImageProvisioning.VIA_MANAGED_DISKS` the azurerm
   * provider's subscription is used regardless, so this must be that subscription.
   * @default - the subscription the azurerm provider deploys to, read at plan time
   *   (`data.azurerm_client_config`); the subscription rules are then skipped
   */
  readonly subscriptionId?: string;
  /**
   * Whether the OS disk was generalized. Managed images must be generalized (see https://learn.microsoft.com/azure/virtual-machines/generalize), so
   * `OsState.SPECIALIZED` is rejected; generalize the VM before taking the snapshot.
   * @default OsState.GENERALIZED
   * @see https://learn.microsoft.com/azure/virtual-machines/generalize
   */
  readonly osState?: OsState;
  /**
   * Hyper-V generation of the VMs the image boots. It must match the source VM's: a wrong
   * generation gives an image whose nodes do not boot. V2 is the default because current
   * Azure Marketplace images, the recommended base for Batch custom images, are Generation 2,
   * and Azure cannot always deduce the generation from a snapshot; set V1 for a Generation 1
   * source VM.
   * @default HyperVGeneration.V2
   * @see https://learn.microsoft.com/azure/virtual-machines/generation-2
   */
  readonly hyperVGeneration?: HyperVGeneration;
  /**
   * Whether the image is stored zone-redundantly; only in regions with zone-redundant storage.
   * @default false (Azure's default)
   */
  readonly zoneResilient?: boolean;
  /**
   * Storage type of the image's disks (and, with `VIA_MANAGED_DISKS`, of the disk copies).
   * @default StorageAccountType.STANDARD_LRS
   */
  readonly storageAccountType?: StorageAccountType;
  /**
   * Tags of the image (and of the disk copies).
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
  /**
   * Adds Terraform's `lifecycle { prevent_destroy = true }` to the image, and in the ARM/Bicep
   * output (`ArmSynthesizer`) a `CanNotDelete` management lock on it (creating a lock needs
   * `Microsoft.Authorization/locks/write`, e.g. the Owner role, not Contributor). Pools need
   * their image for as long as they exist: if it is deleted, scaling up fails with
   * `AllocationFailed` (see https://learn.microsoft.com/azure/batch/batch-custom-images).
   * @default false
   * @see https://learn.microsoft.com/azure/batch/batch-custom-images
   */
  readonly preventDestroy?: boolean;
  /**
   * How the image is created in Terraform.
   * @default ImageProvisioning.AZAPI
   */
  readonly provisioning?: ImageProvisioning;
}

/**
 * A managed image built from snapshots of a VM's OS disk and, optionally, its data disks:
 * the way Azure Batch recommends to create a custom image (see https://learn.microsoft.com/azure/batch/batch-custom-images).
 *
 * Creating the construct checks the props Azure would reject and throws naming the construct,
 * the value and the fix; values that are Terraform tokens skip the checks they prevent.
 *
 * The source VM must meet what the snapshots cannot show (see https://learn.microsoft.com/azure/batch/batch-custom-images): no Azure VM extensions
 * installed on it (such as the Custom Script extension; Batch may fail to deploy pools from an
 * image with preinstalled extensions), and no Azure Disk Encryption on its OS disk (rejected
 * here when a snapshot declares `azureDiskEncryption: true`; server-side encryption is fine).
 * Generalize it before taking the snapshots (see https://learn.microsoft.com/azure/virtual-machines/generalize).
 *
 * @see https://learn.microsoft.com/azure/batch/batch-custom-images
 * @see https://learn.microsoft.com/azure/batch/batch-custom-images#prepare-a-vm
 *
 * @example
 * const snapshots = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-batch-images/providers/Microsoft.Compute/snapshots';
 * const image = new ManagedImageFromSnapshots(stack, 'RenderImage', {
 *   name: 'img-render', resourceGroupName: 'rg-batch-images', location: 'westeurope', osType: OsType.LINUX,
 *   osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'Os', `${snapshots}/render-os`, { location: 'westeurope' }),
 *   dataDiskSnapshots: [{ lun: 0, snapshot: Snapshot.fromSnapshotId(stack, 'Data', `${snapshots}/render-data`) }],
 *   preventDestroy: true,
 * });
 * const version = image.publishTo(definition, { version: '1.0.0' }); // Batch pools need a gallery image
 */
export class ManagedImageFromSnapshots extends Construct implements IManagedImage {
  /** ARM resource ID of the image (a Terraform token, known after apply). */
  public readonly imageId: string;
  /** Image name. */
  public readonly imageName: string;
  /** Always `ImageKind.MANAGED_IMAGE`. */
  public readonly imageKind: ImageKind = ImageKind.MANAGED_IMAGE;
  /** Always true: this app creates the image and keeps it alive for its pools (see https://learn.microsoft.com/azure/batch/batch-custom-images). */
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
  /** The OS-disk snapshot's lineage: images from one snapshot share node limits (see https://learn.microsoft.com/azure/batch/batch-custom-images#considerations-for-large-pools). */
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

    const spec: ImageSpec = {
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
      osDiskSnapshot: this.osDiskSnapshot,
      dataDiskSnapshots: this.dataDiskSnapshots,
    };
    this.imageId =
      this.provisioning === ImageProvisioning.VIA_MANAGED_DISKS
        ? createImageViaManagedDisks(this, spec)
        : createImageViaAzapi(this, spec);
    declareArmResource(this, () => managedImageArmResource(spec, this.imageId));

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

  private validate(props: ManagedImageFromSnapshotsProps, osState: OsState): void {
    validateImageName(this, props.name);
    withConstructPath(this, () => validateLocation(props.location));
    this.validateScope(props);
    if (osState === OsState.SPECIALIZED) {
      throw new ConstructValidationError(
        this,
        `osState '${osState}' is not supported: managed images must be Generalized (see https://learn.microsoft.com/azure/virtual-machines/generalize); ` +
          "generalize the source VM (Sysprep on Windows, 'waagent -deprovision+user' on Linux) before taking the snapshot and use OsState.GENERALIZED.",
      );
    }
    validateSnapshot(this, 'osDiskSnapshot', props.osDiskSnapshot);
    this.dataDiskSnapshots.forEach((disk, i) => validateSnapshot(this, `dataDiskSnapshots[${i}].snapshot`, disk.snapshot));
    validateDataDiskSnapshots(this, this.dataDiskSnapshots);
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
        names: [known(props.name, 'image')],
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
 * the Azure Disk Encryption flag (see https://learn.microsoft.com/azure/batch/batch-custom-images).
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
    throw new ConstructValidationError(
      scope,
      `${prop} '${snapshot.snapshotId}' is encrypted with Azure Disk Encryption, which Batch custom images do not support (see https://learn.microsoft.com/azure/batch/batch-custom-images); ` +
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
  };
}
