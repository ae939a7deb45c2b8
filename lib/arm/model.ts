/*
 * The one model both outputs are rendered from (the values, with their expressions, and the
 * resources; one file because each refers to the other): `template.json` and `main.bicep` (plus a Bicep
 * module per extra resource group) are two views of it, so they cannot drift apart.
 */

/** A value in a template: JSON data in which any value may be an expression. */
export type ArmValue = string | number | boolean | null | ArmExpression | ArmValue[] | ArmObject;

/** A JSON object of template values. */
export interface ArmObject {
  [key: string]: ArmValue;
}

/** ARM parameter types the synthesizer emits. */
export type ArmParameterType = 'string' | 'securestring' | 'int' | 'bool' | 'array' | 'object' | 'secureObject';

/** A template parameter (from a Terraform variable, or a value passed into a nested deployment). */
export interface ArmParameter {
  readonly name: string;
  readonly type: ArmParameterType;
  readonly defaultValue?: unknown;
  readonly description?: string;
  /** The only values the parameter takes (a plan-time guard's restriction). */
  readonly allowedValues?: string[];
  /** The largest value the parameter takes (a plan-time guard's restriction). */
  readonly maxValue?: number;
}

/** Where resources are deployed: a resource group, in a subscription when not the deployment's. */
export interface ArmScope {
  /** Undefined: the subscription the template is deployed to. */
  readonly subscriptionId?: ArmValue;
  readonly resourceGroupName: ArmValue;
  /** Equal for equal scopes (resource group names compared as Azure does, ignoring case). */
  readonly key: string;
}

/** A resource of the template, declared here or (`existing`) referenced as a parent. */
export interface ArmResource {
  /** Bicep symbol, unique in the stack. */
  readonly symbol: string;
  /** Path of the construct it comes from, for messages. */
  readonly constructPath: string;
  readonly type: string;
  readonly apiVersion: string;
  /** Its own name: the last segment of its full name. */
  readonly name: ArmValue;
  readonly parent?: ArmResource;
  /** True for a parent that exists outside the template (Bicep `existing`, absent from the JSON). */
  readonly existing: boolean;
  scope: ArmScope;
  /** `location`, `tags`, `identity`, `properties`: the body after the name. */
  body: ArmObject;
  /** Resources and nested deployments this one must be deployed after. */
  dependsOn: ArmDependency[];
  /**
   * For an extension resource (a lock): the resource it applies to, in the same scope. Rendered
   * as ARM `scope` (`format('<type>/{0}', name)`) and Bicep `scope: <symbol>`.
   */
  readonly extensionOf?: ArmResource;
}

/** Resources outside the template's own resource group, deployed by a nested deployment (a Bicep module). */
export interface NestedDeployment {
  /** Bicep symbol of the module. */
  readonly symbol: string;
  /** Deployment name (also the module's file name). */
  readonly name: string;
  readonly scope: ArmScope;
  /** Parameters of the nested template and the values the parent template passes for them. */
  readonly parameters: ArmParameter[];
  readonly inputs: { readonly [parameter: string]: ArmValue };
  readonly resources: ArmResource[];
  readonly dependsOn: ArmDependency[];
}

/** Something a resource or nested deployment waits for. */
export type ArmDependency = ArmResource | NestedDeployment;

/** Everything one stack synthesizes to. */
export interface ArmTemplateModel {
  readonly stackName: string;
  /** The scope of the template itself: where `az deployment group create` deploys it. */
  readonly scope: ArmScope;
  /** The subscription the constructs of that scope name, if any: the one to deploy to. */
  readonly subscriptionId?: ArmValue;
  readonly parameters: ArmParameter[];
  /** Resources of the template's own scope, `existing` parents included. */
  readonly resources: ArmResource[];
  readonly nestedDeployments: NestedDeployment[];
}

/** True when `dependency` is a nested deployment. */
export function isNestedDeployment(dependency: ArmDependency): dependency is NestedDeployment {
  return (dependency as NestedDeployment).inputs !== undefined;
}

/**
 * The format string of a resource's type-qualified name, as ARM's `scope` of an extension
 * resource takes it: `Microsoft.Compute/images/{0}`, `Microsoft.Compute/galleries/{0}/images/{1}`.
 */
export function scopeFormat(resource: ArmResource): string {
  const [namespace, ...types] = resource.type.split('/');
  return [namespace, ...types.map((type, i) => `${type}/{${i}}`)].join('/');
}

/** The segments of a resource's full name, from its top-level ancestor down to itself. */
export function nameSegments(resource: ArmResource): ArmValue[] {
  return [...(resource.parent ? nameSegments(resource.parent) : []), resource.name];
}

/*
 * ARM template expressions, as a small tree that renders to both languages: ARM JSON
 * (`"[parameters('x')]"`) and Bicep (`x`). Only what the synthesizer emits is modelled.
 */

/** A literal or expression argument of a function call. */
export type ArmArgument = string | number | ArmExpression;

/** Any ARM expression. */
export type ArmExpression = ParameterReference | ResourceIdReference | FunctionCall | PropertyAccess | IndexAccess | Interpolation;

/** Base class: lets values tell expressions from plain objects. */
abstract class ArmExpressionNode {}

/** A template parameter: `parameters('name')` / `name`. */
export class ParameterReference extends ArmExpressionNode {
  public readonly kind = 'parameter';
  constructor(public readonly name: string) {
    super();
  }
}

/** The resource ID of a resource declared in the template: `resourceId(...)` / `symbol.id`. */
export class ResourceIdReference extends ArmExpressionNode {
  public readonly kind = 'resourceId';
  constructor(public readonly target: ArmResource) {
    super();
  }
}

/** A function call, e.g. `subscription()` or `split(x, '/')`. */
export class FunctionCall extends ArmExpressionNode {
  public readonly kind = 'call';
  constructor(
    public readonly name: string,
    public readonly args: ArmArgument[],
  ) {
    super();
  }
}

/** `target.property`, e.g. `subscription().subscriptionId`. */
export class PropertyAccess extends ArmExpressionNode {
  public readonly kind = 'property';
  constructor(
    public readonly target: ArmExpression,
    public readonly property: string,
  ) {
    super();
  }
}

/** `target[index]`. */
export class IndexAccess extends ArmExpressionNode {
  public readonly kind = 'index';
  constructor(
    public readonly target: ArmExpression,
    public readonly index: number,
  ) {
    super();
  }
}

/** A string built from literal text and expressions: `format(...)` / `'...${x}...'`. */
export class Interpolation extends ArmExpressionNode {
  public readonly kind = 'interpolation';
  constructor(public readonly parts: Array<string | ArmExpression>) {
    super();
  }
}

/** True for expression nodes (as opposed to literal values and plain objects). */
export function isArmExpression(value: unknown): value is ArmExpression {
  return value instanceof ArmExpressionNode;
}

/** Joins literal text and expressions: a plain string when nothing is an expression. */
export function interpolate(parts: Array<string | ArmExpression>): string | ArmExpression {
  const merged: Array<string | ArmExpression> = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (typeof part === 'string' && typeof last === 'string') merged[merged.length - 1] = last + part;
    else if (part !== '') merged.push(part);
  }
  if (merged.length === 0) return '';
  if (merged.length === 1) return merged[0];
  return new Interpolation(merged);
}

/** `subscription().<property>`: the subscription the template is deployed to. */
export function deploymentSubscription(property: 'subscriptionId' | 'tenantId'): ArmExpression {
  return new PropertyAccess(new FunctionCall('subscription', []), property);
}
