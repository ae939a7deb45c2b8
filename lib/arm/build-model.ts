import { DefaultTokenResolver, StringConcat, TerraformStack, Tokenization } from 'cdktf';
import { IConstruct } from 'constructs';
import { ConstructValidationError } from '../core/errors';
import { armDeclarationOf, armExistingResourceOf, declaresArmResource } from './arm-resources';
import { ArmResourceDeclaration } from './declaration';
import { isArmExpression, ResourceIdReference } from './model';
import { camelCase, Identifiers } from './identifiers';
import { ArmObject, ArmResource, ArmScope, ArmTemplateModel, ArmValue } from './model';
import { TemplateParameters } from './parameters';
import { planDeployment } from './plan-deployment';
import { parseTerraformTemplate, terraformText } from './terraform-expression';
import { TokenTranslator, TranslationSite } from './token-translator';

/**
 * The ARM model of a stack: a resource for each construct that declares one, with its values
 * translated, its parent, and what it depends on (its parent and every resource it refers to,
 * as in the Terraform graph). Undefined when the stack declares no ARM resource.
 */
export function buildArmModel(stack: TerraformStack): ArmTemplateModel | undefined {
  return new ModelBuilder(stack).build();
}

class ModelBuilder {
  private readonly identifiers = new Identifiers();
  private readonly parameters: TemplateParameters;
  private readonly declarations = new Map<IConstruct, ArmResourceDeclaration>();
  private readonly resources = new Map<IConstruct, ArmResource>();
  private readonly existing = new Map<IConstruct, ArmResource>();
  private readonly filled = new Set<IConstruct>();
  private translator!: TokenTranslator;

  constructor(private readonly stack: TerraformStack) {
    this.parameters = new TemplateParameters(stack, this.identifiers);
  }

  public build(): ArmTemplateModel | undefined {
    const constructs = this.stack.node.findAll().filter((c) => declaresArmResource(c) && TerraformStack.of(c) === this.stack);
    if (constructs.length === 0) return undefined;
    for (const construct of constructs) {
      const declaration = armDeclarationOf(construct)!;
      this.declarations.set(construct, declaration);
      this.resources.set(construct, this.shell(construct, declaration.type, declaration.apiVersion, false));
    }
    this.translator = new TokenTranslator(this.stack, this.resourcesById(), this.parameters);
    for (const construct of constructs) this.fill(construct);
    // Each resource, followed by the extension resources (locks) that apply to it.
    const declared = [...this.resources.entries()].flatMap(([construct, resource]) => [resource, ...this.extensionsOf(construct, resource)]);
    for (const resource of declared) resource.dependsOn = dependencies(resource);
    return planDeployment(this.stack, declared, [...this.existing.values()], this.parameters.all(), this.identifiers);
  }

  private shell(construct: IConstruct, type: string, apiVersion: string, existing: boolean): ArmResource {
    const id = construct.node.id;
    const parentId = construct.node.scope?.node.id ?? '';
    return {
      symbol: this.identifiers.claim(camelCase(id), camelCase(`${parentId}-${id}`)),
      constructPath: construct.node.path,
      type,
      apiVersion,
      name: '',
      existing,
      scope: { resourceGroupName: '', key: '' },
      body: {},
      dependsOn: [],
    };
  }

  /** Declared resources by the Terraform expression of their ID (`type.name.id`). */
  private resourcesById(): Map<string, ArmResource> {
    const byId = new Map<string, ArmResource>();
    for (const [construct, declaration] of this.declarations) {
      const terraform = Tokenization.resolve(declaration.id, { scope: this.stack, resolver: new DefaultTokenResolver(new StringConcat()) });
      const parts = typeof terraform === 'string' ? parseTerraformTemplate(terraform) : [];
      if (parts.length === 1 && typeof parts[0] !== 'string') byId.set(terraformText(parts[0]), this.resources.get(construct)!);
    }
    return byId;
  }

  /** Translates a declaration into its resource; a parent is filled first, its scope is the child's. */
  private fill(construct: IConstruct): ArmResource {
    const resource = this.resources.get(construct)!;
    if (this.filled.has(construct)) return resource;
    this.filled.add(construct);
    const declaration = this.declarations.get(construct)!;
    const site = (property: string): TranslationSite => ({ construct, property });
    const mutable = resource as { -readonly [K in keyof ArmResource]: ArmResource[K] };
    mutable.name = this.required(declaration.name, site('name'));
    if (declaration.parent) mutable.parent = this.parentOf(construct, declaration.parent);
    mutable.scope = resource.parent
      ? resource.parent.scope
      : this.scope(construct, declaration.subscriptionId, declaration.resourceGroupName);
    const body: ArmObject = {};
    for (const key of ['location', 'tags', 'identity', 'properties'] as const) {
      const value = this.translator.translate(declaration[key], site(key));
      if (value !== undefined) body[key] = value;
    }
    mutable.body = body;
    return resource;
  }

  /** The extension resources declared with `construct`'s resource: same scope, `scope` set to it. */
  private extensionsOf(construct: IConstruct, target: ArmResource): ArmResource[] {
    return (this.declarations.get(construct)!.extensions ?? []).map((extension) => ({
      symbol: this.identifiers.claim(`${target.symbol}${extension.symbolSuffix}`),
      constructPath: target.constructPath,
      type: extension.type,
      apiVersion: extension.apiVersion,
      name: extension.name,
      existing: false,
      scope: target.scope,
      body: { properties: this.translator.translate(extension.properties, { construct, property: 'properties' }) ?? {} },
      dependsOn: [],
      extensionOf: target,
    }));
  }

  private parentOf(child: IConstruct, parent: IConstruct): ArmResource {
    if (this.declarations.has(parent)) return this.fill(parent);
    const cached = this.existing.get(parent);
    if (cached) return cached;
    const site = (property: string): TranslationSite => ({ construct: parent, property });
    if (declaresArmResource(parent)) {
      throw new ConstructValidationError(
        child,
        `ARM output: its parent ${parent.node.path} is in stack '${TerraformStack.of(parent).node.id}', not in '${this.stack.node.id}'; a template covers one stack — create both in one stack.`,
      );
    }
    const existing = armExistingResourceOf(parent);
    if (!existing) {
      throw new ConstructValidationError(
        child,
        `ARM output: its parent ${parent.node.path} is not a construct of this library, so its ARM resource is unknown; use the library's construct or its fromXxxId import.`,
      );
    }
    const resource = this.shell(parent, existing.type, existing.apiVersion, true);
    const mutable = resource as { -readonly [K in keyof ArmResource]: ArmResource[K] };
    mutable.name = this.required(existing.name, site('name'));
    mutable.scope = this.scope(parent, existing.subscriptionId, existing.resourceGroupName);
    this.existing.set(parent, resource);
    return resource;
  }

  private scope(construct: IConstruct, subscriptionId: string | undefined, resourceGroupName: string | undefined): ArmScope {
    const site = (property: string): TranslationSite => ({ construct, property });
    const subscription = this.translator.translate(subscriptionId, site('subscriptionId'));
    return {
      ...(subscription !== undefined ? { subscriptionId: subscription } : {}),
      resourceGroupName: this.required(resourceGroupName, site('resourceGroupName')),
      key: '',
    };
  }

  private required(value: unknown, site: TranslationSite): ArmValue {
    const translated = this.translator.translate(value, site);
    if (translated === undefined || translated === '') {
      throw new ConstructValidationError(site.construct, `ARM output: ${site.property} is empty; an ARM resource needs it.`);
    }
    return translated;
  }
}

/**
 * The parent (unless it exists outside the template), the resource an extension applies to, and
 * every declared resource referred to.
 */
function dependencies(resource: ArmResource): ArmResource[] {
  const found: ArmResource[] = resource.parent && !resource.parent.existing ? [resource.parent] : [];
  if (resource.extensionOf) found.push(resource.extensionOf);
  const visit = (value: unknown): void => {
    if (value instanceof ResourceIdReference) {
      if (value.target !== resource && !found.includes(value.target)) found.push(value.target);
    } else if (isArmExpression(value)) {
      Object.values(value).forEach(visit);
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value !== null && typeof value === 'object') {
      Object.values(value).forEach(visit);
    }
  };
  visit(resource.name);
  visit(resource.body);
  return found;
}
