import { Fn, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ArmSynthesizer } from '../../lib/arm/synthesizer';
import { BatchAccount } from '../../lib/batch/batch-account';
import { CustomImageBatchPool } from '../../lib/batch/custom-image-batch-pool';
import { NodeAgentSku } from '../../lib/batch/node-agent-sku';
import { PoolScale } from '../../lib/batch/pool-scale';
import { ComputeGallery } from '../../lib/compute/gallery/compute-gallery';
import { GalleryImageVersion } from '../../lib/compute/gallery/image-version';
import { ManagedImageFromSnapshots } from '../../lib/compute/managed-image-from-snapshots';
import { Snapshot } from '../../lib/compute/snapshot';
import { OsType } from '../../lib/core/os-type';
import { EVALUATION_DATE_CONTEXT_KEY } from '../../lib/validation/evaluation-date';
import { FakeImage } from '../batch/support/fake-image';
import { ACCOUNT_ID, LOCATION, newStack } from './support/stacks';

const FIX = 'an ARM template cannot express it — pass a literal value, or a TerraformVariable (it becomes a template parameter of the same name).';

const VERSION_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-images/providers/Microsoft.Compute/galleries/gal/images/render/versions/1.0.0';

function pool(stack: TerraformStack, overrides: { subnetId?: string; image?: FakeImage } = {}): CustomImageBatchPool {
  return new CustomImageBatchPool(stack, 'Pool', {
    account: BatchAccount.fromBatchAccountId(stack, 'Account', ACCOUNT_ID, { location: LOCATION }),
    poolName: 'render',
    image: overrides.image ?? GalleryImageVersion.fromVersionId(stack, 'Image', VERSION_ID, { location: LOCATION, osType: OsType.LINUX }),
    vmSize: 'Standard_D4s_v5',
    nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
    scale: PoolScale.fixed({ dedicatedNodes: 1 }),
    subnetId: overrides.subnetId,
  });
}

describe('Terraform values an ARM template cannot express', () => {
  it('rejects a reference to a Terraform resource the library does not model, naming the construct, the property and the expression', () => {
    const stack = newStack('unsupported');
    const subnet = new Subnet(stack, 'Subnet', { name: 'batch', resourceGroupName: 'rg-net', virtualNetworkName: 'vnet', addressPrefixes: ['10.0.0.0/24'] });
    pool(stack, { subnetId: subnet.id });
    expect(() => ArmSynthesizer.render(stack)).toThrow(
      "[unsupported/Pool] ARM output: properties.networkConfiguration.subnetId is the Terraform expression '${azurerm_subnet.Subnet.id}', which refers to Terraform resource 'azurerm_subnet.Subnet', which this library does not declare in the template; " +
        FIX,
    );
  });

  it('rejects an image that is not one of the library\'s, whose ID only Terraform knows', () => {
    // Before the managed-image retirement date, so AZB005 only warns.
    const stack = newStack('unsupported', { [EVALUATION_DATE_CONTEXT_KEY]: '2026-01-15' });
    pool(stack, { image: new FakeImage(stack, 'Image') });
    expect(() => ArmSynthesizer.render(stack)).toThrow(
      /^\[unsupported\/Pool\] ARM output: properties\.deploymentConfiguration\.virtualMachineConfiguration\.imageReference\.id is the Terraform expression '\$\{fake_image\.Image_\w+\.id\}', which refers to Terraform resource 'fake_image\.Image_\w+', which this library does not declare in the template;/,
    );
  });

  it('rejects a Terraform function it does not translate, naming the function', () => {
    const stack = newStack('unsupported');
    const team = new TerraformVariable(stack, 'team', { type: 'string' });
    new ComputeGallery(stack, 'Gallery', { name: 'gal', resourceGroupName: 'rg', location: LOCATION, tags: { team: Fn.upper(team.stringValue) } });
    expect(() => ArmSynthesizer.render(stack)).toThrow(
      "[unsupported/Gallery] ARM output: tags.team is the Terraform expression '${upper(var.team)}', which calls the Terraform function 'upper', which the ARM output does not translate; " + FIX,
    );
  });

  it('rejects Terraform operators and conditionals', () => {
    const stack = newStack('unsupported');
    const name = new TerraformVariable(stack, 'name', { type: 'string' });
    new ComputeGallery(stack, 'Gallery', { name: 'gal', resourceGroupName: 'rg', location: LOCATION, description: Fn.conditional(name.stringValue, 'a', 'b') });
    expect(() => ArmSynthesizer.render(stack)).toThrow(/\[unsupported\/Gallery\] ARM output: properties\.description is the Terraform expression '\$\{.*\?.*\}', which uses .* where '\}' was expected \(operators and conditionals are not translated\)/);
  });

  it('rejects a token where ARM needs a literal object key (a user-assigned identity ID)', () => {
    const stack = newStack('unsupported');
    const identity = new TerraformVariable(stack, 'identity_id', { type: 'string' });
    new CustomImageBatchPool(stack, 'Pool', {
      account: BatchAccount.fromBatchAccountId(stack, 'Account', ACCOUNT_ID, { location: LOCATION }),
      poolName: 'render',
      image: GalleryImageVersion.fromVersionId(stack, 'Image', VERSION_ID, { location: LOCATION, osType: OsType.LINUX }),
      vmSize: 'Standard_D4s_v5',
      nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
      scale: PoolScale.fixed({ dedicatedNodes: 1 }),
      userAssignedIdentityIds: [identity.stringValue],
    });
    expect(() => ArmSynthesizer.render(stack)).toThrow(
      "[unsupported/Pool] ARM output: identity.userAssignedIdentities has a key that is the Terraform expression '${var.identity_id}'; the keys of a template's objects are literal — use a literal key.",
    );
  });

  it('writes nothing when a value is rejected', () => {
    const stack = newStack('unsupported');
    const subnet = new Subnet(stack, 'Subnet', { name: 'batch', resourceGroupName: 'rg-net', virtualNetworkName: 'vnet', addressPrefixes: ['10.0.0.0/24'] });
    pool(stack, { subnetId: subnet.id });
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'arm-'));
    expect(() => ArmSynthesizer.synth(stack, { outdir })).toThrow(/azurerm_subnet/);
    expect(fs.existsSync(path.join(outdir, 'arm'))).toBe(false);
  });
});

describe('references across stacks', () => {
  it('are rejected, naming the other stack: each stack has its own template', () => {
    const app = Testing.app();
    const images = new TerraformStack(app, 'images');
    const galleries = new TerraformStack(app, 'galleries');
    const image = new ManagedImageFromSnapshots(images, 'Image', {
      name: 'img',
      resourceGroupName: 'rg',
      location: LOCATION,
      osType: OsType.LINUX,
      osDiskSnapshot: Snapshot.fromSnapshotId(images, 'Os', '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/snapshots/os'),
    });
    const definition = new ComputeGallery(galleries, 'Gallery', { name: 'gal', resourceGroupName: 'rg', location: LOCATION }).addImageDefinition('Definition', {
      name: 'render',
      osType: OsType.LINUX,
      identifier: { publisher: 'acme', offer: 'render', sku: 'ubuntu' },
    });
    image.publishTo(definition, { version: '1.0.0' });
    expect(() => ArmSynthesizer.render(galleries)).toThrow(
      "[galleries/Gallery/Definition/Version-1.0.0] ARM output: properties.storageProfile.source.id is the Terraform expression '${azapi_resource.Image_9D742C96.id}', which refers to a resource of another stack, 'images' (images/Image/Resource), and each stack has its own template; " +
        FIX,
    );
  });
});
