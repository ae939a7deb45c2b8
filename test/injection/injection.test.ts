import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { BatchAccount } from '../../lib/batch/batch-account';
import { BatchPublicNetworkAccess } from '../../lib/batch/batch-account-settings';
import { CustomImageBatchPool, CustomImageBatchPoolProps } from '../../lib/batch/custom-image-batch-pool';
import { InboundEndpointProtocol, NetworkSecurityGroupRuleAccess } from '../../lib/batch/inbound-nat-pool';
import { NodeAgentSku } from '../../lib/batch/node-agent-sku';
import { PoolScale } from '../../lib/batch/pool-scale';
import { ResourceFile } from '../../lib/batch/start-task';
import { ComputeGallery } from '../../lib/compute/gallery/compute-gallery';
import { ImageProvisioning } from '../../lib/compute/image-provisioning';
import { ManagedImage } from '../../lib/compute/managed-image';
import { ManagedImageFromSnapshots, ManagedImageFromSnapshotsProps } from '../../lib/compute/managed-image-from-snapshots';
import { Snapshot } from '../../lib/compute/snapshot';
import { OsType } from '../../lib/core/os-type';
import { readTemplate, readTemplateMap } from './support/template';

/*
 * Names and tags with template syntax, quotes, newlines and unicode: names Azure would refuse
 * are rejected with the construct path and the rule; free text (tags, descriptions, command
 * lines, metadata) is escaped so Terraform reads it as the literal the user wrote.
 */

const SUB = '00000000-0000-0000-0000-000000000000';
const HOSTILE_TAGS = {
  '${var.secret}': '%{ if true }leak%{ endif }',
  'say "hi"': 'line 1\nline 2',
  'ünïcödé ☃': '😀 $${already escaped}',
  env: 'prefix-${data.azurerm_client_config.current.subscription_id}',
};
const ESCAPED_TAGS = {
  '$${var.secret}': '%%{ if true }leak%%{ endif }',
  'say "hi"': 'line 1\nline 2',
  'ünïcödé ☃': '😀 $$${already escaped}',
  env: 'prefix-$${data.azurerm_client_config.current.subscription_id}',
};

function newStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'Stack');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  return stack;
}
const only = (json: any, type: string) => Object.values(json.resource[type])[0] as any;
const synth = (stack: TerraformStack) => JSON.parse(Testing.synth(stack));

describe('names with template syntax, quotes, newlines or unicode', () => {
  const hostile = ['${var.x}', '%{x}', 'a"b', 'a\nb', 'ünï'];

  it.each(hostile.slice(0, 4))('rejects %j as a resource group name (Unicode letters are valid there)', (value) => {
    expect(() => new BatchAccount(newStack(), 'Account', { name: 'acme', resourceGroupName: value, location: 'westeurope' })).toThrow(
      /^\[Stack\/Account\] resource group name '.*' is not valid; use 1-90 letters, digits/s,
    );
    expect(() => new BatchAccount(newStack(), 'Account', { name: 'acme', resourceGroupName: 'rg-ünï', location: 'westeurope' })).not.toThrow();
  });

  it.each(hostile)('rejects %j as a Batch account name or pool name', (value) => {
    expect(() => new BatchAccount(newStack(), 'Account', { name: value, resourceGroupName: 'rg', location: 'westeurope' })).toThrow(
      /^\[Stack\/Account\] Batch account name '.*' is not valid; use 3-24 lowercase letters and digits/s,
    );
    const stack = newStack();
    expect(() => pool(stack, { poolName: value })).toThrow(/^\[Stack\/Pool\] poolName '.*' is not valid; use 1-64 letters, digits, '-' and '_'/s);
  });

  it.each(hostile)('rejects %j as an image, gallery, image definition or NAT pool name, or a location', (value) => {
    expect(() => image(newStack(), { name: value })).toThrow(/^\[Stack\/Image\] image name '.*' (contains|starts with)/s);
    expect(() => new ComputeGallery(newStack(), 'Gallery', { name: value, resourceGroupName: 'rg', location: 'westeurope' })).toThrow(
      /^\[Stack\/Gallery\] gallery name '.*' (contains|starts with)/s,
    );
    const gallery = new ComputeGallery(newStack(), 'Gallery', { name: 'gal', resourceGroupName: 'rg', location: 'westeurope' });
    expect(() => gallery.addImageDefinition('Definition', { name: value, osType: OsType.LINUX, identifier: { publisher: 'p', offer: 'o', sku: 's' } })).toThrow(
      /^\[Stack\/Gallery\/Definition\] image definition name '.*' (contains|starts with)/s,
    );
    expect(() => pool(newStack(), { inboundNatPools: [{ ...natPool(), name: value }] })).toThrow(/^\[Stack\/Pool\] inboundNatPools\[0\]\.name '.*' is not valid/s);
    expect(() => new BatchAccount(newStack(), 'Account', { name: 'acme', resourceGroupName: 'rg', location: value })).toThrow(
      /^\[Stack\/Account\] location '.*' is not an Azure region name/s,
    );
  });

  it('rejects a resource ID with template syntax in a name segment as a resource ID of another shape', () => {
    expect(() => Snapshot.fromSnapshotId(newStack(), 'Snap', `/subscriptions/${SUB}/resourceGroups/\${var.rg}/providers/Microsoft.Compute/snapshots/s`)).toThrow(
      /^\[Stack\/Snap\] '.*' is not a valid Azure resource ID: resource group '\$\{var\.rg\}' is not a valid resource group name/,
    );
  });
});

describe('free text with template syntax, quotes, newlines or unicode', () => {
  it('escapes Batch account tags, keys included', () => {
    const stack = newStack();
    new BatchAccount(stack, 'Account', { name: 'acme', resourceGroupName: 'rg', location: 'westeurope', tags: HOSTILE_TAGS });
    const tags = only(synth(stack), 'azurerm_batch_account').tags;
    expect(tags).toEqual(ESCAPED_TAGS);
    expect(readTemplateMap(tags)).toEqual(HOSTILE_TAGS);
  });

  it('escapes image tags in the azapi resource and in the managed-disk path', () => {
    for (const provisioning of [ImageProvisioning.AZAPI, ImageProvisioning.VIA_MANAGED_DISKS]) {
      const stack = newStack();
      image(stack, { tags: HOSTILE_TAGS, provisioning });
      const json = synth(stack);
      const resource = provisioning === ImageProvisioning.AZAPI ? only(json, 'azapi_resource') : only(json, 'azurerm_image');
      expect(resource.tags).toEqual(ESCAPED_TAGS);
      if (provisioning === ImageProvisioning.VIA_MANAGED_DISKS) expect(only(json, 'azurerm_managed_disk').tags).toEqual(ESCAPED_TAGS);
    }
  });

  it('escapes gallery, image definition and image version descriptions and tags', () => {
    const stack = newStack();
    const gallery = new ComputeGallery(stack, 'Gallery', { name: 'gal', resourceGroupName: 'rg', location: 'westeurope', description: 'built by ${USER}', tags: HOSTILE_TAGS });
    const definition = gallery.addImageDefinition('Definition', {
      name: 'render',
      osType: OsType.LINUX,
      identifier: { publisher: 'p', offer: 'o', sku: 's' },
      description: '%{ for x in y }${x}%{ endfor }',
      tags: HOSTILE_TAGS,
    });
    const source = ManagedImage.fromImageId(stack, 'Source', `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Compute/images/img`, {
      location: 'westeurope',
      osType: OsType.LINUX,
    });
    definition.addVersion('Version', { source, version: '1.0.0', tags: HOSTILE_TAGS });
    const json = synth(stack);
    expect(only(json, 'azurerm_shared_image_gallery')).toMatchObject({ description: 'built by $${USER}', tags: ESCAPED_TAGS });
    expect(only(json, 'azurerm_shared_image')).toMatchObject({ description: '%%{ for x in y }$${x}%%{ endfor }', tags: ESCAPED_TAGS });
    expect(only(json, 'azurerm_shared_image_version').tags).toEqual(ESCAPED_TAGS);
  });

  it("escapes a pool's display name, metadata, start task and NSG source, keeping shell variables for the node", () => {
    const stack = newStack();
    pool(stack, {
      displayName: 'Render "farm" ${env}',
      metadata: HOSTILE_TAGS,
      vmSize: 'Standard_D4s_v5',
      startTask: {
        commandLine: '/bin/sh -c "cp -r ${AZ_BATCH_APP_PACKAGE_render}/* ${AZ_BATCH_NODE_SHARED_DIR}"',
        environment: { PROMPT: '%{x}>', 'KEY_${y}': 'v\n"w"' },
        resourceFiles: [ResourceFile.fromHttpUrl('https://acme.blob.core.windows.net/s/${file}.sh', 'setup-${n}.sh')],
      },
      inboundNatPools: [
        {
          ...natPool(),
          networkSecurityGroupRules: [
            { access: NetworkSecurityGroupRuleAccess.ALLOW, priority: 150, sourceAddressPrefix: '${var.office_cidr}' },
            { access: NetworkSecurityGroupRuleAccess.DENY, priority: 4096, sourceAddressPrefix: '*' },
          ],
        },
      ],
    });
    const resource = only(synth(stack), 'azurerm_batch_pool');
    expect(resource.display_name).toBe('Render "farm" $${env}');
    expect(resource.metadata).toEqual(ESCAPED_TAGS);
    expect(readTemplate(resource.start_task.command_line)).toBe('/bin/sh -c "cp -r ${AZ_BATCH_APP_PACKAGE_render}/* ${AZ_BATCH_NODE_SHARED_DIR}"');
    expect(readTemplateMap(resource.start_task.common_environment_properties)).toEqual({ PROMPT: '%{x}>', 'KEY_${y}': 'v\n"w"' });
    expect(readTemplate(resource.start_task.resource_file[0].http_url)).toBe('https://acme.blob.core.windows.net/s/${file}.sh');
    expect(readTemplate(resource.start_task.resource_file[0].file_path)).toBe('setup-${n}.sh');
    expect(resource.network_configuration.endpoint_configuration[0].network_security_group_rules[0].source_address_prefix).toBe('$${var.office_cidr}');
  });

  it('keeps a Terraform variable in a tag an expression, and the text around it literal', () => {
    const stack = newStack();
    const team = new TerraformVariable(stack, 'team', { type: 'string' });
    new BatchAccount(stack, 'Account', { name: 'acme', resourceGroupName: 'rg', location: 'westeurope', tags: { owner: `\${team}=${team.stringValue}$` } });
    const tags = only(synth(stack), 'azurerm_batch_account').tags;
    expect(tags).toEqual({ owner: '${"$"}{team}=${var.team}$' });
    expect(readTemplateMap(tags)).toEqual({ owner: '${team}={{var.team}}$' });
  });
});

function image(stack: TerraformStack, props: Partial<ManagedImageFromSnapshotsProps>): ManagedImageFromSnapshots {
  return new ManagedImageFromSnapshots(stack, 'Image', {
    name: 'img',
    resourceGroupName: 'rg',
    location: 'westeurope',
    osType: OsType.LINUX,
    osDiskSnapshot: Snapshot.fromSnapshotId(stack, 'Os', `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Compute/snapshots/os`),
    ...props,
  });
}

function natPool() {
  return { name: 'ssh', protocol: InboundEndpointProtocol.TCP, backendPort: 2222, frontendPortRangeStart: 1000, frontendPortRangeEnd: 1100 };
}

function pool(stack: TerraformStack, props: Partial<CustomImageBatchPoolProps>): CustomImageBatchPool {
  return new CustomImageBatchPool(stack, 'Pool', {
    account: new BatchAccount(stack, 'Account', { name: 'acme', resourceGroupName: 'rg', location: 'westeurope', publicNetworkAccess: BatchPublicNetworkAccess.ENABLED }),
    image: ManagedImage.fromImageId(stack, 'Image', `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Compute/images/img`, { location: 'westeurope' }),
    poolName: 'render',
    vmSize: 'Standard_D4s_v5',
    nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
    scale: PoolScale.fixed({ dedicatedNodes: 1 }),
    ...props,
  });
}
