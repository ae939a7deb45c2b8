import { Aspects, TerraformOutput, TerraformVariable } from 'cdktf';
import { HyperVGeneration } from '../../lib/compute/hyper-v-generation';
import { ManagedImage } from '../../lib/compute/managed-image';
import { OsType } from '../../lib/core/os-type';
import { AppModel } from '../../lib/validation/app-model';
import { CustomImagePoolChecks } from '../../lib/validation/checks';
import { ImageKind } from '../../lib/validation/model';
import { IMAGE_ID, newStack, OS_SNAPSHOT_ID, SUBSCRIPTION, synthJson } from './fixtures';

describe('ManagedImage.fromImageId', () => {
  it('references an image made elsewhere, reading the ID and taking the rest from options', () => {
    const image = ManagedImage.fromImageId(newStack(), 'Image', IMAGE_ID, {
      location: 'westeurope',
      osType: OsType.WINDOWS,
      hyperVGeneration: HyperVGeneration.V1,
    });
    expect(image.imageId).toBe(IMAGE_ID);
    expect(image.imageName).toBe('render-image');
    expect(image.subscriptionId).toBe(SUBSCRIPTION);
    expect(image.resourceGroupName).toBe('rg-snapshots');
    expect(image.location).toBe('westeurope');
    expect(image.osType).toBe(OsType.WINDOWS);
    expect(image.hyperVGeneration).toBe(HyperVGeneration.V1);
    expect(image.imageKind).toBe(ImageKind.MANAGED_IMAGE);
    expect(image.managedInApp).toBe(false);
    expect(image.lineage).toBe(`image:${IMAGE_ID.toLowerCase()}`);
  });

  it('leaves location, OS type and generation unknown without options', () => {
    const image = ManagedImage.fromImageId(newStack(), 'Image', IMAGE_ID);
    expect(image.location).toBeUndefined();
    expect(image.osType).toBeUndefined();
    expect(image.hyperVGeneration).toBeUndefined();
  });

  it('registers its description for the rules and adds the checks to its stack', () => {
    const stack = newStack();
    const image = ManagedImage.fromImageId(stack, 'Image', IMAGE_ID, { location: 'westeurope', osType: OsType.LINUX });
    expect(AppModel.of(image).imageOf(image)).toEqual({
      constructPath: 'Stack/Image',
      kind: ImageKind.MANAGED_IMAGE,
      imageId: IMAGE_ID,
      displayName: 'render-image',
      location: 'westeurope',
      subscriptionId: SUBSCRIPTION,
      osType: OsType.LINUX,
      lineage: `image:${IMAGE_ID.toLowerCase()}`,
      managedInApp: false,
      targetRegions: undefined,
    });
    expect(Aspects.of(stack).all.filter((a) => a instanceof CustomImagePoolChecks)).toHaveLength(1);
  });

  it('accepts a token ID: the name comes from Terraform, the lineage from its Terraform expression', () => {
    const stack = newStack();
    const id = new TerraformVariable(stack, 'image_id', { type: 'string' }).stringValue;
    const image = ManagedImage.fromImageId(stack, 'Image', id);
    expect(image.subscriptionId).toBeUndefined();
    expect(image.resourceGroupName).toBeUndefined();
    expect(image.lineage).toBe('image-token:Stack:${var.image_id}');
    expect(ManagedImage.fromImageId(stack, 'Again', id).lineage).toBe(image.lineage);
    new TerraformOutput(stack, 'name', { value: image.imageName });
    expect(synthJson(stack).output.name.value).toBe('${basename(var.image_id)}');
  });

  it('rejects an ID of another resource type, naming path, ID and fix', () => {
    expect(() => ManagedImage.fromImageId(newStack(), 'Image', OS_SNAPSHOT_ID)).toThrow(
      `[Stack/Image] '${OS_SNAPSHOT_ID}' is a Microsoft.Compute/snapshots ID, not a managed image ID; pass the ID of a Microsoft.Compute/images resource.`,
    );
  });

  it('rejects a gallery image ID', () => {
    const gallery = IMAGE_ID.replace('/images/render-image', '/galleries/g/images/render');
    expect(() => ManagedImage.fromImageId(newStack(), 'Image', gallery)).toThrow(
      `is a Microsoft.Compute/galleries/images ID, not a managed image ID`,
    );
  });

  it('rejects a malformed ID and a malformed location', () => {
    expect(() => ManagedImage.fromImageId(newStack(), 'Image', `${IMAGE_ID}/`)).toThrow(
      `[Stack/Image] '${IMAGE_ID}/' is not a valid Azure resource ID: it ends with '/'`,
    );
    expect(() => ManagedImage.fromImageId(newStack(), 'Image', IMAGE_ID, { location: ' westeurope' })).toThrow(
      "[Stack/Image] location ' westeurope' is not an Azure region name",
    );
  });
});
