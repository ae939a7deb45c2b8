import { Aspects, IAspect, ISynthesisSession, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { compareConstructOrder, isInTree } from '../core/construct-order';
import { ConstructValidationError } from '../core/errors';
import { isUnresolved } from '../core/tokens';
import { AppModel } from './app-model';
import { EVALUATION_DATE_CONTEXT_KEY, evaluationDate } from './evaluation-date';
import { Finding, isUnresolvedFinding } from './finding';
import { ImageDescription } from './model';
import { attachCheck, attachGuard } from './guards/attach';
import { PlanGuard } from './guards/plan-guard';
import { Rule, Unresolved } from './rule';
import { RuleInfo, RuleSeverity } from './rule-info';
import { IRule, IRuleContext, RulePack } from './rule-interface';
import { overrideFor, registryOf, rulesFor } from './rule-registry';
import { AZW106 } from './rules/azw106-unresolved-token';
import { RULES } from './rules/index';
import { recordFinding, SARIF_FILE_NAME, writeSarif } from './sarif';
import { Suppressions } from './suppressions';
import { terraformExpression } from './token-expression';

/**
 * The aspect that runs every custom-image pool rule at synth time: the library's, and those a
 * platform team adds with `CustomImagePoolChecks.of(scope).addRule(rule)` or `addPack(pack)`.
 *
 * The library's constructs add it to their stack themselves (once per stack); adding it to a
 * stack again by hand is harmless: identical annotations are recorded once. cdktf runs the
 * aspects of each stack, so add it to a stack, not to the App. Cross-pool rules read the
 * whole App's pools, so pools in different stacks are counted together.
 *
 * Synth also writes every finding, and every suppressed one with its reason, as a SARIF 2.1.0
 * log to `batch-images.sarif` in the App's output directory (one file for all stacks).
 *
 * @see https://learn.microsoft.com/azure/batch/batch-custom-images
 */
export class CustomImagePoolChecks implements IAspect {
  /**
   * App context key that fixes the date time-dependent rules (AZB005) judge against: an ISO
   * date such as `2026-01-15`. Unset, the rules use today (UTC).
   */
  public static readonly EVALUATION_DATE_CONTEXT_KEY = EVALUATION_DATE_CONTEXT_KEY;

  /** Name of the SARIF report synth writes in the App's output directory (`cdktf.out`). */
  public static readonly SARIF_FILE_NAME = SARIF_FILE_NAME;

  /**
   * The checks of the App (when `scope` is the App) or of the stack of `scope`: rules and
   * severity overrides added to the App apply to every stack; those added to a stack, to that
   * stack only.
   */
  public static of(scope: IConstruct): CustomImagePoolChecks {
    const registry = registryOf(scope);
    let checks = HANDLES.get(registry.scope);
    if (!checks) {
      checks = new CustomImagePoolChecks();
      checks.scope = registry.scope;
      HANDLES.set(registry.scope, checks);
    }
    if (registry.scope.node.scope !== undefined) addAspect(registry.scope as TerraformStack, checks);
    return checks;
  }

  /** Adds the checks to the stack of `scope` unless that stack already has them. */
  public static ensureOn(scope: IConstruct): void {
    const stack = TerraformStack.of(scope);
    if (ENSURED.has(stack)) return;
    ENSURED.add(stack);
    CustomImagePoolChecks.of(stack);
    writeReportOnSynth(stack);
  }

  /** Every built-in rule the checks run, in ID order (the README's rule table). */
  public static rules(): RuleInfo[] {
    return RULES.map(({ id, severity, title, source }) => ({ id, severity, title, source }));
  }

  private scope?: IConstruct;

  /**
   * Adds a rule. Its ID must be unique and must not start with `AZB`, `AZS` or `AZW` (the
   * library's). A rule added to the App checks every stack's pools, images and accounts.
   */
  public addRule(rule: IRule): CustomImagePoolChecks {
    registryOf(this.registered('addRule')).addRule(rule);
    return this;
  }

  /** Adds every rule of a pack, each tagged with the pack's name in the SARIF report. */
  public addPack(pack: RulePack): CustomImagePoolChecks {
    const scope = this.registered('addPack');
    if (!pack || typeof pack.name !== 'string' || pack.name.trim() === '' || !Array.isArray(pack.rules)) {
      throw new ConstructValidationError(scope, "addPack needs a pack with a name and a list of rules, e.g. { name: 'acme-platform', rules: [new AllowedVmSizes()] }.");
    }
    for (const rule of pack.rules) registryOf(scope).addRule(rule, pack.name);
    return this;
  }

  /**
   * Sets the severity of a rule's findings in this App or stack, over the rule's own and any a
   * finding sets: `RuleSeverity.ERROR` makes a warning fail synth. Making a rule's findings
   * warnings needs a written reason (at least 10 characters), kept in the SARIF report.
   *
   * @param ruleId a library rule's ID or a custom rule's (add the custom rule first)
   * @param severity the severity its findings get
   * @param reason why; required for `RuleSeverity.WARNING`
   */
  public overrideSeverity(ruleId: string, severity: RuleSeverity, reason?: string): CustomImagePoolChecks {
    registryOf(this.registered('overrideSeverity')).overrideSeverity(ruleId, severity, reason);
    return this;
  }

  /** Runs the rules on `node` when it is a pool, image or Batch account of this library. */
  public visit(node: IConstruct): void {
    const model = AppModel.of(node);
    const pool = model.poolOf(node);
    const image = pool ? undefined : model.imageOf(node);
    const account = pool || image ? undefined : model.accountOf(node);
    if (!pool && !image && !account) return;

    const context = new Context(node, model);
    for (const rule of rulesFor(node)) {
      let results: Finding[] | undefined;
      try {
        if (pool) results = rule.checkPool?.(pool, context);
        else if (image) results = rule.checkImage?.(image, context);
        else if (account) results = rule.checkAccount?.(account, context);
      } catch (e) {
        throw new ConstructValidationError(node, `rule ${rule.id} failed while checking this construct: ${(e as Error)?.message ?? String(e)}`);
      }
      for (const result of results ?? []) report(node, rule, result);
    }
  }

  private registered(method: string): IConstruct {
    if (!this.scope) {
      throw new Error(`${method}: get the checks with CustomImagePoolChecks.of(appOrStack), not with new CustomImagePoolChecks().`);
    }
    return this.scope;
  }
}

const ENSURED = new WeakSet<IConstruct>();
const HANDLES = new WeakMap<IConstruct, CustomImagePoolChecks>();
// Per App root, the stacks that write the SARIF report, in the order they got the checks.
const REPORTING = new WeakMap<IConstruct, TerraformStack[]>();
const EVALUATION_DATES = new WeakMap<AppModel, Date>();

function addAspect(stack: TerraformStack, checks: CustomImagePoolChecks): void {
  const aspects = Aspects.of(stack);
  if (!aspects.all.some((a) => a instanceof CustomImagePoolChecks)) aspects.add(checks);
}

/**
 * Writes the App's SARIF report when the last stack with the checks has synthesized (cdktf
 * synthesizes stacks in construct order, after each stack's aspects ran), or when a stack fails
 * on error annotations, as CI wants the report most then: it holds the findings of every stack
 * synthesized so far.
 */
function writeReportOnSynth(stack: TerraformStack): void {
  const root = stack.node.root;
  const reporting = REPORTING.get(root);
  if (reporting) reporting.push(stack);
  else REPORTING.set(root, [stack]);
  const inner = stack.synthesizer;
  stack.synthesizer = {
    synthesize(session: ISynthesisSession): void {
      let failed = true;
      try {
        inner.synthesize(session);
        failed = false;
      } finally {
        if (failed || isLastReportingStack(stack)) writeSarif(stack, session.outdir);
      }
    },
  };
}

/**
 * Whether `stack` is the last stack with the checks in construct order. Found by comparing the
 * reporting stacks' places in the tree, not by walking it: a walk per stack costs stacks x
 * constructs. A stack removed from the tree is not synthesized, so it does not count.
 */
function isLastReportingStack(stack: TerraformStack): boolean {
  let last: TerraformStack | undefined;
  for (const candidate of REPORTING.get(stack.node.root) ?? []) {
    if (isInTree(candidate) && (last === undefined || compareConstructOrder(candidate, last) > 0)) last = candidate;
  }
  return last === stack;
}

/** What rules read besides their subject; the evaluation date is parsed once per App, when first read. */
class Context implements IRuleContext {
  constructor(
    private readonly node: IConstruct,
    private readonly model: AppModel,
  ) {}

  // Read only when a time-dependent rule needs it, so a bad context value is reported on the
  // construct that needed it.
  public get evaluationDate(): Date {
    let date = EVALUATION_DATES.get(this.model);
    if (!date) {
      date = evaluationDate(this.node);
      EVALUATION_DATES.set(this.model, date);
    }
    return date;
  }

  public poolsOfLineage(lineage: string) {
    return this.model.poolsOfLineage(lineage);
  }

  public poolsOfLineageFamily(lineage: string) {
    return this.model.poolsOfLineageFamily(lineage);
  }

  public poolsOfImage(image: ImageDescription) {
    return this.model.poolsOfImage(image);
  }

  public sameTerraformValue(a: unknown, b: unknown): boolean {
    if (!isUnresolved(a) || !isUnresolved(b)) return false;
    const expression = terraformExpression(this.node, a);
    return expression !== undefined && expression === terraformExpression(this.node, b);
  }
}

function report(node: IConstruct, rule: Rule, result: Finding): void {
  if (result === null || typeof result !== 'object' || typeof result.message !== 'string' || result.message.trim() === '') {
    throw new ConstructValidationError(node, `rule ${rule.id} returned a finding without a message (${JSON.stringify(result)}); return { message, fix }.`);
  }
  if (isUnresolvedFinding(result)) {
    // Suppressing a rule also drops its plan-time guard (and AZW106 below records the suppression).
    const guard = (result as Unresolved).guard;
    if (guard && Suppressions.reasonFor(node, rule.id) === undefined && deferToPlan(node, rule, guard)) return;
    const message =
      `${AZW106.id} ${rule.id} could not be evaluated: ${result.message} is ${describeToken(node, result.unresolvedValue)}, ` +
      `known only at plan time — use a literal value to have ${rule.id} checked, or suppress ${AZW106.id} with a reason.`;
    // Suppressing a rule also silences "could not evaluate" for it; the suppression is still recorded.
    const ruleReason = Suppressions.reasonFor(node, rule.id);
    const suppression = ruleReason !== undefined ? { ruleId: rule.id, reason: ruleReason } : undefined;
    annotate(node, AZW106.id, severityOf(node, AZW106, undefined), message, suppression);
    return;
  }
  const message = `${rule.id} ${result.message} — ${result.fix}`;
  annotate(node, rule.id, severityOf(node, rule, result.severity), message);
}

/**
 * Places `guard`: a precondition on the protected resource, or for a warning an assertion of a
 * check block, which Terraform reports as a warning. Records an info naming it; false when it
 * cannot be placed (AZW106 then).
 */
function deferToPlan(node: IConstruct, rule: Rule, guard: PlanGuard): boolean {
  if (severityOf(node, rule, undefined) === RuleSeverity.WARNING) {
    const check = attachCheck(node, rule.id, guard);
    if (check === undefined) return false;
    addOnce(node, 'info', `${rule.id} deferred to plan: check block ${check}`);
    return true;
  }
  const resource = attachGuard(node, rule.id, guard);
  if (resource === undefined) return false;
  addOnce(node, 'info', `${rule.id} deferred to plan: precondition on ${resource}`);
  return true;
}

/** The stack's or App's override, else the finding's own severity, else the rule's. */
function severityOf(node: IConstruct, rule: Rule, own: RuleSeverity | undefined): RuleSeverity {
  return overrideFor(node, rule.id)?.severity ?? own ?? rule.severity;
}

/** Annotates a finding, or its suppression (by `suppression`, else by a suppression of `ruleId`); records it for the SARIF report. */
function annotate(node: IConstruct, ruleId: string, severity: RuleSeverity, message: string, suppression?: { ruleId: string; reason: string }): void {
  const own = Suppressions.reasonFor(node, ruleId);
  const by = suppression ?? (own !== undefined ? { ruleId, reason: own } : undefined);
  recordFinding(node, { ruleId, severity, message, suppressionReason: by?.reason });
  if (by) addOnce(node, 'info', `suppressed ${by.ruleId}: ${by.reason}`);
  else addOnce(node, severity === RuleSeverity.ERROR ? 'error' : 'warning', message);
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
