import { TerraformStack } from 'cdktf';
import { compileBicep, withSortedDependsOn } from './support/bicep-compiler';
import { parseBicep } from './support/bicep-parser';
import { crossResourceGroupStack, variablesStack } from './support/more-stacks';
import { armFiles, exampleStack, fullestStack } from './support/stacks';

const STACKS: Array<[string, () => TerraformStack]> = [
  ['the example app (a pool in another resource group: a Bicep module)', exampleStack],
  ['a stack with every optional setting', fullestStack],
  ['a stack with Terraform variables (template parameters)', variablesStack],
  ['a stack whose gallery is in another resource group than its image and pools', crossResourceGroupStack],
];

/** (type, name) of every resource a template declares, nested deployments' included. */
function declarations(template: any): string[] {
  return template.resources.flatMap((r: any) => [
    `${r.type} ${r.name}`,
    ...(r.type === 'Microsoft.Resources/deployments' ? declarations(r.properties.template) : []),
  ]);
}

describe('main.bicep and template.json', () => {
  describe.each(STACKS)('%s', (_, build) => {
    const files = armFiles(build());
    const template = JSON.parse(files['template.json']);

    it('has Bicep that parses, in every file', () => {
      for (const [file, text] of Object.entries(files)) {
        if (file.endsWith('.bicep')) expect(() => parseBicep(text)).not.toThrow();
      }
    });

    it('declares the same resources, under the same names, in both', () => {
      expect(declarations(compileBicep(files))).toEqual(declarations(template));
    });

    it('compiles from Bicep to template.json exactly: names, properties, parameters and dependencies', () => {
      expect(withSortedDependsOn(compileBicep(files))).toEqual(withSortedDependsOn(template));
    });
  });

  it('would notice a Bicep file that drifted from the template, so the comparison can fail', () => {
    const files = armFiles(exampleStack());
    const drifted = { ...files, 'main.bicep': files['main.bicep'].replace("name: 'render'", "name: 'render2'") };
    expect(declarations(compileBicep(drifted))).not.toEqual(declarations(JSON.parse(files['template.json'])));
  });

  it('rejects Bicep syntax slips, so the parse check can fail', () => {
    expect(() => parseBicep("resource a 'T@1' = {\n  name: 'a' location: 'x'\n}\n")).toThrow(/expected the end of the line at line 2/);
    expect(() => parseBicep("param p string = 'it's'\n")).toThrow(/Bicep syntax/);
    expect(() => parseBicep("param p string = 'a\\qb'\n")).toThrow(/invalid escape/);
  });
});
