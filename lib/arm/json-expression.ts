import { ArmArgument, ArmExpression, isArmExpression, ResourceIdReference } from './model';
import { ArmResource, ArmValue, NestedDeployment, nameSegments } from './model';

/** The template an expression is rendered in. */
export interface RenderScope {
  /** Key of the template's scope: references to resources of other scopes name their resource group. */
  readonly key: string;
  /** Resource IDs a nested template receives as parameters, by resource. */
  readonly passedIds: ReadonlyMap<ArmResource, string>;
}

/** The scope of a nested deployment's template: the IDs it receives are its parameters. */
export function nestedScope(deployment: NestedDeployment): RenderScope {
  const passedIds = new Map<ArmResource, string>();
  for (const [name, value] of Object.entries(deployment.inputs)) {
    if (value instanceof ResourceIdReference) passedIds.set(value.target, name);
  }
  return { key: deployment.scope.key, passedIds };
}

/** A template value as ARM JSON: expressions become `"[...]"` strings. */
export function jsonValue(value: ArmValue, scope: RenderScope): unknown {
  if (isArmExpression(value)) return `[${jsonExpression(value, scope)}]`;
  // A literal string that looks like an expression is escaped by doubling its first bracket.
  if (typeof value === 'string') return /^\[[\s\S]*\]$/.test(value) ? `[${value}` : value;
  if (Array.isArray(value)) return value.map((item) => jsonValue(item, scope));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, jsonValue(item, scope)]));
  }
  return value;
}

/** The text of an expression, without the brackets. */
export function jsonExpression(expression: ArmExpression, scope: RenderScope): string {
  switch (expression.kind) {
    case 'parameter':
      return `parameters(${stringLiteral(expression.name)})`;
    case 'resourceId':
      return resourceId(expression, scope);
    case 'call':
      return `${expression.name}(${expression.args.map((arg) => argument(arg, scope)).join(', ')})`;
    case 'property':
      return `${jsonExpression(expression.target, scope)}.${expression.property}`;
    case 'index':
      return `${jsonExpression(expression.target, scope)}[${expression.index}]`;
    case 'interpolation': {
      const args: ArmExpression[] = [];
      const format = expression.parts
        .map((part) => {
          if (typeof part === 'string') return part.replace(/[{}]/g, (brace) => brace + brace);
          args.push(part);
          return `{${args.length - 1}}`;
        })
        .join('');
      return `format(${[stringLiteral(format), ...args.map((arg) => jsonExpression(arg, scope))].join(', ')})`;
    }
  }
}

/**
 * `resourceId([subscriptionId,] [resourceGroupName,] type, name...)`: the resource group (and
 * subscription) only when the resource is in another scope than the template.
 */
function resourceId(reference: ResourceIdReference, scope: RenderScope): string {
  const target = reference.target;
  const passed = scope.passedIds.get(target);
  if (passed !== undefined) return `parameters(${stringLiteral(passed)})`;
  const where: ArmValue[] =
    target.scope.key === scope.key
      ? []
      : [...(target.scope.subscriptionId !== undefined ? [target.scope.subscriptionId] : []), target.scope.resourceGroupName];
  const render = (value: ArmValue) => argument(asArgument(value), scope);
  return `resourceId(${[...where.map(render), stringLiteral(target.type), ...nameSegments(target).map(render)].join(', ')})`;
}

function argument(arg: ArmArgument, scope: RenderScope): string {
  if (typeof arg === 'string') return stringLiteral(arg);
  if (typeof arg === 'number') return String(arg);
  return jsonExpression(arg, scope);
}

/** A name or scope value as a function argument (the builder only makes strings and expressions). */
export function asArgument(value: ArmValue): ArmArgument {
  if (typeof value === 'string' || typeof value === 'number' || isArmExpression(value)) return value;
  throw new Error(`internal: ${JSON.stringify(value)} cannot be a function argument`);
}

/** `'text'`, with `'` doubled as ARM expressions escape it. */
function stringLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
