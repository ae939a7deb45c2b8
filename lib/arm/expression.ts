import type { ArmResource } from './model';

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
