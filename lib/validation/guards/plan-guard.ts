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
  /**
   * Construct path of the construct whose resource carries the guard, when not the one checked:
   * a guard shared by several constructs (a lineage's sum) is placed once.
   * @default - the construct checked
   */
  readonly placeOn?: string;
  /**
   * Set when the guard asks only that one token be one of some known values (a region that
   * must equal a known region) or at most a number (a node count whose lineage's other counts
   * are known): ARM/Bicep output, which has no preconditions, can say that on the token's
   * parameter (`allowedValues`, `maxValue`).
   * @default - ARM/Bicep output cannot express the guard
   */
  readonly restriction?: ParameterRestriction;
}

/** What one token may be for a guard to pass: one of `allowedValues`, or at most `maxValue`. */
export interface ParameterRestriction {
  /** The token (a Terraform variable, for ARM to restrict). */
  readonly value: unknown;
  /** The values that pass the guard. @default - any */
  readonly allowedValues?: string[];
  /** The largest value that passes the guard. @default - no maximum */
  readonly maxValue?: number;
}

/** A guard as placed on a resource, for readers other than Terraform (ARM/Bicep output). */
export interface PlacedGuard {
  /** The rule, or undefined for a construction-time check (inbound NAT pool ports). */
  readonly ruleId?: string;
  /** Construct path of the construct whose check was deferred. */
  readonly constructPath: string;
  /** The error message of the precondition. */
  readonly errorMessage: string;
  /** See `PlanGuard.restriction`. @default - none */
  readonly restriction?: ParameterRestriction;
}
