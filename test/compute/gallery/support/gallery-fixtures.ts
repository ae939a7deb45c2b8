import { Image } from '@cdktf/provider-azurerm/lib/image';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { DefaultTokenResolver, StringConcat, TerraformElement, TerraformStack, Testing, Tokenization } from 'cdktf';
import { Construct } from 'constructs';
import { OsType } from '../../../../lib/core/os-type';
import { HyperVGeneration } from '../../../../lib/compute/hyper-v-generation';
import { IManagedImage, ManagedImage } from '../../../../lib/compute/managed-image';
import { ComputeGallery, ComputeGalleryProps } from '../../../../lib/compute/gallery/compute-gallery';
import {
  GalleryImageDefinition,
  GalleryImageDefinitionOptions,
} from '../../../../lib/compute/gallery/image-definition';
import { imageDescription } from '../../../../lib/compute/batch-pool-image';
import { ImageDescription, ImageKind } from '../../../../lib/validation/model';

export const SUBSCRIPTION = '00000000-0000-0000-0000-000000000001';
export const IMAGE_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-images/providers/Microsoft.Compute/images/img-render`;
export const GALLERY_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-gallery/providers/Microsoft.Compute/galleries/batch_images`;
export const VERSION_ID = `${GALLERY_ID}/images/render-node/versions/1.2.3`;

/** A fresh app and stack with the azurerm provider. */
export function testStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'Stack');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  return stack;
}

/** The synthesized resource of `type` owned by the construct at `path` (below the stack). */
export function synthResource(stack: TerraformStack, type: string, path: string): any {
  const owner = stack.node.findChild(path.split('/')[0]);
  const l1 = path
    .split('/')
    .slice(1)
    .reduce((c, id) => c.node.findChild(id), owner)
    .node.findChild('Resource') as TerraformElement;
  const resource = JSON.parse(Testing.synth(stack)).resource?.[type]?.[stack.getLogicalId(l1)];
  if (!resource) throw new Error(`no ${type} owned by ${path}`);
  return resource;
}

/** A value as Terraform will see it, e.g. `${azurerm_shared_image.x.id}`. */
export function resolved(stack: TerraformStack, value: unknown): unknown {
  return Tokenization.resolve(value, { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()) });
}

export function gallery(scope: Construct, props: Partial<ComputeGalleryProps> = {}): ComputeGallery {
  return new ComputeGallery(scope, 'Gallery', {
    name: 'batch_images',
    resourceGroupName: 'rg-gallery',
    location: 'westeurope',
    ...props,
  });
}

export function definitionOptions(options: Partial<GalleryImageDefinitionOptions> = {}): GalleryImageDefinitionOptions {
  return {
    name: 'render-node',
    osType: OsType.LINUX,
    identifier: { publisher: 'Contoso', offer: 'Render', sku: 'ubuntu-22_04' },
    ...options,
  };
}

export function definition(scope: Construct, options: Partial<GalleryImageDefinitionOptions> = {}): GalleryImageDefinition {
  return gallery(scope).addImageDefinition('RenderNode', definitionOptions(options));
}

/** A managed image made elsewhere, in the gallery's region, Linux, generation V2. */
export function importedImage(
  scope: Construct,
  options: { location?: string; osType?: OsType; hyperVGeneration?: HyperVGeneration } = {},
): IManagedImage {
  return ManagedImage.fromImageId(scope, 'SourceImage', IMAGE_ID, {
    location: 'westeurope',
    osType: OsType.LINUX,
    hyperVGeneration: HyperVGeneration.V2,
    ...options,
  });
}

/**
 * A managed image created in the app (an `azurerm_image` L1 under the construct), standing in
 * for `ManagedImageFromSnapshots`, whose lineage is a snapshot's.
 */
export class FakeManagedImage extends Construct implements IManagedImage {
  public readonly imageId: string;
  public readonly imageName = 'img-render';
  public readonly imageKind = ImageKind.MANAGED_IMAGE;
  public readonly location = 'westeurope';
  public readonly subscriptionId = SUBSCRIPTION;
  public readonly resourceGroupName = 'rg-images';
  public readonly osType = OsType.LINUX;
  public readonly hyperVGeneration = HyperVGeneration.V2;
  public readonly lineage = 'snapshot:/subscriptions/x/resourcegroups/rg/providers/microsoft.compute/snapshots/os';
  public readonly managedInApp = true;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const image = new Image(this, 'Resource', {
      name: this.imageName,
      resourceGroupName: this.resourceGroupName,
      location: this.location,
    });
    this.imageId = image.id;
  }

  public describeImage(): ImageDescription {
    return imageDescription(this, this.imageName, {
      snapshots: [{ constructPath: `${this.node.path}/Os`, snapshotId: 'snap-os' }],
    });
  }
}
