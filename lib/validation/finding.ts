import { RuleSeverity } from './rule-info';

/**
 * Something a rule found wrong, rendered as `<RULE-ID> <message> — <fix>`.
 *
 * A rule that cannot check a value because it is a Terraform token (known only at plan time)
 * returns `Findings.unresolved(...)` instead of guessing: the checks then report AZW106 naming
 * the rule and the Terraform expression.
 */
export interface Finding {
  /** What is wrong, with the values involved (for an unresolved value: what the value is). */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
  /**
   * Severity of this finding.
   *
   * @default - the rule's severity (`CustomImagePoolChecks.overrideSeverity` takes precedence over both)
   */
  readonly severity?: RuleSeverity;
  /**
   * The Terraform token the rule could not check; set by `Findings.unresolved`.
   *
   * @default - a finding, not an unresolved value
   */
  readonly unresolvedValue?: any;
}

/** Builds the findings rules return. */
export class Findings {
  /** A finding at the rule's severity, or at `severity` when given. */
  public static of(message: string, fix: string, severity?: RuleSeverity): Finding {
    return severity ? { message, fix, severity } : { message, fix };
  }

  /**
   * The rule could not check `value` because it is a Terraform token; reported as AZW106.
   *
   * @param what the value, e.g. `vm size of pool 'render'`
   * @param value the token
   */
  public static unresolved(what: string, value: any): Finding {
    return { message: what, fix: 'use a literal value', unresolvedValue: value };
  }

  private constructor() {}
}

/** True when the rule could not check a value because it is a token. */
export function isUnresolvedFinding(result: Finding): boolean {
  return result.unresolvedValue !== undefined;
}
