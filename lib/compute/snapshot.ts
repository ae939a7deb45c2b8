import { Construct, IConstruct } from 'constructs';
import { ProblemList } from '../core/errors';
import { optionalBoolean, optionalString, requireObject, requireString } from '../core/guards';
import { validateLocation } from '../core/location';
import { isUnresolved } from '../core/tokens';
import { CustomImagePoolChecks } from '../validation/checks';
import { tokenLineage } from '../validation/lineage';
import { SourceDiskDescription } from '../spec/image';
import { parseSnapshotId } from './snapshot-id';

/**
 * A VM disk snapshot (`Microsoft.Compute/snapshots`) an image can be built from (see https://learn.microsoft.com/azure/batch/batch-custom-images).
 *
 * @see https://learn.microsoft.com/azure/batch/batch-custom-images
 */
export interface ISnapshot extends IConstruct {
  /** ARM resource ID of the snapshot (may be a Terraform token). */
  readonly snapshotId: string;
  /** Subscription of the snapshot; undefined when the ID is a token. */
  readonly subscriptionId?: string;
  /** Resource group of the snapshot; undefined when the ID is a token. */
  readonly resourceGroupName?: string;
  /** Snapshot name; undefined when the ID is a token. */
  readonly name?: string;
  /** Region of the snapshot, when known. */
  readonly location?: string;
  /** True when the snapshot is known to be encrypted with Azure Disk Encryption (see https://learn.microsoft.com/azure/batch/batch-custom-images). */
  readonly azureDiskEncryption?: boolean;
  /**
   * Lineage key: images built from this snapshot as OS disk share Azure's custom-image node
   * limits (see https://learn.microsoft.com/azure/batch/batch-custom-images#considerations-for-large-pools).
   */
  readonly lineage: string;
  /**
   * The managed disk the snapshot copies, for snapshots taken in this app (`DiskSnapshot`).
   * @default - not known
   */
  readonly sourceDisk?: SourceDiskDescription;
}

/** What `Snapshot.fromSnapshotId` cannot read from the ID. */
export interface SnapshotReferenceOptions {
  /**
   * Region of the snapshot. Lets the rules check that the image is built in the snapshot's
   * region.
   * @default - unknown; region checks involving the snapshot are skipped
   */
  readonly location?: string;
  /**
   * Whether the snapshot's disk is encrypted with Azure Disk Encryption (BitLocker or
   * dm-crypt inside the guest). Such snapshots cannot become Batch custom images, so
   * `ManagedImageFromSnapshots` rejects them. Server-side encryption is not Azure Disk
   * Encryption and is fine.
   * @default - unknown; not checked
   * @see https://learn.microsoft.com/azure/batch/batch-custom-images
   */
  readonly azureDiskEncryption?: boolean;
}

/**
 * References to snapshots created outside this app.
 *
 * What Azure Batch requires of the VM a snapshot is taken from, and a snapshot ID cannot show
 * (see https://learn.microsoft.com/azure/batch/batch-custom-images): no Azure VM extensions may be installed on it (such as the Custom Script
 * extension; Batch may fail to deploy pools from an image with preinstalled extensions), and its
 * OS disk must not be encrypted with Azure Disk Encryption (declare `azureDiskEncryption: true`
 * and `ManagedImageFromSnapshots` rejects the snapshot). Server-side encryption is fine.
 *
 * @see https://learn.microsoft.com/azure/batch/batch-custom-images#prepare-a-vm
 *
 * @example
 * const osDisk = Snapshot.fromSnapshotId(stack, 'Os',
 *   '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-batch-images/providers/Microsoft.Compute/snapshots/render-os',
 *   { location: 'westeurope' });
 */
export class Snapshot extends Construct implements ISnapshot {
  /**
   * References an existing snapshot by its ARM resource ID.
   *
   * @param snapshotResourceId `/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Compute/snapshots/{name}`,
   *   or a Terraform token (then nothing is read from it)
   */
  public static fromSnapshotId(
    scope: Construct,
    id: string,
    snapshotResourceId: string,
    options: SnapshotReferenceOptions = {},
  ): ISnapshot {
    // null (as from JavaScript or a jsii language) means no options, like undefined.
    return new Snapshot(scope, id, snapshotResourceId, options ?? {});
  }

  /** The snapshot's resource ID, as given. */
  public readonly snapshotId: string;
  /** Subscription, from the ID; undefined when the ID is a token. */
  public readonly subscriptionId?: string;
  /** Resource group, from the ID; undefined when the ID is a token. */
  public readonly resourceGroupName?: string;
  /** Snapshot name, from the ID; undefined when the ID is a token. */
  public readonly name?: string;
  /** Region, when given in the options. */
  public readonly location?: string;
  /** Azure Disk Encryption, when given in the options. */
  public readonly azureDiskEncryption?: boolean;
  /**
   * `snapshot:` and the lower-cased ID. For a token ID, `snapshot-token:`, the stack path and
   * the Terraform expression the token stands for in that stack (e.g. `${var.snap}`): references
   * with the same expression are the same snapshot; whether others are is known only at plan
   * time, so the node-limit rules report AZW106 where that matters.
   */
  public readonly lineage: string;

  private constructor(scope: Construct, id: string, snapshotResourceId: string, options: SnapshotReferenceOptions) {
    super(scope, id);
    requireString(this, 'snapshotResourceId', snapshotResourceId, "pass the snapshot's resource ID, /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Compute/snapshots/{name}");
    requireObject(this, 'options', options, 'pass { location, azureDiskEncryption } or leave the options out');
    optionalString(this, 'options.location', options.location, "pass the snapshot's Azure region, e.g. 'westeurope'");
    optionalBoolean(this, 'options.azureDiskEncryption', options.azureDiskEncryption);
    this.snapshotId = snapshotResourceId;
    this.location = options.location;
    this.azureDiskEncryption = options.azureDiskEncryption;
    const problems = new ProblemList(this);
    if (options.location !== undefined) problems.collect(() => validateLocation(options.location!));
    const parsed = isUnresolved(snapshotResourceId) ? undefined : problems.collectValue(() => parseSnapshotId(snapshotResourceId));
    problems.throwIfAny();
    if (parsed === undefined) {
      // Known only at plan time: the same Terraform expression is the same snapshot.
      this.lineage = tokenLineage(this, 'snapshot', snapshotResourceId);
    } else {
      this.subscriptionId = parsed.subscriptionId;
      this.resourceGroupName = parsed.resourceGroupName;
      this.name = parsed.name;
      this.lineage = `snapshot:${parsed.normalized}`;
    }
    CustomImagePoolChecks.ensureOn(this);
  }
}
