import { TerraformStack } from 'cdktf';
import { placedGuards } from '../validation/guards/attach';
import { terraformExpression } from '../validation/token-expression';

const VARIABLE = /^\$\{var\.([A-Za-z][A-Za-z0-9_-]*)\}$/;

/** What a template parameter may take, from the plan-time guards on its variable. */
export interface ParameterLimits {
  /** @default - any value */
  readonly allowedValues?: string[];
  /** @default - no maximum */
  readonly maxValue?: number;
}

/**
 * ARM templates have no preconditions. For the plan-time guards of `stack` (checks deferred
 * because a value is a token), the limits of the template parameters: a guard that asks only
 * that one Terraform variable be one of some known values (a region that must equal a known
 * region) or at most a number becomes `allowedValues` or `maxValue` of that variable's
 * parameter. Any other guard stops ARM synthesis with the rule ID and the construct path, as
 * other Terraform-only values do.
 *
 * @returns limits by Terraform variable name (its friendly unique ID)
 */
export function parameterLimits(stack: TerraformStack): Map<string, ParameterLimits> {
  const limits = new Map<string, ParameterLimits>();
  for (const guard of placedGuards(stack)) {
    const what = `${guard.ruleId ? `${guard.ruleId} ` : ''}[${guard.constructPath}]`;
    const restriction = guard.restriction;
    const variable = restriction && VARIABLE.exec(terraformExpression(stack, restriction.value) ?? '')?.[1];
    if (!restriction || !variable) {
      throw new Error(
        `ARM synthesis of stack '${stack.node.id}' stopped: ${what} is checked only at plan, by a Terraform precondition ` +
          `that an ARM template cannot express ("${terraformExpression(stack, guard.errorMessage) ?? guard.errorMessage}"); ` +
          'give the values it compares as literals' +
          (guard.ruleId ? `, or suppress ${guard.ruleId} on the construct with a reason.` : '.'),
      );
    }
    const earlier = limits.get(variable) ?? {};
    const allowedValues =
      earlier.allowedValues && restriction.allowedValues
        ? earlier.allowedValues.filter((v) => restriction.allowedValues!.includes(v))
        : (restriction.allowedValues ?? earlier.allowedValues);
    if (allowedValues?.length === 0) {
      throw new Error(
        `ARM synthesis of stack '${stack.node.id}' stopped: ${what} leaves Terraform variable '${variable}' no value that ` +
          `passes every check (${earlier.allowedValues!.join(', ')} and ${restriction.allowedValues!.join(', ')}); make the values agree.`,
      );
    }
    const maxValue =
      earlier.maxValue !== undefined && restriction.maxValue !== undefined
        ? Math.min(earlier.maxValue, restriction.maxValue)
        : (restriction.maxValue ?? earlier.maxValue);
    limits.set(variable, {
      ...(allowedValues ? { allowedValues } : {}),
      ...(maxValue !== undefined ? { maxValue } : {}),
    });
  }
  return limits;
}
