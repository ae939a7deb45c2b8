import { ArmArgument, ArmExpression, isArmExpression, ResourceIdReference } from './model';
import { asArgument, RenderScope } from './json-expression';
import { ArmValue, nameSegments } from './model';

const INDENT = '  ';
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A template value as Bicep: objects and arrays one item per line, indented by `depth`. */
export function bicepValue(value: ArmValue, scope: RenderScope, depth: number): string {
  if (isArmExpression(value)) return bicepExpression(value, scope);
  if (typeof value === 'string') return bicepString(value);
  if (typeof value === 'number') return bicepNumber(value);
  if (typeof value === 'boolean' || value === null) return String(value);
  const pad = INDENT.repeat(depth + 1);
  const close = INDENT.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${pad}${bicepValue(item, scope, depth + 1)}\n`).join('')}${close}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${pad}${bicepKey(key)}: ${bicepValue(item, scope, depth + 1)}\n`).join('')}${close}}`;
}

/** An expression as Bicep. */
export function bicepExpression(expression: ArmExpression, scope: RenderScope): string {
  switch (expression.kind) {
    case 'parameter':
      return expression.name;
    case 'resourceId':
      return resourceId(expression, scope);
    case 'call':
      return `${expression.name}(${expression.args.map((arg) => argument(arg, scope)).join(', ')})`;
    case 'property':
      return `${bicepExpression(expression.target, scope)}.${expression.property}`;
    case 'index':
      return `${bicepExpression(expression.target, scope)}[${expression.index}]`;
    case 'interpolation':
      return `'${expression.parts.map((part) => (typeof part === 'string' ? escape(part) : `\${${bicepExpression(part, scope)}}`)).join('')}'`;
  }
}

/** `symbol.id` in the resource's own scope; `resourceId(...)` naming the resource group in another. */
function resourceId(reference: ResourceIdReference, scope: RenderScope): string {
  const target = reference.target;
  const passed = scope.passedIds.get(target);
  if (passed !== undefined) return passed;
  if (target.scope.key === scope.key) return `${target.symbol}.id`;
  const where: ArmValue[] = [...(target.scope.subscriptionId !== undefined ? [target.scope.subscriptionId] : []), target.scope.resourceGroupName];
  const render = (value: ArmValue) => argument(asArgument(value), scope);
  return `resourceId(${[...where.map(render), bicepString(target.type), ...nameSegments(target).map(render)].join(', ')})`;
}

function argument(arg: ArmArgument, scope: RenderScope): string {
  if (typeof arg === 'string') return bicepString(arg);
  if (typeof arg === 'number') return bicepNumber(arg);
  return bicepExpression(arg, scope);
}

/** A Bicep string literal. */
export function bicepString(text: string): string {
  return `'${escape(text)}'`;
}

/** An object key: bare when it is an identifier, quoted otherwise. */
export function bicepKey(key: string): string {
  return IDENTIFIER.test(key) ? key : bicepString(key);
}

// Bicep has integer literals only; other numbers go through json().
function bicepNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : `json(${bicepString(String(value))})`;
}

/** Bicep string escapes: `\\`, `\'`, `\${`, `\n`, `\r`, `\t` and `\u{...}` for other control characters. */
function escape(text: string): string {
  return text.replace(/\\|'|\$\{|[\u0000-\u001f]/g, (c) => {
    if (c === '\\') return '\\\\';
    if (c === "'") return "\\'";
    if (c === '${') return '\\${';
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u{${c.charCodeAt(0).toString(16).toUpperCase()}}`;
  });
}
