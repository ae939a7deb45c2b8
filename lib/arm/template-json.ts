import { FunctionCall, ResourceIdReference } from './model';
import { asArgument, jsonExpression, jsonValue, nestedScope, RenderScope } from './json-expression';
import { ArmDependency, ArmParameter, ArmResource, ArmTemplateModel, ArmValue, isNestedDeployment, NestedDeployment, nameSegments, scopeFormat } from './model';
import { deploymentDescription } from './template-description';

/** The ARM deployment template schema the output declares. */
const DEPLOYMENT_TEMPLATE_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
/** API version of the nested deployments (what Bicep modules compile to). */
const DEPLOYMENTS_API_VERSION = '2022-09-01';

/** The model as an ARM deployment template (`template.json`). */
export function renderTemplateJson(model: ArmTemplateModel): object {
  const home: RenderScope = { key: model.scope.key, passedIds: new Map() };
  return template(model.parameters, model.resources, model.nestedDeployments, home, { description: deploymentDescription(model) });
}

function template(
  parameters: ArmParameter[],
  resources: ArmResource[],
  deployments: NestedDeployment[],
  scope: RenderScope,
  metadata?: object,
): object {
  return {
    $schema: DEPLOYMENT_TEMPLATE_SCHEMA,
    contentVersion: '1.0.0.0',
    ...(metadata ? { metadata } : {}),
    ...(parameters.length > 0 ? { parameters: Object.fromEntries(parameters.map((p) => [p.name, parameter(p, scope)])) } : {}),
    resources: [
      ...resources.filter((r) => !r.existing).map((r) => resource(r, scope)),
      ...deployments.map((d) => deployment(d, scope)),
    ],
  };
}

function parameter(definition: ArmParameter, scope: RenderScope): object {
  return {
    type: definition.type,
    ...(definition.defaultValue !== undefined ? { defaultValue: jsonValue(definition.defaultValue as ArmValue, scope) } : {}),
    ...(definition.allowedValues !== undefined ? { allowedValues: definition.allowedValues } : {}),
    ...(definition.maxValue !== undefined ? { maxValue: definition.maxValue } : {}),
    ...(definition.description !== undefined ? { metadata: { description: definition.description } } : {}),
  };
}

function resource(r: ArmResource, scope: RenderScope): object {
  const segments = nameSegments(r);
  // A child resource is named `<parent>/<child>`, written as Bicep compiles it: format('{0}/{1}', ...).
  const name = segments.length === 1 ? jsonValue(segments[0], scope) : jsonValue(childName(segments), scope);
  return {
    type: r.type,
    apiVersion: r.apiVersion,
    ...(r.extensionOf ? { scope: jsonValue(extensionScope(r.extensionOf), scope) } : {}),
    name,
    ...(jsonValue(r.body, scope) as object),
    ...dependsOn(r.dependsOn, scope),
  };
}

/** The `scope` of an extension resource, as Bicep compiles `scope: <symbol>`: `format('Microsoft.Compute/images/{0}', name)`. */
function extensionScope(target: ArmResource): FunctionCall {
  return new FunctionCall('format', [scopeFormat(target), ...nameSegments(target).map(asArgument)]);
}

function childName(segments: ArmValue[]): FunctionCall {
  return new FunctionCall('format', [segments.map((_, i) => `{${i}}`).join('/'), ...segments.map(asArgument)]);
}

function deployment(d: NestedDeployment, parentScope: RenderScope): object {
  return {
    type: 'Microsoft.Resources/deployments',
    apiVersion: DEPLOYMENTS_API_VERSION,
    name: d.name,
    ...(d.scope.subscriptionId !== undefined ? { subscriptionId: jsonValue(d.scope.subscriptionId, parentScope) } : {}),
    resourceGroup: jsonValue(d.scope.resourceGroupName, parentScope),
    properties: {
      expressionEvaluationOptions: { scope: 'inner' },
      mode: 'Incremental',
      ...(Object.keys(d.inputs).length > 0
        ? { parameters: Object.fromEntries(Object.entries(d.inputs).map(([name, value]) => [name, { value: jsonValue(value, parentScope) }])) }
        : {}),
      template: template(d.parameters, d.resources, [], nestedScope(d)),
    },
    ...dependsOn(d.dependsOn, parentScope),
  };
}

function dependsOn(dependencies: ArmDependency[], scope: RenderScope): object {
  if (dependencies.length === 0) return {};
  return {
    dependsOn: dependencies.map((d) =>
      isNestedDeployment(d)
        ? `[resourceId('Microsoft.Resources/deployments', '${d.name}')]`
        : `[${jsonExpression(new ResourceIdReference(d), scope)}]`,
    ),
  };
}
