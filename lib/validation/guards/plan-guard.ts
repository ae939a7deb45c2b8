import { IResolvable } from 'cdktf';

/**
 * What a rule hands to Terraform when it cannot decide at synth because a value is a token: a
 * condition over the same values that holds exactly when the rule passes, and the finding
 * Terraform reports when it does not. The checks put it on the protected resource as a
 * `lifecycle.precondition`, so `terraform plan` fails before anything is created.
 *
 * @see https://developer.hashicorp.com/terraform/language/expressions/custom-conditions#preconditions-and-postconditions
 */
export interface PlanGuard {
  /** A Terraform boolean expression (built with guards/expressions.ts); true when the rule passes. */
  readonly condition: IResolvable;
  /** What is wrong, as the synth-time finding says it; token values are interpolated by Terraform. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
}
