import { TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { IBatchPoolImage, imageDescription } from '../../../lib/compute/batch-pool-image';
import { OsType } from '../../../lib/core/os-type';
import { ImageDescription, ImageKind } from '../../../lib/validation/model';

/** Options of the test image. */
export interface FakeImageOptions {
  readonly location?: string;
  readonly subscriptionId?: string;
  readonly osType?: OsType;
  readonly lineage?: string;
  /** False to model an image referenced by ID (no Terraform resource of its own). */
  readonly managedInApp?: boolean;
}

/**
 * A stand-in for the compute constructs: an image that, when managed in the app, owns one
 * Terraform resource (so the pool's depends_on can be asserted).
 */
export class FakeImage extends Construct implements IBatchPoolImage {
  public readonly imageId: string;
  public readonly imageKind = ImageKind.MANAGED_IMAGE;
  public readonly location?: string;
  public readonly subscriptionId?: string;
  public readonly osType?: OsType;
  public readonly lineage: string;
  public readonly managedInApp: boolean;
  public readonly resource?: TerraformResource;

  constructor(scope: Construct, id: string, options: FakeImageOptions = {}) {
    super(scope, id);
    this.location = options.location ?? 'westeurope';
    this.subscriptionId = options.subscriptionId;
    this.osType = options.osType ?? OsType.LINUX;
    this.lineage = options.lineage ?? `lineage-${id}`;
    this.managedInApp = options.managedInApp ?? true;
    if (this.managedInApp) {
      this.resource = new TerraformResource(this, 'Resource', { terraformResourceType: 'fake_image' });
      this.imageId = this.resource.getStringAttribute('id');
    } else {
      this.imageId = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-images/providers/Microsoft.Compute/images/img-imported';
    }
  }

  public describeImage(): ImageDescription {
    return imageDescription(this, this.node.id);
  }
}
