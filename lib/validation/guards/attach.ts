import { DefaultTokenResolver, IPostProcessor, IResolvable, IResolveContext, StringConcat, TerraformResource, TerraformStack, Tokenization } from 'cdktf';
import { IConstruct } from 'constructs';
import { escapeTemplate } from '../../core/template-escape';
import { PlacedGuard, PlanGuard } from './plan-guard';

/*
 * Puts plan-time guards on the Terraform resource a construct protects. A guard goes on the
 * construct's own L1 resource (its child `Resource`); constructs without one keep AZW106.
 */

// Conditions already attached, by resource: the aspect may run more than once per App.
const ATTACHED = new WeakMap<TerraformResource, Set<string>>();
const PLACED = new WeakMap<TerraformStack, PlacedGuard[]>();
const PLACED_AT = new WeakMap<PlanGuard, string | undefined>();
// Check blocks by stack and name, each with its assertions by resolved condition and message.
const CHECKS = new WeakMap<TerraformStack, Map<string, Map<string, { condition: IResolvable; error_message: string }>>>();

/** The guards placed on resources of `stack` so far, in order. */
export function placedGuards(stack: TerraformStack): readonly PlacedGuard[] {
  return PLACED.get(stack) ?? [];
}

/**
 * Adds `guard` of rule `ruleId` to the resource `node` protects, as a `lifecycle.precondition`
 * whose error message starts with the rule ID and the construct path. Returns the path of the
 * resource, or undefined when the guard cannot be placed: `node` has no resource of its own, or
 * the guard reads a value of another stack (cdktf prepares cross-stack references before the
 * checks run, so such a reference would not resolve in this stack).
 */
export function attachGuard(checked: IConstruct, ruleId: string, guard: PlanGuard): string | undefined {
  // A guard handed by several constructs (placeOn) is placed, and resolved, once.
  if (PLACED_AT.has(guard)) return PLACED_AT.get(guard);
  const path = placeGuard(checked, ruleId, guard);
  if (guard.placeOn !== undefined) PLACED_AT.set(guard, path);
  return path;
}

function placeGuard(checked: IConstruct, ruleId: string, guard: PlanGuard): string | undefined {
  const node = guard.placeOn === undefined ? checked : constructAt(checked, guard.placeOn);
  if (!node) return undefined;
  const resource = node.node.tryFindChild('Resource');
  if (!(resource instanceof TerraformResource)) return undefined;
  const stack = TerraformStack.of(node);
  const errorMessage = escapeTemplate(`${ruleId} [${node.node.path}] ${guard.message} — ${guard.fix}`);
  const resolved = resolveInStack(stack, { condition: guard.condition, errorMessage });
  if (resolved === undefined) return undefined;

  addPrecondition(resource, guard.condition, errorMessage, resolved, {
    ruleId,
    constructPath: node.node.path,
    errorMessage,
    ...(guard.restriction ? { restriction: guard.restriction } : {}),
  });
  return resource.node.path;
}

/**
 * Adds `guard` of the warning rule `ruleId` to the stack of `node` as an assertion of a `check`
 * block (Terraform 1.5+): a failed assertion is a warning in `terraform plan`, as the rule's
 * finding is at synth. cdktf has no class for check blocks; the stack's override (an escape
 * hatch cdktf documents) writes one into the stack's JSON. Returns the block's name, or
 * undefined when the guard reads a value of another stack.
 *
 * @see https://developer.hashicorp.com/terraform/language/checks
 */
export function attachCheck(node: IConstruct, ruleId: string, guard: PlanGuard): string | undefined {
  const stack = TerraformStack.of(node);
  const errorMessage = escapeTemplate(`${ruleId} [${node.node.path}] ${guard.message} — ${guard.fix}`);
  const resolved = resolveInStack(stack, { condition: guard.condition, errorMessage });
  if (resolved === undefined) return undefined;
  // Check block names are identifiers: the rule ID and the construct path, other characters as '_'.
  const name = `${ruleId}_${node.node.path}`.replace(/[^A-Za-z0-9_-]/g, '_');
  let checks = CHECKS.get(stack);
  if (!checks) {
    checks = new Map();
    CHECKS.set(stack, checks);
  }
  let asserts = checks.get(name);
  if (!asserts) {
    asserts = new Map();
    checks.set(name, asserts);
  }
  if (!asserts.has(resolved)) {
    asserts.set(resolved, { condition: guard.condition, error_message: errorMessage });
    stack.addOverride(`check.${name}`, { assert: [...asserts.values()] });
  }
  return name;
}

/**
 * Adds a precondition to `resource` unless it already has this one (`key`: the resolved
 * condition and message). `errorMessage` must already be escaped for Terraform templates.
 */
export function addPrecondition(
  resource: TerraformResource,
  condition: IResolvable,
  errorMessage: string,
  key: string,
  placed: PlacedGuard,
): void {
  let attached = ATTACHED.get(resource);
  if (!attached) {
    attached = new Set();
    ATTACHED.set(resource, attached);
  }
  if (attached.has(key)) return;
  attached.add(key);
  const stack = TerraformStack.of(resource);
  PLACED.set(stack, [...(PLACED.get(stack) ?? []), placed]);
  const lifecycle = resource.lifecycle ?? {};
  resource.lifecycle = { ...lifecycle, precondition: [...(lifecycle.precondition ?? []), { condition, errorMessage }] };
}

/** The construct at `path` in the App of `scope`. */
function constructAt(scope: IConstruct, path: string): IConstruct | undefined {
  let node: IConstruct | undefined = scope.node.root;
  for (const id of path.split('/')) node = node?.node.tryFindChild(id);
  return node;
}

/** `value` resolved in `stack`, or undefined when it reads a value of another stack. */
function resolveInStack(stack: TerraformStack, value: unknown): string | undefined {
  const resolver = new StackBoundResolver(stack);
  try {
    const resolved = Tokenization.resolve(value, { scope: stack, resolver, preparing: false });
    return resolver.foreign ? undefined : JSON.stringify(resolved);
  } catch {
    return undefined;
  }
}

/** Resolves as cdktf does and notes any reference whose origin is another stack. */
class StackBoundResolver extends DefaultTokenResolver {
  public foreign = false;

  constructor(private readonly stack: TerraformStack) {
    super(new StringConcat());
  }

  public resolveToken(token: IResolvable, context: IResolveContext, postProcessor: IPostProcessor): unknown {
    const origin = (token as { originStack?: unknown }).originStack;
    if (origin !== undefined && origin !== this.stack) this.foreign = true;
    return super.resolveToken(token, context, postProcessor);
  }
}
