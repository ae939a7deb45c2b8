import { TerraformStack } from 'cdktf';
import { ConstructValidationError } from '../core/errors';
import { isArmExpression, ParameterReference, ResourceIdReference } from './model';
import { camelCase, Identifiers } from './identifiers';
import { jsonExpression } from './json-expression';
import {
  ArmDependency,
  ArmParameter,
  ArmResource,
  ArmScope,
  ArmTemplateModel,
  ArmValue,
  isNestedDeployment,
  NestedDeployment,
} from './model';

const MAX_DEPLOYMENT_NAME = 64;

/**
 * Places resources in deployments. An ARM template deploys into one resource group: the one of
 * the first resource declared (its subscription, when named, is the one to deploy to). Resources
 * of every other resource group (or subscription) go into one nested deployment per scope,
 * rendered as a Bicep module; resource IDs they need from outside are passed in as parameters,
 * and dependencies across scopes become dependencies of the nested deployment.
 */
export function planDeployment(
  stack: TerraformStack,
  declared: ArmResource[],
  existing: ArmResource[],
  parameters: ArmParameter[],
  identifiers: Identifiers,
): ArmTemplateModel {
  const first = declared[0].scope;
  const sameSubscription = (value: ArmValue | undefined) =>
    value !== undefined && first.subscriptionId !== undefined && canonical(value) === canonical(first.subscriptionId);
  for (const resource of [...declared, ...existing]) {
    const subscriptionId = sameSubscription(resource.scope.subscriptionId) ? undefined : resource.scope.subscriptionId;
    resource.scope = scope(subscriptionId, resource.scope.resourceGroupName);
  }
  const home = declared[0].scope;
  const inScope = (key: string) => [...existing, ...declared].filter((r) => r.scope.key === key);

  const nested = new Map<string, NestedDeployment>();
  const names = new Set<string>();
  for (const resource of declared) {
    const key = resource.scope.key;
    if (key === home.key || nested.has(key)) continue;
    nested.set(key, nestedDeployment(stack.node.id, resource.scope, inScope(key), parameters, identifiers, nested.size, names));
  }

  const unitOf = (resource: ArmResource): ArmDependency => nested.get(resource.scope.key) ?? resource;
  for (const resource of declared) {
    const across = resource.dependsOn.filter((d) => (d as ArmResource).scope.key !== resource.scope.key);
    resource.dependsOn = resource.dependsOn.filter((d) => !across.includes(d));
    const waiting = unitOf(resource);
    for (const dependency of across.map((d) => unitOf(d as ArmResource))) {
      if (dependency !== waiting && !waiting.dependsOn.includes(dependency)) waiting.dependsOn.push(dependency);
    }
  }
  const deployments = [...nested.values()];
  checkAcyclic(stack, [...declared.filter((r) => r.scope.key === home.key), ...deployments]);

  return {
    stackName: stack.node.id,
    scope: home,
    ...(first.subscriptionId !== undefined ? { subscriptionId: first.subscriptionId } : {}),
    parameters,
    resources: inScope(home.key),
    nestedDeployments: deployments,
  };
}

function nestedDeployment(
  stackName: string,
  where: ArmScope,
  resources: ArmResource[],
  templateParameters: ArmParameter[],
  identifiers: Identifiers,
  index: number,
  taken: Set<string>,
): NestedDeployment {
  const parameters: ArmParameter[] = [];
  const inputs: { [name: string]: ArmValue } = {};
  const passed = new Map<ArmResource, string>();
  const visit = (value: unknown): void => {
    if (value instanceof ParameterReference) {
      if (inputs[value.name] !== undefined) return;
      // The parent template always passes a value: the nested one needs no default.
      const { name, type, description } = templateParameters.find((p) => p.name === value.name)!;
      parameters.push({ name, type, ...(description !== undefined ? { description } : {}) });
      inputs[value.name] = value;
    } else if (value instanceof ResourceIdReference) {
      if (value.target.scope.key === where.key || passed.has(value.target)) return;
      const name = identifiers.claim(`${value.target.symbol}Id`);
      passed.set(value.target, name);
      parameters.push({ name, type: 'string' });
      inputs[name] = value;
    } else if (isArmExpression(value) || Array.isArray(value) || (value !== null && typeof value === 'object')) {
      Object.values(value as object).forEach(visit);
    }
  };
  for (const resource of resources) {
    visit(resource.name);
    visit(resource.body);
  }
  const group = typeof where.resourceGroupName === 'string' ? where.resourceGroupName : `rg${index + 1}`;
  return {
    symbol: identifiers.claim(camelCase(`${group}-deployment`)),
    name: deploymentName(stackName, group, index, taken),
    scope: where,
    parameters,
    inputs,
    resources,
    dependsOn: [],
  };
}

/**
 * `<stack>-<resource group>`: at most 64 letters, digits, `-`, `_`, `.`, `(` or `)`; numbered
 * when too long or taken (one resource group name in two subscriptions).
 */
function deploymentName(stackName: string, group: string, index: number, taken: Set<string>): string {
  let name = `${stackName}-${group}`.replace(/[^-\w.()]/g, '-');
  if (name.length > MAX_DEPLOYMENT_NAME || taken.has(name.toLowerCase())) {
    const suffix = `-${index + 1}`;
    name = name.slice(0, MAX_DEPLOYMENT_NAME - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

function scope(subscriptionId: ArmValue | undefined, resourceGroupName: ArmValue): ArmScope {
  return {
    ...(subscriptionId !== undefined ? { subscriptionId } : {}),
    resourceGroupName,
    key: `${subscriptionId === undefined ? '' : canonical(subscriptionId)}/${canonical(resourceGroupName)}`,
  };
}

// Resource group names and subscription IDs compare ignoring case, as Azure compares them.
function canonical(value: ArmValue): string {
  if (typeof value === 'string') return value.toLowerCase();
  if (isArmExpression(value)) return `[${jsonExpression(value, { key: '', passedIds: new Map() })}]`;
  return JSON.stringify(value);
}

/** Deployments that wait for each other in a circle cannot be deployed: say which resources cause it. */
function checkAcyclic(stack: TerraformStack, units: ArmDependency[]): void {
  const state = new Map<ArmDependency, 'visiting' | 'done'>();
  const visit = (unit: ArmDependency, path: ArmDependency[]): void => {
    if (state.get(unit) === 'done') return;
    if (state.get(unit) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(unit)), unit].map(describe).join(' → ');
      throw new ConstructValidationError(
        stack,
        `ARM output: resources of different resource groups depend on each other in a circle (${cycle}); a template deploys each other resource group in one nested deployment, so the order cannot be met — put these resources in one resource group, or in separate stacks.`,
      );
    }
    state.set(unit, 'visiting');
    unit.dependsOn.forEach((next) => visit(next, [...path, unit]));
    state.set(unit, 'done');
  };
  units.forEach((unit) => visit(unit, []));
}

function describe(unit: ArmDependency): string {
  if (!isNestedDeployment(unit)) return unit.constructPath;
  return `resource group ${typeof unit.scope.resourceGroupName === 'string' ? `'${unit.scope.resourceGroupName}'` : unit.name} (${unit.resources.filter((r) => !r.existing).map((r) => r.constructPath).join(', ')})`;
}
