import { parse } from '@cdktf/hcl2json';
import { TerraformStack, Testing } from 'cdktf';
import { evaluate, interpolation, Variables } from './hcl-evaluator';

/** A `lifecycle.precondition` as synthesized. */
export interface Precondition {
  readonly condition: string;
  readonly error_message: string;
}

/** The preconditions of every resource of `type` in `stack`, by resource name. */
export function preconditionsOf(stack: TerraformStack, type: string): { [name: string]: Precondition[] } {
  const json = JSON.parse(Testing.synth(stack));
  const result: { [name: string]: Precondition[] } = {};
  for (const [name, config] of Object.entries<any>(json.resource?.[type] ?? {})) {
    result[name] = config.lifecycle?.precondition ?? [];
  }
  return result;
}

/** The preconditions of the only resource of `type` in `stack` whose error messages name `ruleId`. */
export function guardsOf(stack: TerraformStack, type: string, ruleId: string): Precondition[] {
  return Object.values(preconditionsOf(stack, type))
    .flat()
    .filter((p) => p.error_message.startsWith(`${ruleId} `));
}

/**
 * Parses the condition with HashiCorp's own HCL parser (@cdktf/hcl2json) and evaluates it with
 * the test evaluator: `true` when the guard lets `terraform plan` go on with these values.
 */
export async function holds(precondition: Precondition, variables: Variables): Promise<boolean> {
  const expression = interpolation(precondition.condition);
  await expectParsesAsHcl(expression);
  const value = evaluate(expression, variables);
  if (typeof value !== 'boolean') throw new Error(`condition is not a bool: ${JSON.stringify(value)}`);
  return value;
}

/** Fails unless `expression` is a valid HCL native-syntax expression. */
export async function expectParsesAsHcl(expression: string): Promise<void> {
  const parsed = await parse('guard.tf', `guard = ${expression}\n`);
  if (!parsed || typeof parsed.guard !== 'string') throw new Error(`not parsed as an HCL expression: ${expression}`);
}
