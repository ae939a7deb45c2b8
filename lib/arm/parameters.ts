import { TerraformStack, TerraformVariable } from 'cdktf';
import { isUnresolved } from '../core/tokens';
import { ParameterReference } from './model';
import { Identifiers } from './identifiers';
import { ParameterLimits, parameterLimits } from './plan-guards';
import { ArmParameter, ArmParameterType } from './model';

/**
 * The template parameters of a stack: one per Terraform variable the ARM output uses, named
 * like the variable (characters Bicep does not allow in names become `_`), with its type,
 * default and description. A sensitive variable becomes a secure parameter. Where a plan-time
 * guard restricts a variable, its parameter carries the limit (`allowedValues`, `maxValue`).
 */
export class TemplateParameters {
  private readonly variables: Map<string, TerraformVariable>;
  private readonly names = new Map<string, string>();
  private readonly used = new Map<string, ArmParameter>();
  private readonly limits: Map<string, ParameterLimits>;

  constructor(stack: TerraformStack, identifiers: Identifiers) {
    this.limits = parameterLimits(stack);
    const variables = stack.node
      .findAll()
      .filter((c): c is TerraformVariable => c instanceof TerraformVariable && TerraformStack.of(c) === stack);
    this.variables = new Map(variables.map((v) => [v.friendlyUniqueId, v]));
    // Claimed before any symbol, so parameters keep their variables' names.
    for (const variable of variables) this.names.set(variable.friendlyUniqueId, identifiers.claim(variable.friendlyUniqueId));
  }

  /** The parameter for `var.<variableName>`, or undefined when the stack has no such variable. */
  public forVariable(variableName: string): ParameterReference | undefined {
    const variable = this.variables.get(variableName);
    if (!variable) return undefined;
    const name = this.names.get(variableName)!;
    if (!this.used.has(name)) this.used.set(name, toParameter(name, variable, this.limits.get(variableName) ?? {}));
    return new ParameterReference(name);
  }

  /**
   * The parameters used so far, in order of first use, then those of restricted variables the
   * resources do not use: the deployment still has to pass a value the guard accepts.
   */
  public all(): ArmParameter[] {
    for (const variableName of this.limits.keys()) this.forVariable(variableName);
    return [...this.used.values()];
  }
}

function toParameter(name: string, variable: TerraformVariable, limits: ParameterLimits): ArmParameter {
  const defaultValue = variable.default === undefined || isUnresolved(variable.default) ? undefined : variable.default;
  const type = parameterType(variable.type, defaultValue);
  return {
    name,
    type: variable.sensitive ? secure(type) : type,
    ...(defaultValue !== undefined ? { defaultValue } : {}),
    ...(variable.description ? { description: variable.description } : {}),
    ...limits,
  };
}

/** ARM's type for a Terraform type constraint; `any` or none is read from the default. */
function parameterType(terraformType: string | undefined, defaultValue: unknown): ArmParameterType {
  const type = (terraformType ?? '').replace(/\s/g, '');
  if (type === 'string') return 'string';
  if (type === 'number') return 'int';
  if (type === 'bool') return 'bool';
  if (/^(list|set|tuple)\b/.test(type)) return 'array';
  if (/^(map|object)\b/.test(type)) return 'object';
  if (Array.isArray(defaultValue)) return 'array';
  if (typeof defaultValue === 'number') return 'int';
  if (typeof defaultValue === 'boolean') return 'bool';
  if (defaultValue !== null && typeof defaultValue === 'object') return 'object';
  return 'string';
}

function secure(type: ArmParameterType): ArmParameterType {
  if (type === 'string') return 'securestring';
  if (type === 'object') return 'secureObject';
  return type;
}
