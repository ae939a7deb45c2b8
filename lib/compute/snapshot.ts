import { Construct, IConstruct } from 'constructs';
import { withConstructPath } from '../core/errors';
import { validateLocation } from '../core/location';
import { isUnresolved } from '../core/tokens';
import { CustomImagePoolChecks } from '../validation/checks';
import { parseSnapshotId } from './snapshot-id';

/**
 * A VM disk snapshot (`Microsoft.Compute/snapshots`) an image can be built from (fact F2).
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
  /** True when the snapshot is known to be encrypted with Azure Disk Encryption (fact F13). */
  readonly azureDiskEncryption?: boolean;
  /**
   * Lineage key: images built from this snapshot as OS disk share Azure's custom-image node
   * limits (fact F4).
   */
  readonly lineage: string;
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

/** References to snapshots created outside this app. */
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
    return new Snapshot(scope, id, snapshotResourceId, options);
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
  /** `snapshot:` and the lower-cased ID, or `snapshot-construct:` and the construct path for a token ID. */
  public readonly lineage: string;

  private constructor(scope: Construct, id: string, snapshotResourceId: string, options: SnapshotReferenceOptions) {
    super(scope, id);
    this.snapshotId = snapshotResourceId;
    this.location = options.location;
    this.azureDiskEncryption = options.azureDiskEncryption;
    if (options.location !== undefined) withConstructPath(this, () => validateLocation(options.location!));
    if (isUnresolved(snapshotResourceId)) {
      // Known only at plan time: the construct path is the only stable identity.
      this.lineage = `snapshot-construct:${this.node.path}`;
    } else {
      const parsed = withConstructPath(this, () => parseSnapshotId(snapshotResourceId));
      this.subscriptionId = parsed.subscriptionId;
      this.resourceGroupName = parsed.resourceGroupName;
      this.name = parsed.name;
      this.lineage = `snapshot:${parsed.normalized}`;
    }
    CustomImagePoolChecks.ensureOn(this);
  }
}
