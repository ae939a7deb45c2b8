import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { ConstructValidationError } from '../core/errors';
import { Rule } from './rule';
import { RuleSeverity } from './rule-info';
import { IRule } from './rule-interface';
import { RULES } from './rules/index';

/*
 * The rules and severity overrides a platform team registers on an App or a stack, beside the
 * library's own rules. A node is checked by the library's rules, then the App's, then its
 * stack's; a stack's severity override wins over the App's.
 */

/** IDs starting with these belong to this library's rules. */
export const LIBRARY_PREFIXES = ['AZB', 'AZS', 'AZW'];
const RULE_ID = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const MIN_REASON_LENGTH = 10;

/** A severity set with `overrideSeverity`, and why. */
export interface SeverityOverride {
  readonly ruleId: string;
  readonly severity: RuleSeverity;
  /** Required when the override makes findings warnings. */
  readonly reason?: string;
  /** Path of the App or stack the override was set on (`''` for the App). */
  readonly scopePath: string;
}

/** The custom rules and overrides of one App or stack. */
export class RuleRegistry {
  /** Custom rules in registration order. */
  public readonly rules: IRule[] = [];
  /** The pack each rule came with, if any. */
  public readonly packs = new Map<IRule, string>();
  public readonly overrides = new Map<string, SeverityOverride>();

  constructor(public readonly scope: IConstruct) {}

  public addRule(rule: IRule, pack?: string): void {
    validateRule(this.scope, rule);
    const existing = visibleRules(this.scope).find((r) => r.id === rule.id);
    if (existing === (rule as Rule)) return;
    if (existing) {
      throw new ConstructValidationError(
        this.scope,
        `rule ID '${rule.id}' is already registered (by '${existing.title}'); give each rule its own ID.`,
      );
    }
    this.rules.push(rule);
    if (pack !== undefined) this.packs.set(rule, pack);
  }

  public overrideSeverity(ruleId: string, severity: RuleSeverity, reason?: string): void {
    if (!allRules(this.scope).some((r) => r.id === ruleId)) {
      throw new ConstructValidationError(
        this.scope,
        `cannot override the severity of '${ruleId}': no rule has that ID; add the rule first (addRule/addPack), or use one of ${allRules(this.scope).map((r) => r.id).join(', ')}.`,
      );
    }
    if (!Object.values(RuleSeverity).includes(severity)) {
      throw new ConstructValidationError(this.scope, `severity '${severity}' for ${ruleId} is not a RuleSeverity; use RuleSeverity.ERROR or RuleSeverity.WARNING.`);
    }
    const trimmed = typeof reason === 'string' ? reason.trim() : undefined;
    if (severity === RuleSeverity.WARNING && (trimmed === undefined || trimmed.length < MIN_REASON_LENGTH)) {
      throw new ConstructValidationError(
        this.scope,
        `making ${ruleId} a warning needs a reason of at least ${MIN_REASON_LENGTH} characters (got '${reason ?? ''}'); say why its findings may pass synth.`,
      );
    }
    this.overrides.set(ruleId, { ruleId, severity, reason: trimmed || undefined, scopePath: this.scope.node.path });
  }
}

const REGISTRIES = new WeakMap<IConstruct, RuleRegistry>();
/** Every registry of an App (its own and its stacks'), in creation order. */
const APP_REGISTRIES = new WeakMap<IConstruct, RuleRegistry[]>();

/** The App (root) of `scope` when `scope` is the App, otherwise the stack of `scope`. */
export function registryScope(scope: IConstruct): IConstruct {
  return scope.node.scope === undefined ? scope : TerraformStack.of(scope);
}

/** The registry of the App or stack `scope` (created on first use). */
export function registryOf(scope: IConstruct): RuleRegistry {
  const target = registryScope(scope);
  let registry = REGISTRIES.get(target);
  if (!registry) {
    registry = new RuleRegistry(target);
    REGISTRIES.set(target, registry);
    const root = target.node.root;
    const all = APP_REGISTRIES.get(root) ?? [];
    all.push(registry);
    APP_REGISTRIES.set(root, all);
  }
  return registry;
}

/** The library's rules, then the App's, then those of the stack of `node`: the rules that check `node`. */
export function rulesFor(node: IConstruct): Rule[] {
  const app = REGISTRIES.get(node.node.root);
  const stack = node.node.scope === undefined ? undefined : REGISTRIES.get(TerraformStack.of(node));
  if (!app && !stack) return RULES;
  return [...RULES, ...(app?.rules ?? []), ...(stack?.rules ?? [])];
}

/** The severity override of `ruleId` for `node`: its stack's, else its App's. */
export function overrideFor(node: IConstruct, ruleId: string): SeverityOverride | undefined {
  const stack = node.node.scope === undefined ? undefined : REGISTRIES.get(TerraformStack.of(node));
  return stack?.overrides.get(ruleId) ?? REGISTRIES.get(node.node.root)?.overrides.get(ruleId);
}

/** The library's rules and every custom rule registered anywhere in the App of `scope`. */
export function allRules(scope: IConstruct): Rule[] {
  const custom = (APP_REGISTRIES.get(scope.node.root) ?? []).flatMap((r) => r.rules);
  return [...RULES, ...custom];
}

/** Every registry of the App of `scope`. */
export function registriesOf(scope: IConstruct): RuleRegistry[] {
  return APP_REGISTRIES.get(scope.node.root) ?? [];
}

/** The pack a custom rule was added with, if any. */
export function packOf(scope: IConstruct, rule: Rule): string | undefined {
  for (const registry of registriesOf(scope)) {
    const pack = registry.packs.get(rule as IRule);
    if (pack !== undefined) return pack;
  }
  return undefined;
}

/** Rules that would check the same nodes as a rule registered on `scope`. */
function visibleRules(scope: IConstruct): Rule[] {
  // A rule on the App checks every stack: compare with every stack's rules too.
  if (scope.node.scope === undefined) return allRules(scope);
  return rulesFor(scope);
}

function validateRule(scope: IConstruct, rule: IRule): void {
  const fail = (message: string): never => {
    throw new ConstructValidationError(scope, message);
  };
  if (rule === null || typeof rule !== 'object') fail(`addRule needs a rule object (an IRule or a CustomRule), got ${String(rule)}.`);
  const id = rule.id;
  if (typeof id !== 'string' || !RULE_ID.test(id)) {
    fail(`rule ID '${String(id)}' is not valid; use a letter followed by up to 63 letters, digits, '_', '.' or '-', e.g. 'ORG001'.`);
  }
  const prefix = LIBRARY_PREFIXES.find((p) => id.toUpperCase().startsWith(p));
  if (prefix !== undefined) {
    fail(
      `rule ID '${id}' starts with '${prefix}', which is reserved for this library's rules (${LIBRARY_PREFIXES.join(', ')}); ` +
        `use your organisation's own prefix, e.g. 'ORG${id.slice(prefix.length) || '001'}'.`,
    );
  }
  if (!Object.values(RuleSeverity).includes(rule.severity)) {
    fail(`rule ${id} has severity '${String(rule.severity)}'; use RuleSeverity.ERROR or RuleSeverity.WARNING.`);
  }
  for (const field of ['title', 'source'] as const) {
    if (typeof rule[field] !== 'string' || rule[field].trim() === '') fail(`rule ${id} has no ${field}; say ${field === 'title' ? 'in one line what it checks' : 'where the rule comes from (a policy, a URL)'}.`);
  }
  for (const check of ['checkPool', 'checkImage', 'checkAccount'] as const) {
    if (typeof rule[check] !== 'function') fail(`rule ${id} has no ${check} method; implement all three checks, or extend CustomRule, whose checks find nothing until overridden.`);
  }
}
