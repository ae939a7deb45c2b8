import { variablesStack } from './support/more-stacks';
import { armFiles, resourceNamed } from './support/stacks';

describe('Terraform values that become template values', () => {
  const files = armFiles(variablesStack());
  const template = JSON.parse(files['template.json']);
  const image = resourceNamed(template, 'Microsoft.Compute/images', 'img-render');
  const deployment = resourceNamed(template, 'Microsoft.Resources/deployments', 'variables-rg1');
  const pool = resourceNamed(template, 'Microsoft.Batch/batchAccounts/pools', 'render');

  it('turns each Terraform variable into a parameter of the same name, type, default and description', () => {
    expect(template.parameters).toEqual({
      image_rg: { type: 'string' },
      location: { type: 'string', defaultValue: 'westeurope', metadata: { description: 'Region of every resource' } },
      batch_account_id: { type: 'string' },
      registry_password: { type: 'securestring' },
      node_count: { type: 'int', defaultValue: 2 },
    });
    expect(files['main.bicep']).toContain("@description('Region of every resource')\nparam location string = 'westeurope'\n");
    expect(files['main.bicep']).toContain('param node_count int = 2\n');
  });

  it("makes a sensitive variable a secure parameter, in the template and in the module that uses it", () => {
    expect(files['main.bicep']).toContain('@secure()\nparam registry_password string\n');
    expect(files['modules/variables-rg1.bicep']).toContain('@secure()\nparam registry_password string\n');
    expect(deployment.properties.template.parameters.registry_password).toEqual({ type: 'securestring' });
    expect(pool.properties.deploymentConfiguration.virtualMachineConfiguration.containerConfiguration.containerRegistries).toEqual([
      { registryServer: 'acme.azurecr.io', username: 'render', password: "[parameters('registry_password')]" },
    ]);
  });

  it('uses a parameter wherever the variable is used, numbers included', () => {
    expect(image.location).toBe("[parameters('location')]");
    expect(pool.properties.scaleSettings.fixedScale.targetDedicatedNodes).toBe("[parameters('node_count')]");
    expect(files['modules/variables-rg1.bicep']).toContain('        targetDedicatedNodes: node_count\n');
  });

  it("names the parameter of a variable whose name Bicep cannot take (var.image-rg) with '_'", () => {
    expect(template.parameters['image-rg']).toBeUndefined();
    expect(files['main.bicep']).toContain('param image_rg string\n');
    expect(template.metadata.description).toContain("Deploy it to the resource group in parameter 'image_rg'.");
  });

  it("reads the azurerm provider's subscription (data.azurerm_client_config) as the deployment's subscription", () => {
    expect(image.properties.storageProfile.osDisk.snapshot.id).toBe(
      "[format('/subscriptions/{0}/resourceGroups/{1}/providers/Microsoft.Compute/snapshots/os', subscription().subscriptionId, parameters('image_rg'))]",
    );
    expect(files['main.bicep']).toContain(
      "id: '/subscriptions/${subscription().subscriptionId}/resourceGroups/${image_rg}/providers/Microsoft.Compute/snapshots/os'",
    );
  });

  it("reads the segments of an account ID given as a variable at deployment: the pool's scope and its parent's name", () => {
    expect(deployment.subscriptionId).toBe("[split(parameters('batch_account_id'), '/')[2]]");
    expect(deployment.resourceGroup).toBe("[split(parameters('batch_account_id'), '/')[4]]");
    expect(pool.name).toBe("[format('{0}/{1}', split(parameters('batch_account_id'), '/')[8], 'render')]");
    expect(files['modules/variables-rg1.bicep']).toContain(
      "resource account 'Microsoft.Batch/batchAccounts@2025-06-01' existing = {\n  name: split(batch_account_id, '/')[8]\n}",
    );
  });

  it('passes into a nested deployment only the parameters its resources use', () => {
    expect(Object.keys(deployment.properties.parameters).sort()).toEqual(['batch_account_id', 'node_count', 'registry_password', 'version100Id']);
    expect(deployment.properties.parameters.node_count).toEqual({ value: "[parameters('node_count')]" });
    // A nested template always receives a value: no default there.
    expect(deployment.properties.template.parameters.node_count).toEqual({ type: 'int' });
  });
});
