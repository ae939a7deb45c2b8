import { Finding, Findings, isUnresolvedFinding } from './finding';
import type { PlanGuard } from './guards/plan-guard';
import { IRule, IRuleContext } from './rule-interface';
import { RuleInfo, RuleSeverity } from './rule-info';

export { RuleSeverity } from './rule-info';
export type { Finding } from './finding';
export type { LineageFamilyPools } from './rule-interface';

/*
 * The library's rules implement the public rule API (`IRule`, rule-interface.ts). This file
 * holds the TypeScript shorthand they are written in: an object literal that leaves out the
 * checks it does not need. `CustomImagePoolChecks` runs these and users' `IRule`s alike.
 */

/**
 * The rule met a value that is a Terraform token and could not check it at synth. With a guard
 * (the library's own rules), the check is deferred to plan: a precondition on the protected
 * resource, or a check block for a warning. Without one, or where it cannot be placed: AZW106.
 */
export type Unresolved = Finding & {
  /** The rule as a Terraform condition over the same values. @default - none: AZW106 */
  readonly guard?: PlanGuard;
};

/** What a rule returns for each problem it sees: a finding, or an unresolved value. */
export type RuleResult = Finding;

/** What rules can read besides the subject itself. */
export interface RuleContext extends IRuleContext {
  /**
   * True when `a` and `b` are tokens that stand for the same Terraform expression in the stack
   * of the construct checked (e.g. both `var.location`): equal at plan, whatever the value.
   * Given by the library's checks; absent from contexts made elsewhere.
   */
  sameTerraformValue?(a: unknown, b: unknown): boolean;
}

/**
 * A synth-time rule: an `IRule` whose checks may be left out. One built-in rule per file in
 * `rules/`, named `<id>-<name>.ts`; `rules/index.ts` lists them.
 */
export type Rule = RuleInfo & Partial<Pick<IRule, 'checkPool' | 'checkImage' | 'checkAccount'>>;

/** A finding. */
export function finding(message: string, fix: string, severity?: RuleSeverity): Finding {
  return Findings.of(message, fix, severity);
}

/** A value the rule could not check because it is a token; `guard` checks it at plan. */
export function unresolved(what: string, value: unknown, guard?: PlanGuard): Unresolved {
  const result = Findings.unresolved(what, value);
  return guard ? { ...result, guard } : result;
}

/** True when the rule could not check a value because it is a token. */
export function isUnresolvedResult(result: RuleResult): boolean {
  return isUnresolvedFinding(result);
}

