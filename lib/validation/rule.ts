import { Finding, Findings, isUnresolvedFinding } from './finding';
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

/** The rule met a value that is a Terraform token and could not check it (becomes AZW106). */
export type Unresolved = Finding;

/** What a rule returns for each problem it sees: a finding, or an unresolved value. */
export type RuleResult = Finding;

/** What rules can read besides the subject itself. */
export type RuleContext = IRuleContext;

/**
 * A synth-time rule: an `IRule` whose checks may be left out. One built-in rule per file in
 * `rules/`, named `<id>-<name>.ts`; `rules/index.ts` lists them.
 */
export type Rule = RuleInfo & Partial<Pick<IRule, 'checkPool' | 'checkImage' | 'checkAccount'>>;

/** A finding. */
export function finding(message: string, fix: string, severity?: RuleSeverity): Finding {
  return Findings.of(message, fix, severity);
}

/** A value the rule could not check because it is a token. */
export function unresolved(what: string, value: unknown): Unresolved {
  return Findings.unresolved(what, value);
}

/** True when the rule could not check a value because it is a token. */
export function isUnresolvedResult(result: RuleResult): boolean {
  return isUnresolvedFinding(result);
}

