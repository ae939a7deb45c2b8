import { IConstruct } from 'constructs';
import { ConstructValidationError } from '../core/errors';
import { allRules } from './rule-registry';
import { RETIRED_RULES } from './rules/retired';

const MIN_REASON_LENGTH = 10;
const SUPPRESSED = new WeakMap<IConstruct, Map<string, string>>();

/**
 * Silences a rule on a construct and everything below it. Each suppression needs a written
 * reason, and every finding it silences is recorded as an info annotation
 * (`suppressed <RULE-ID>: <reason>`) so audits can see it.
 */
export class Suppressions {
  /**
   * Suppresses `ruleId` on `scope` and its children.
   *
   * @param reason why the rule does not apply here, at least 10 characters
   */
  public static add(scope: IConstruct, ruleId: string, reason: string): void {
    const known = allRules(scope).map((r) => r.id);
    const retired = RETIRED_RULES.find((r) => r.id === ruleId);
    if (retired) {
      // An upgrade must not break an app that suppressed a rule since retired: say so, and go on.
      scope.node.addMetadata('@cdktf/warn', `${ruleId} is retired (${retired.reason}); this suppression has no effect — remove it.`);
      return;
    }
    if (!known.includes(ruleId)) {
      throw new ConstructValidationError(
        scope,
        `cannot suppress '${ruleId}': no rule has that ID; use one of ${known.join(', ')} (add a custom rule with CustomImagePoolChecks.of(scope).addRule before suppressing it).`,
      );
    }
    if (typeof reason !== 'string' || reason.trim().length < MIN_REASON_LENGTH) {
      throw new ConstructValidationError(
        scope,
        `suppressing ${ruleId} needs a reason of at least ${MIN_REASON_LENGTH} characters (got '${reason ?? ''}'); say why the rule does not apply here.`,
      );
    }
    let rules = SUPPRESSED.get(scope);
    if (!rules) {
      rules = new Map();
      SUPPRESSED.set(scope, rules);
    }
    rules.set(ruleId, reason.trim());
  }

  /** The reason `ruleId` is suppressed on `scope` or one of its ancestors, if it is. */
  public static reasonFor(scope: IConstruct, ruleId: string): string | undefined {
    const scopes = scope.node.scopes;
    for (let i = scopes.length - 1; i >= 0; i--) {
      const reason = SUPPRESSED.get(scopes[i])?.get(ruleId);
      if (reason !== undefined) return reason;
    }
    return undefined;
  }
}
