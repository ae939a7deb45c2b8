import { DefaultTokenResolver, IFragmentConcatenator, StringConcat, TerraformResource, TerraformStack, Token, Tokenization } from 'cdktf';
import { IConstruct } from 'constructs';
import { ConstructValidationError } from '../core/errors';
import {
  ArmArgument,
  ArmExpression,
  deploymentSubscription,
  FunctionCall,
  IndexAccess,
  interpolate,
  isArmExpression,
  PropertyAccess,
  ResourceIdReference,
} from './model';
import { ArmObject, ArmResource, ArmValue } from './model';
import { TemplateParameters } from './parameters';
import { parseTerraformTemplate, terraformText, TfExpression, TfTemplatePart, UnsupportedTerraformExpression } from './terraform-expression';

/** Where a value comes from, for messages: the construct and the property path in the resource. */
export interface TranslationSite {
  readonly construct: IConstruct;
  readonly property: string;
}

const FIX = 'pass a literal value, or a TerraformVariable (it becomes a template parameter of the same name)';

/**
 * Turns construct values, which may hold Terraform tokens, into template values. What has an
 * ARM equivalent is translated: a variable becomes a parameter, the ID of a resource the
 * template declares becomes a reference to it, the azurerm provider's subscription
 * (`data.azurerm_client_config`) becomes the deployment's. Anything else throws, naming the
 * construct, the property and the Terraform expression.
 */
export class TokenTranslator {
  constructor(
    private readonly stack: TerraformStack,
    /** Declared resources by the Terraform expression of their ID, e.g. `azapi_resource.Image_Resource_1A2B.id`. */
    private readonly resourceIds: ReadonlyMap<string, ArmResource>,
    private readonly parameters: TemplateParameters,
  ) {}

  /** The template value of `value`; undefined stays undefined (the property is left out). */
  public translate(value: unknown, site: TranslationSite): ArmValue | undefined {
    if (value === undefined) return undefined;
    if (value === null || typeof value === 'boolean') return value;
    if (typeof value === 'string') return Token.isUnresolved(value) ? this.tokenizedString(value, site) : value;
    if (typeof value === 'number') {
      return Token.isUnresolved(value) ? this.resolved(Tokenization.reverseNumber(value), site) : value;
    }
    if (Array.isArray(value)) {
      // A list token is a one-string array (cdktf's encoding); only then can it be one.
      const list = value.length === 1 && typeof value[0] === 'string' ? Tokenization.reverseList(value) : undefined;
      if (list) return this.resolved(list, site);
      return value.map((item, i) => this.translate(item, at(site, `[${i}]`))).filter(isDefined);
    }
    if (Tokenization.isResolvable(value)) return this.resolved(value, site);
    if (typeof value === 'object') {
      const result: ArmObject = {};
      for (const [key, item] of Object.entries(value as object)) {
        if (Token.isUnresolved(key)) {
          const terraform = Tokenization.resolve(key, { scope: this.stack, resolver: new DefaultTokenResolver(new StringConcat()) });
          throw this.error(site, `has a key that is the Terraform expression '${terraform}'; the keys of a template's objects are literal — use a literal key`);
        }
        const translated = this.translate(item, at(site, `.${key}`));
        if (translated !== undefined) result[key] = translated;
      }
      return result;
    }
    throw this.error(site, `is a ${typeof value}, which a template cannot hold`);
  }

  /** A string with tokens inside: literal text stays literal, each token is translated. */
  private tokenizedString(value: string, site: TranslationSite): ArmValue {
    const parts = orderedFragments(value).map((fragment) =>
      Token.isUnresolved(fragment) ? this.resolved(fragment, site) : fragment,
    );
    return interpolate(parts.map((part) => asInterpolationPart(part, (message) => this.error(site, message))));
  }

  /** Resolves a token to the Terraform it stands for, then translates that. */
  private resolved(token: unknown, site: TranslationSite): ArmValue {
    const terraform = Tokenization.resolve(token, {
      scope: this.stack,
      resolver: new DefaultTokenResolver(new StringConcat()),
    });
    return this.terraformValue(terraform, site);
  }

  /** A value as cdktf writes it to Terraform JSON: its strings are templates. */
  private terraformValue(value: unknown, site: TranslationSite): ArmValue {
    if (typeof value === 'string') {
      try {
        return this.template(parseTerraformTemplate(value), site, value);
      } catch (e) {
        if (e instanceof UnsupportedTerraformExpression) throw this.unsupported(site, value, `uses ${e.reason}`);
        throw e;
      }
    }
    if (Array.isArray(value)) return value.map((item, i) => this.terraformValue(item, at(site, `[${i}]`)));
    if (value !== null && typeof value === 'object') {
      const result: ArmObject = {};
      for (const [key, item] of Object.entries(value)) result[key] = this.terraformValue(item, at(site, `.${key}`));
      return result;
    }
    return value as ArmValue;
  }

  private template(parts: TfTemplatePart[], site: TranslationSite, text: string): ArmValue {
    const translated = parts.map((part) => (typeof part === 'string' ? part : this.expression(part, site, text)));
    // A lone interpolation keeps its type (`"${var.count}"` is a number in Terraform).
    if (translated.length === 1) return translated[0];
    return interpolate(translated.map((part) => asInterpolationPart(part, (message) => this.error(site, message))));
  }

  private expression(expression: TfExpression, site: TranslationSite, text: string): ArmValue {
    switch (expression.kind) {
      case 'number':
        return expression.value;
      case 'template':
        return this.template(expression.parts, site, text);
      case 'traversal':
        return this.traversal(expression, site, text);
      case 'index':
        return new IndexAccess(this.operand(expression.target, site, text), expression.index);
      case 'call':
        return this.call(expression, site, text);
    }
  }

  private traversal(expression: Extract<TfExpression, { kind: 'traversal' }>, site: TranslationSite, text: string): ArmValue {
    const { root, steps } = expression;
    if (root === 'var' && typeof steps[0] === 'string') {
      const parameter = this.parameters.forVariable(steps[0]);
      if (!parameter) throw this.unsupported(site, text, `variable '${steps[0]}' is not declared in this stack`);
      return steps.slice(1).reduce<ArmExpression>(
        (target, step) => (typeof step === 'number' ? new IndexAccess(target, step) : new PropertyAccess(target, step)),
        parameter,
      );
    }
    if (root === 'data' && steps[0] === 'azurerm_client_config' && steps.length === 3) {
      if (steps[2] === 'subscription_id') return deploymentSubscription('subscriptionId');
      if (steps[2] === 'tenant_id') return deploymentSubscription('tenantId');
    }
    const target = this.resourceIds.get(terraformText(expression));
    if (target) return new ResourceIdReference(target);
    throw this.unsupported(site, text, this.whatItIs(expression));
  }

  private whatItIs(expression: Extract<TfExpression, { kind: 'traversal' }>): string {
    const [first, second] = expression.steps;
    if (expression.root === 'data') return `reads the Terraform data source '${first}.${second}'`;
    if (expression.root === 'local') return 'reads a Terraform local value';
    if (expression.root === 'module') return 'reads a Terraform module output';
    const owner = this.stack.node.root.node
      .findAll()
      .find((c): c is TerraformResource => c instanceof TerraformResource && c.terraformResourceType === expression.root && c.friendlyUniqueId === first);
    if (owner && TerraformStack.of(owner) !== this.stack) {
      return `refers to a resource of another stack, '${TerraformStack.of(owner).node.id}' (${owner.node.path}), and each stack has its own template`;
    }
    return `refers to Terraform resource '${expression.root}.${first}', which this library does not declare in the template`;
  }

  private call(expression: Extract<TfExpression, { kind: 'call' }>, site: TranslationSite, text: string): ArmValue {
    const args = expression.args;
    // element(split(sep, s), n) is how cdktf reads a segment of a resource ID that is a token.
    if (expression.name === 'split' && args.length === 2) {
      return new FunctionCall('split', [this.operand(args[1], site, text), this.argument(args[0], site, text)]);
    }
    if (expression.name === 'element' && args.length === 2 && args[1].kind === 'number') {
      return new IndexAccess(this.operand(args[0], site, text), args[1].value);
    }
    if (expression.name === 'basename' && args.length === 1) {
      return new FunctionCall('last', [new FunctionCall('split', [this.operand(args[0], site, text), '/'])]);
    }
    throw this.unsupported(site, text, `calls the Terraform function '${expression.name}', which the ARM output does not translate`);
  }

  private operand(expression: TfExpression, site: TranslationSite, text: string): ArmExpression {
    const value = this.expression(expression, site, text);
    if (isArmExpression(value)) return value;
    throw this.unsupported(site, text, `applies a function to the constant '${terraformText(expression)}'`);
  }

  private argument(expression: TfExpression, site: TranslationSite, text: string): ArmArgument {
    const value = this.expression(expression, site, text);
    if (typeof value === 'string' || typeof value === 'number' || isArmExpression(value)) return value;
    throw this.unsupported(site, text, `passes '${terraformText(expression)}' to a function`);
  }

  private unsupported(site: TranslationSite, text: string, why: string): ConstructValidationError {
    return this.error(site, `is the Terraform expression '${text}', which ${why}; an ARM template cannot express it — ${FIX}`);
  }

  private error(site: TranslationSite, message: string): ConstructValidationError {
    return new ConstructValidationError(site.construct, `ARM output: ${site.property} ${message}.`);
  }
}

/** The literal and token fragments of a string, in order. */
function orderedFragments(value: string): string[] {
  const fragments = Tokenization.reverseString(value);
  if (fragments.length <= 1) return fragments.length === 0 ? [] : [fragments.firstValue];
  const collect: IFragmentConcatenator = { join: (left, right) => [...(Array.isArray(left) ? left : [left]), right] };
  return fragments.join(collect);
}

function asInterpolationPart(value: ArmValue, fail: (message: string) => Error): string | ArmExpression {
  if (typeof value === 'string' || isArmExpression(value)) return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw fail('joins a list or object into a string, which a template cannot do');
}

function at(site: TranslationSite, suffix: string): TranslationSite {
  return { construct: site.construct, property: `${site.property}${suffix}` };
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
