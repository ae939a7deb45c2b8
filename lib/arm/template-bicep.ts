import { bicepString, bicepValue } from './bicep-expression';
import { isArmExpression, ResourceIdReference } from './model';
import { nestedScope, RenderScope } from './json-expression';
import { ArmDependency, ArmParameter, ArmResource, ArmTemplateModel, ArmValue, NestedDeployment } from './model';
import { deploymentDescription } from './template-description';

/** File name of the main Bicep file; modules go to `modules/<deployment name>.bicep`. */
export const MAIN_BICEP = 'main.bicep';

/** The model as Bicep: `main.bicep`, and a module per nested deployment, by relative path. */
export function renderBicep(model: ArmTemplateModel): { [path: string]: string } {
  const home: RenderScope = { key: model.scope.key, passedIds: new Map() };
  const main = [
    `// Synthesized by cdktf-azure-batch-custom-images (ArmSynthesizer); do not edit.`,
    `metadata description = ${bicepString(deploymentDescription(model))}`,
    ...file(model.parameters, model.resources, home),
    ...model.nestedDeployments.map((d) => module(d, home)),
  ];
  const files: { [path: string]: string } = { [MAIN_BICEP]: join(main) };
  for (const d of model.nestedDeployments) {
    files[modulePath(d)] = join([
      `// Resources of stack '${model.stackName}' in another resource group; deployed by ${MAIN_BICEP}.`,
      ...file(d.parameters, d.resources, nestedScope(d)),
    ]);
  }
  return files;
}

/** Relative path of a nested deployment's module file. */
function modulePath(d: NestedDeployment): string {
  return `modules/${d.name}.bicep`;
}

function file(parameters: ArmParameter[], resources: ArmResource[], scope: RenderScope): string[] {
  return [
    ...parameters.map((p) => parameter(p, scope)),
    ...resources.filter((r) => r.existing).map((r) => resource(r, scope)),
    ...resources.filter((r) => !r.existing).map((r) => resource(r, scope)),
  ];
}

function parameter(definition: ArmParameter, scope: RenderScope): string {
  const secure = definition.type === 'securestring' || definition.type === 'secureObject';
  const type = definition.type === 'securestring' ? 'string' : definition.type === 'secureObject' ? 'object' : definition.type;
  return [
    ...(definition.description !== undefined ? [`@description(${bicepString(definition.description)})`] : []),
    ...(secure ? ['@secure()'] : []),
    ...(definition.allowedValues !== undefined ? [`@allowed(${bicepValue(definition.allowedValues, scope, 0)})`] : []),
    ...(definition.maxValue !== undefined ? [`@maxValue(${definition.maxValue})`] : []),
    `param ${definition.name} ${type}${definition.defaultValue !== undefined ? ` = ${bicepValue(definition.defaultValue as ArmValue, scope, 0)}` : ''}`,
  ].join('\n');
}

function resource(r: ArmResource, scope: RenderScope): string {
  const lines = [
    ...(r.parent ? [`  parent: ${r.parent.symbol}`] : []),
    ...(r.extensionOf ? [`  scope: ${r.extensionOf.symbol}`] : []),
    `  name: ${bicepValue(r.name, scope, 1)}`,
    ...Object.entries(r.body).map(([key, value]) => `  ${key}: ${bicepValue(value, scope, 1)}`),
    ...dependsOn(r.dependsOn, implied(r, scope)),
  ];
  return `resource ${r.symbol} '${r.type}@${r.apiVersion}'${r.existing ? ' existing' : ''} = {\n${lines.join('\n')}\n}`;
}

function module(d: NestedDeployment, scope: RenderScope): string {
  const where = [...(d.scope.subscriptionId !== undefined ? [d.scope.subscriptionId] : []), d.scope.resourceGroupName];
  const inputs = Object.entries(d.inputs);
  const lines = [
    `  name: ${bicepString(d.name)}`,
    `  scope: resourceGroup(${where.map((v) => bicepValue(v, scope, 1)).join(', ')})`,
    ...(inputs.length > 0 ? [`  params: ${bicepValue(d.inputs as { [name: string]: ArmValue }, scope, 1)}`] : []),
    ...dependsOn(d.dependsOn, referencedResources(Object.values(d.inputs), scope)),
  ];
  return `module ${d.symbol} '${modulePath(d)}' = {\n${lines.join('\n')}\n}`;
}

/** Bicep infers what a resource refers to (`symbol.id`, `parent`, `scope`); only the rest is listed. */
function dependsOn(dependencies: ArmDependency[], implied: ArmDependency[]): string[] {
  const explicit = dependencies.filter((d) => !implied.includes(d));
  if (explicit.length === 0) return [];
  return [`  dependsOn: [\n${explicit.map((d) => `    ${d.symbol}\n`).join('')}  ]`];
}

function implied(r: ArmResource, scope: RenderScope): ArmDependency[] {
  return [...(r.parent ? [r.parent] : []), ...(r.extensionOf ? [r.extensionOf] : []), ...referencedResources([r.name, r.body], scope)];
}

/** Declared resources referred to as `symbol.id` (same scope, not passed in) within `values`. */
function referencedResources(values: unknown[], scope: RenderScope): ArmResource[] {
  const found: ArmResource[] = [];
  const visit = (value: unknown): void => {
    if (value instanceof ResourceIdReference) {
      const target = value.target;
      if (target.scope.key === scope.key && !scope.passedIds.has(target)) found.push(target);
    } else if (isArmExpression(value) || Array.isArray(value) || (value !== null && typeof value === 'object')) {
      Object.values(value as object).forEach(visit);
    }
  };
  values.forEach(visit);
  return found;
}

function join(blocks: string[]): string {
  return `${blocks.join('\n\n')}\n`;
}
