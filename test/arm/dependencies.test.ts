import { TerraformResource, TerraformStack, Testing } from 'cdktf';
import { buildArmModel } from '../../lib/arm/build-model';
import { ArmResource, isNestedDeployment } from '../../lib/arm/model';
import { circularResourceGroupsStack, crossResourceGroupStack } from './support/more-stacks';
import { armFiles, armTemplate, exampleStack, fullestStack, resourceNamed } from './support/stacks';

/**
 * Edges "A waits for B" between the constructs that declare ARM resources, as the Terraform JSON
 * has them: `depends_on` entries and `${type.name.attr}` references of each construct's Terraform
 * resources, mapped to the construct that owns the resource.
 */
function terraformEdges(stack: TerraformStack, owners: string[]): string[] {
  const json = JSON.parse(Testing.synth(stack));
  const ownerOf = new Map<string, string>();
  for (const resource of stack.node.findAll().filter((c): c is TerraformResource => c instanceof TerraformResource)) {
    const owner = owners.filter((o) => resource.node.path.startsWith(`${o}/`)).sort((a, b) => b.length - a.length)[0];
    if (owner) ownerOf.set(`${resource.terraformResourceType}.${resource.friendlyUniqueId}`, owner);
  }
  const edges = new Set<string>();
  for (const [type, byName] of Object.entries<any>(json.resource ?? {})) for (const [name, config] of Object.entries<any>(byName)) {
    const from = ownerOf.get(`${type}.${name}`);
    if (!from) continue;
    const { depends_on: dependsOn = [], ...attributes } = config;
    const references = [...JSON.stringify(attributes).matchAll(/\$\{([a-z0-9_]+\.[A-Za-z0-9_-]+)\./g)].map((m) => m[1]);
    for (const target of [...dependsOn, ...references]) {
      const to = ownerOf.get(target);
      if (to && to !== from) edges.add(`${from} -> ${to}`);
    }
  }
  return [...edges].sort();
}

/** The same edges in the ARM model; a nested deployment's dependencies count for each of its resources. */
function armEdges(stack: TerraformStack): { owners: string[]; edges: string[] } {
  const model = buildArmModel(stack)!;
  const declared = [...model.resources, ...model.nestedDeployments.flatMap((d) => d.resources)].filter((r) => !r.existing);
  const edges = new Set<string>();
  // A lock waits for the image it applies to: both come from one construct, so no edge between constructs.
  const add = (from: ArmResource, to: ArmResource[]) =>
    to.filter((t) => !t.existing && t.constructPath !== from.constructPath).forEach((t) => edges.add(`${from.constructPath} -> ${t.constructPath}`));
  for (const resource of declared) {
    const deployment = model.nestedDeployments.find((d) => d.resources.includes(resource));
    for (const dependency of [...resource.dependsOn, ...(deployment?.dependsOn ?? [])]) {
      add(resource, isNestedDeployment(dependency) ? dependency.resources : [dependency]);
    }
  }
  return { owners: declared.map((r) => r.constructPath), edges: [...edges].sort() };
}

describe('dependsOn', () => {
  it.each<[string, () => TerraformStack]>([
    ['the example app', exampleStack],
    ['a stack with every optional setting', fullestStack],
  ])('follows the Terraform graph between the library resources in %s', (_, build) => {
    const arm = armEdges(build());
    expect(arm.edges.length).toBeGreaterThan(0);
    expect(arm.edges).toEqual(terraformEdges(build(), arm.owners));
  });

  it('keeps every Terraform edge across resource groups, waiting for whole nested deployments', () => {
    const arm = armEdges(crossResourceGroupStack());
    const terraform = terraformEdges(crossResourceGroupStack(), arm.owners);
    expect(arm.edges).toEqual(expect.arrayContaining(terraform));
    // Coarser, never wrong: the pool waits for the gallery's whole deployment, which waits for the image.
    expect(arm.edges.filter((e) => !terraform.includes(e))).toEqual([
      'cross-rg/Gallery -> cross-rg/Image',
      'cross-rg/Gallery/Definition -> cross-rg/Image',
      'cross-rg/Pool -> cross-rg/Gallery',
      'cross-rg/Pool -> cross-rg/Gallery/Definition',
    ]);
  });

  it('orders a child after its parent and a version after its image, as resourceId entries', () => {
    const template = armTemplate(exampleStack());
    expect(resourceNamed(template, 'Microsoft.Compute/galleries/images', 'render').dependsOn).toEqual([
      "[resourceId('Microsoft.Compute/galleries', 'gal_batch_images')]",
    ]);
    expect(resourceNamed(template, 'Microsoft.Compute/galleries/images/versions', '1.0.0').dependsOn).toEqual([
      "[resourceId('Microsoft.Compute/galleries/images', 'gal_batch_images', 'render')]",
      "[resourceId('Microsoft.Compute/images', 'img-render')]",
    ]);
  });

  it('makes a pool in another resource group wait through its nested deployment, which receives the version ID', () => {
    const deployment = resourceNamed(armTemplate(exampleStack()), 'Microsoft.Resources/deployments', 'batch-images-rg-batch');
    const versionId = "[resourceId('Microsoft.Compute/galleries/images/versions', 'gal_batch_images', 'render', '1.0.0')]";
    expect(deployment.resourceGroup).toBe('rg-batch');
    expect(deployment.dependsOn).toEqual([versionId]);
    expect(deployment.properties.parameters).toEqual({ version100Id: { value: versionId } });
    const pool = deployment.properties.template.resources[0];
    expect(pool.properties.deploymentConfiguration.virtualMachineConfiguration.imageReference.id).toBe("[parameters('version100Id')]");
    expect(pool.dependsOn).toBeUndefined();
  });

  it('makes a resource of the template wait for a nested deployment, naming it in Bicep where no reference implies it', () => {
    const files = armFiles(crossResourceGroupStack());
    const pool = resourceNamed(JSON.parse(files['template.json']), 'Microsoft.Batch/batchAccounts/pools', 'render');
    expect(pool.dependsOn).toEqual([
      "[resourceId('Microsoft.Batch/batchAccounts', 'acmebatch')]",
      "[resourceId('Microsoft.Resources/deployments', 'cross-rg-rg-gallery')]",
    ]);
    expect(pool.properties.deploymentConfiguration.virtualMachineConfiguration.imageReference.id).toBe(
      "[resourceId('rg-gallery', 'Microsoft.Compute/galleries/images/versions', 'gal_render', 'render', '1.0.0')]",
    );
    expect(files['main.bicep']).toContain('  dependsOn: [\n    rgGalleryDeployment\n  ]\n}');
    // The parent and `symbol.id` references imply the rest: Bicep lists nothing else.
    expect(files['main.bicep'].match(/dependsOn/g)).toHaveLength(1);
  });

  it('rejects resource groups that wait for each other, naming the resources', () => {
    expect(() => armFiles(circularResourceGroupsStack())).toThrow(
      "[circular] ARM output: resources of different resource groups depend on each other in a circle (circular/Gallery/Definition/Version-1.0.0 → resource group 'rg-b' (circular/Image, circular/Account, circular/Pool) → circular/Gallery/Definition/Version-1.0.0)",
    );
  });
});
