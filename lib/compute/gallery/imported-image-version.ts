import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ProblemList } from '../../core/errors';
import { normalizeLocation, validateLocation } from '../../core/location';
import { OsType } from '../../core/os-type';
import { parseResourceIdOfType } from '../../core/resource-id';
import { isUnresolved } from '../../core/tokens';
import { AppModel } from '../../validation/app-model';
import { CustomImagePoolChecks } from '../../validation/checks';
import { tokenLineage } from '../../validation/lineage';
import { ImageDescription, ImageKind } from '../../spec/image';
import { imageDescription } from '../batch-pool-image';
import { checkVersionReferenceTypes } from './gallery-prop-types';
import { ID_SEGMENT, idSegment } from './id-segment';
import { GalleryImageVersionReferenceOptions, IGalleryImageVersion } from './image-version-types';
import { validateImageVersionName } from './naming';

const VERSION_TYPE = 'Microsoft.Compute/galleries/images/versions';

/**
 * A gallery image version that exists outside this app (`GalleryImageVersion.fromVersionId`).
 * Its lineage is its own ID (`gallery-version:<lower-cased ID>`): the app cannot see which
 * snapshot it was built from. For a token ID it is the Terraform expression of the ID
 * (`gallery-version-token:<stack path>:<expression>`, see validation/lineage.ts).
 */
export class ImportedGalleryImageVersion extends Construct implements IGalleryImageVersion {
  public readonly imageId: string;
  public readonly imageKind: ImageKind = ImageKind.GALLERY_IMAGE_VERSION;
  public readonly location?: string;
  public readonly subscriptionId: string;
  public readonly osType?: OsType;
  public readonly lineage: string;
  public readonly managedInApp: boolean = false;
  public readonly targetRegionNames?: string[];
  public readonly versionName: string;
  private readonly displayName: string;

  constructor(scope: Construct, id: string, versionResourceId: string, attributes: GalleryImageVersionReferenceOptions) {
    super(scope, id);
    checkVersionReferenceTypes(this, versionResourceId, attributes);
    const problems = new ProblemList(this);
    if (attributes.location !== undefined) problems.collect(() => validateLocation(attributes.location!));
    // A list that is itself a token has no elements to check here.
    const regions = attributes.targetRegions;
    if (regions !== undefined && !Token.isUnresolved(regions)) for (const region of regions) problems.collect(() => validateLocation(region));
    this.imageId = versionResourceId;
    this.location = attributes.location;
    this.osType = attributes.osType;
    this.targetRegionNames = attributes.targetRegions ?? (attributes.location !== undefined ? [attributes.location] : undefined);
    this.checkOwnRegionIsTarget(problems);
    const parsed = isUnresolved(versionResourceId)
      ? undefined
      : problems.collectValue(() => parseResourceIdOfType(versionResourceId, VERSION_TYPE, 'gallery image version'));
    if (parsed) problems.collect(() => validateImageVersionName(parsed.name));
    problems.throwIfAny();

    if (isUnresolved(versionResourceId)) {
      // An ID known only at plan time: Terraform reads its segments; the same expression is the same version.
      this.subscriptionId = idSegment(versionResourceId, ID_SEGMENT.subscription);
      this.versionName = idSegment(versionResourceId, ID_SEGMENT.version);
      this.lineage = tokenLineage(this, 'gallery-version', versionResourceId);
      this.displayName = this.node.path;
    } else {
      this.subscriptionId = parsed!.subscriptionId;
      this.versionName = parsed!.name;
      this.lineage = `gallery-version:${parsed!.normalized}`;
      this.displayName = parsed!.names.join('/');
    }

    AppModel.of(this).registerImage(this, () => this.describeImage());
    CustomImagePoolChecks.ensureOn(this);
  }

  public describeImage(): ImageDescription {
    return imageDescription(this, this.displayName);
  }

  /** Azure always replicates a version to its own region; a list without it is a mistake. */
  private checkOwnRegionIsTarget(problems: ProblemList): void {
    const location = this.location;
    const targetRegions = this.targetRegionNames;
    if (location === undefined || targetRegions === undefined || isUnresolved(location)) return;
    if (targetRegions.some(isUnresolved)) return;
    if (!targetRegions.some((r) => normalizeLocation(r) === normalizeLocation(location))) {
      problems.add(
        `targetRegions [${targetRegions.join(', ')}] do not include the version's location '${location}'; a gallery image version is always replicated to its own region, so add '${location}' or correct location.`,
      );
    }
  }
}
