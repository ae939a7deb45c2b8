import type { PlanGuard } from './guards/plan-guard';
import { AccountDescription, ImageDescription, PoolDescription } from './model';
import { RuleInfo, RuleSeverity } from './rule-info';

export { RuleSeverity } from './rule-info';

/** Something a rule found wrong. Rendered as `<ID> <message> — <fix>`. */
export interface Finding {
  /** What is wrong, with the values involved. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
  /** Overrides the rule's severity for this finding (e.g. a date-dependent rule). */
  readonly severity?: RuleSeverity;
}

/**
 * The rule met a value that is a Terraform token and could not check it at synth. With a guard,
 * the check is deferred to plan (a precondition on the protected resource); without one, or
 * where the guard cannot be placed, it becomes AZW106.
 */
export interface Unresolved {
  /** What the value is, e.g. `image location`. */
  readonly unresolved: string;
  /** The token itself. */
  readonly value: unknown;
  /** The rule as a Terraform condition over the same values. @default - none: AZW106 */
  readonly guard?: PlanGuard;
}

/** What a rule returns for each problem it sees. */
export type RuleResult = Finding | Unresolved;

/** What rules can read besides the subject itself. */
export interface RuleContext {
  /** The date time-dependent rules judge against (context `batchImages.evaluationDate`). */
  readonly evaluationDate: Date;
  /** All pools in the whole App whose image has this lineage, in construct-path order. */
  poolsOfLineage(lineage: string): PoolDescription[];
  /**
   * All pools in the whole App whose image lineage is of the same family as `lineage` (snapshot,
   * image or gallery version), and those of them whose lineage comes from a token: the pools
   * that may share `lineage` although it is not known (lineage.ts).
   */
  poolsOfLineageFamily(lineage: string): LineageFamilyPools;
  /**
   * True when `a` and `b` are tokens that stand for the same Terraform expression in the stack
   * of the construct checked (e.g. both `var.location`): equal at plan, whatever the value.
   */
  sameTerraformValue(a: unknown, b: unknown): boolean;
  /**
   * All pools in the whole App that run on `image` (for an image imported by ID, on any import
   * of the same ID), in construct-path order.
   */
  poolsOfImage(image: ImageDescription): PoolDescription[];
}

/**
 * A synth-time rule. One rule per file in `rules/`, named `<id>-<name>.ts`; `rules/index.ts`
 * lists them.
 */
export interface Rule extends RuleInfo {
  /** Checks one pool. */
  checkPool?(pool: PoolDescription, context: RuleContext): RuleResult[];
  /** Checks one image created or imported in the app. */
  checkImage?(image: ImageDescription, context: RuleContext): RuleResult[];
  /** Checks one Batch account. */
  checkAccount?(account: AccountDescription, context: RuleContext): RuleResult[];
}

/** A finding. */
export function finding(message: string, fix: string, severity?: RuleSeverity): Finding {
  return severity ? { message, fix, severity } : { message, fix };
}

/** A value the rule could not check because it is a token; `guard` checks it at plan. */
export function unresolved(what: string, value: unknown, guard?: PlanGuard): Unresolved {
  return guard ? { unresolved: what, value, guard } : { unresolved: what, value };
}

/** True when the rule could not check a value because it is a token. */
export function isUnresolvedResult(result: RuleResult): result is Unresolved {
  return (result as Unresolved).unresolved !== undefined;
}

/** The pools of one lineage family (see `RuleContext.poolsOfLineageFamily`). */
export interface LineageFamilyPools {
  /** Every pool whose image lineage is of the family. */
  readonly pools: PoolDescription[];
  /** Those of them whose lineage comes from a token ID. */
  readonly tokenPools: PoolDescription[];
}
