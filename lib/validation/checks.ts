import { Aspects, IAspect, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { isUnresolved } from '../core/tokens';
import { AppModel } from './app-model';
import { EVALUATION_DATE_CONTEXT_KEY, evaluationDate } from './evaluation-date';
import { attachCheck, attachGuard } from './guards/attach';
import { isUnresolvedResult, Rule, RuleContext, RuleResult, RuleSeverity } from './rule';
import { RuleInfo } from './rule-info';
import { AZW106 } from './rules/azw106-unresolved-token';
import { RULES } from './rules/index';
import { Suppressions } from './suppressions';
import { terraformExpression } from './token-expression';

/**
 * The aspect that runs every custom-image pool rule at synth time.
 *
 * The library's constructs add it to their stack themselves (once per stack); adding it to a
 * stack again by hand is harmless: identical annotations are recorded once. cdktf runs the
 * aspects of each stack, so add it to a stack, not to the App. Cross-pool rules read the
 * whole App's pools, so pools in different stacks are counted together.
 *
 * @see https://learn.microsoft.com/azure/batch/batch-custom-images
 */
export class CustomImagePoolChecks implements IAspect {
  /**
   * App context key that fixes the date time-dependent rules (AZB005) judge against: an ISO
   * date such as `2026-01-15`. Unset, the rules use today (UTC).
   */
  public static readonly EVALUATION_DATE_CONTEXT_KEY = EVALUATION_DATE_CONTEXT_KEY;

  /** Adds the checks to the stack of `scope` unless that stack already has them. */
  public static ensureOn(scope: IConstruct): void {
    const stack = TerraformStack.of(scope);
    if (ENSURED.has(stack)) return;
    ENSURED.add(stack);
    const aspects = Aspects.of(stack);
    if (!aspects.all.some((a) => a instanceof CustomImagePoolChecks)) aspects.add(new CustomImagePoolChecks());
  }

  /** Every rule the checks run, in ID order (the README's rule table). */
  public static rules(): RuleInfo[] {
    return RULES.map(({ id, severity, title, source }) => ({ id, severity, title, source }));
  }

  /** Runs the rules on `node` when it is a pool, image or Batch account of this library. */
  public visit(node: IConstruct): void {
    const model = AppModel.of(node);
    const pool = model.poolOf(node);
    const image = pool ? undefined : model.imageOf(node);
    const account = pool || image ? undefined : model.accountOf(node);
    if (!pool && !image && !account) return;

    const context = contextFor(node, model);
    for (const rule of RULES) {
      let results: RuleResult[] = [];
      if (pool && rule.checkPool) results = rule.checkPool(pool, context);
      else if (image && rule.checkImage) results = rule.checkImage(image, context);
      else if (account && rule.checkAccount) results = rule.checkAccount(account, context);
      for (const result of results) report(node, rule, result);
    }
  }
}

const ENSURED = new WeakSet<IConstruct>();
const EVALUATION_DATES = new WeakMap<AppModel, Date>();

function contextFor(node: IConstruct, model: AppModel): RuleContext {
  return {
    // Read only when a time-dependent rule needs it, so a bad context value is reported on the
    // construct that needed it; parsed once per App.
    get evaluationDate(): Date {
      let date = EVALUATION_DATES.get(model);
      if (!date) {
        date = evaluationDate(node);
        EVALUATION_DATES.set(model, date);
      }
      return date;
    },
    poolsOfLineage: (lineage) => model.poolsOfLineage(lineage),
    poolsOfLineageFamily: (lineage) => model.poolsOfLineageFamily(lineage),
    poolsOfImage: (image) => model.poolsOfImage(image),
    sameTerraformValue: (a, b) => {
      if (!isUnresolved(a) || !isUnresolved(b)) return false;
      const expression = terraformExpression(node, a);
      return expression !== undefined && expression === terraformExpression(node, b);
    },
  };
}

function report(node: IConstruct, rule: Rule, result: RuleResult): void {
  if (isUnresolvedResult(result)) {
    // Suppressing a rule also silences "could not evaluate" for it and drops its plan-time guard;
    // the suppression is still recorded.
    const reason = Suppressions.reasonFor(node, rule.id);
    if (reason !== undefined) {
      addOnce(node, 'info', `suppressed ${rule.id}: ${reason}`);
      return;
    }
    if (result.guard && rule.severity === RuleSeverity.WARNING) {
      // A warning stays a warning at plan: an assertion of a check block, not a precondition.
      const check = attachCheck(node, rule.id, result.guard);
      if (check !== undefined) {
        addOnce(node, 'info', `${rule.id} deferred to plan: check block ${check}`);
        return;
      }
    } else if (result.guard) {
      const guarded = attachGuard(node, rule.id, result.guard);
      if (guarded !== undefined) {
        addOnce(node, 'info', `${rule.id} deferred to plan: precondition on ${guarded}`);
        return;
      }
    }
    const message =
      `${AZW106.id} ${rule.id} could not be evaluated: ${result.unresolved} is ${describeToken(node, result.value)}, ` +
      `known only at plan time — use a literal value to have ${rule.id} checked, or suppress ${AZW106.id} with a reason.`;
    annotate(node, AZW106.id, AZW106.severity, message);
    return;
  }
  const message = `${rule.id} ${result.message} — ${result.fix}`;
  annotate(node, rule.id, result.severity ?? rule.severity, message);
}

function annotate(node: IConstruct, ruleId: string, severity: RuleSeverity, message: string): void {
  const reason = Suppressions.reasonFor(node, ruleId);
  if (reason !== undefined) {
    addOnce(node, 'info', `suppressed ${ruleId}: ${reason}`);
    return;
  }
  addOnce(node, severity === RuleSeverity.ERROR ? 'error' : 'warning', message);
}

const METADATA_TYPE = { info: '@cdktf/info', warning: '@cdktf/warn', error: '@cdktf/error' } as const;

/**
 * Records an annotation as `Annotations` does, without its stack trace: for a finding made at
 * synth the trace would show this aspect being run, never the user's code, and capturing one per
 * finding costs time and memory in apps with thousands of findings.
 */
function addOnce(node: IConstruct, level: 'info' | 'warning' | 'error', message: string): void {
  const type = METADATA_TYPE[level];
  if (node.node.metadata.some((m) => m.type === type && m.data === message)) return;
  node.node.addMetadata(type, message);
}

/** Shows a token as the Terraform expression it stands for, e.g. `'${var.location}'`. */
function describeToken(node: IConstruct, value: unknown): string {
  const expression = terraformExpression(node, value);
  return expression === undefined ? 'a Terraform token' : `'${expression}'`;
}
