import { BicepExpression, BicepObject, BicepStatement, parseBicep } from './bicep-parser';

/*
 * Compiles parsed Bicep back into an ARM deployment template, following what the Bicep compiler
 * documents: a child resource's name becomes `format('{0}/{1}', parent, child)`, `symbol.id`
 * becomes `resourceId(type, names...)`, string interpolation becomes `format()`, dependencies
 * implied by `parent` and symbol references are added to `dependsOn`, and a module becomes a
 * nested `Microsoft.Resources/deployments` with inner expression evaluation; an extension
 * resource's `scope: symbol` becomes `format('<type>/{0}', name)` plus a dependency. Comparing the
 * result with the synthesized template.json shows whether the two files declare the same
 * resources, names, properties and dependencies.
 *
 * @see https://learn.microsoft.com/azure/azure-resource-manager/bicep/child-resource-name-type
 * @see https://learn.microsoft.com/azure/azure-resource-manager/bicep/resource-dependencies
 * @see https://learn.microsoft.com/azure/azure-resource-manager/bicep/modules
 * @see https://learn.microsoft.com/azure/azure-resource-manager/bicep/scope-extension-resources
 */

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

type Resource = Extract<BicepStatement, { kind: 'resource' }>;
type Module = Extract<BicepStatement, { kind: 'module' }>;

/** The ARM template `files[entry]` (with the modules it uses) compiles to. */
export function compileBicep(files: { [path: string]: string }, entry = 'main.bicep'): any {
  const text = files[entry];
  if (text === undefined) throw new Error(`no Bicep file '${entry}'`);
  return new FileCompiler(parseBicep(text), files).compile();
}

/** The template with every `dependsOn` sorted: ARM does not care about their order. */
export function withSortedDependsOn(value: any): any {
  if (Array.isArray(value)) return value.map(withSortedDependsOn);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, key === 'dependsOn' ? [...(item as string[])].sort() : withSortedDependsOn(item)]),
  );
}

class FileCompiler {
  private readonly params = new Set<string>();
  private readonly resources = new Map<string, Resource>();
  private readonly modules = new Map<string, Module>();

  constructor(
    private readonly statements: BicepStatement[],
    private readonly files: { [path: string]: string },
  ) {
    for (const s of statements) {
      if (s.kind === 'param') this.params.add(s.name);
      if (s.kind === 'resource') this.resources.set(s.symbol, s);
      if (s.kind === 'module') this.modules.set(s.symbol, s);
    }
  }

  public compile(): any {
    const metadata: any = {};
    const parameters: any = {};
    const resources: any[] = [];
    for (const s of this.statements) {
      if (s.kind === 'metadata') metadata[s.name] = this.value(s.value);
      if (s.kind === 'param') parameters[s.name] = this.parameter(s);
      if (s.kind === 'resource' && !s.existing) resources.push(this.resource(s));
      if (s.kind === 'module') resources.push(this.module(s));
    }
    return {
      $schema: SCHEMA,
      contentVersion: '1.0.0.0',
      ...(Object.keys(metadata).length > 0 ? { metadata } : {}),
      ...(Object.keys(parameters).length > 0 ? { parameters } : {}),
      resources,
    };
  }

  private parameter(s: Extract<BicepStatement, { kind: 'param' }>): any {
    const secure = s.decorators.some((d) => d.name === 'secure');
    const description = s.decorators.find((d) => d.name === 'description');
    const allowed = s.decorators.find((d) => d.name === 'allowed');
    const maxValue = s.decorators.find((d) => d.name === 'maxValue');
    const type = secure ? (s.type === 'string' ? 'securestring' : 'secureObject') : s.type;
    return {
      type,
      ...(s.defaultValue ? { defaultValue: this.value(s.defaultValue) } : {}),
      ...(allowed ? { allowedValues: this.value(allowed.args[0]) } : {}),
      ...(maxValue ? { maxValue: this.value(maxValue.args[0]) } : {}),
      ...(description ? { metadata: { description: this.value(description.args[0]) } } : {}),
    };
  }

  private resource(r: Resource): any {
    const [type, apiVersion] = r.typeAndVersion.split('@');
    const chain = this.ancestry(r);
    const name =
      chain.length === 1
        ? this.value(entry(r.body, 'name')!)
        : `[format('${chain.map((_, i) => `{${i}}`).join('/')}', ${chain.map((c) => this.expression(entry(c.body, 'name')!)).join(', ')})]`;
    const target = this.extensionTarget(r);
    const out: any = { type, apiVersion, ...(target ? { scope: `[${this.scopeOf(target)}]` } : {}), name };
    for (const [key, value] of r.body.entries) if (!['parent', 'scope', 'name', 'dependsOn'].includes(key)) out[key] = this.value(value);
    const parent = chain.length > 1 ? chain[chain.length - 2] : undefined;
    const implied = [...(parent && !parent.existing ? [parent.symbol] : []), ...(target && !target.existing ? [target.symbol] : [])];
    const dependsOn = this.dependencies(r.body, implied);
    return dependsOn.length > 0 ? { ...out, dependsOn } : out;
  }

  /** The resource an extension resource applies to (`scope: symbol`), if it is one. */
  private extensionTarget(r: Resource): Resource | undefined {
    const scope = entry(r.body, 'scope');
    if (!scope) return undefined;
    if (scope.kind !== 'identifier' || !this.resources.has(scope.name)) throw new Error(`${r.symbol}: scope is not a resource symbol`);
    return this.resources.get(scope.name)!;
  }

  /**
   * `scope: symbol` as Bicep compiles it for a resource of the same file: the type-qualified
   * name, `format('Microsoft.Compute/images/{0}', name)`.
   * @see https://learn.microsoft.com/azure/azure-resource-manager/bicep/scope-extension-resources
   */
  private scopeOf(target: Resource): string {
    const [namespace, ...types] = target.typeAndVersion.split('@')[0].split('/');
    const format = [namespace, ...types.map((t, i) => `${t}/{${i}}`)].join('/');
    const names = this.ancestry(target).map((c) => this.expression(entry(c.body, 'name')!));
    return `format('${format}', ${names.join(', ')})`;
  }

  private module(m: Module): any {
    const scope = entry(m.body, 'scope')!;
    if (scope.kind !== 'call' || scope.name !== 'resourceGroup') throw new Error(`module ${m.symbol}: scope is not resourceGroup(...)`);
    const params = entry(m.body, 'params') as BicepObject | undefined;
    const text = this.files[m.path];
    if (text === undefined) throw new Error(`module ${m.symbol}: no file '${m.path}'`);
    const out = {
      type: 'Microsoft.Resources/deployments',
      apiVersion: '2022-09-01',
      name: this.value(entry(m.body, 'name')!),
      ...(scope.args.length === 2 ? { subscriptionId: this.value(scope.args[0]) } : {}),
      resourceGroup: this.value(scope.args[scope.args.length - 1]),
      properties: {
        expressionEvaluationOptions: { scope: 'inner' },
        mode: 'Incremental',
        ...(params ? { parameters: Object.fromEntries(params.entries.map(([k, v]) => [k, { value: this.value(v) }])) } : {}),
        template: new FileCompiler(parseBicep(text), this.files).compile(),
      },
    };
    const dependsOn = this.dependencies(m.body, []);
    return dependsOn.length > 0 ? { ...out, dependsOn } : out;
  }

  /** The resource and its parents, top-level first. */
  private ancestry(r: Resource): Resource[] {
    const parent = entry(r.body, 'parent');
    if (!parent) return [r];
    if (parent.kind !== 'identifier' || !this.resources.has(parent.name)) throw new Error(`${r.symbol}: parent is not a resource symbol`);
    return [...this.ancestry(this.resources.get(parent.name)!), r];
  }

  /** `dependsOn` as Bicep compiles it: the listed symbols, plus those implied. */
  private dependencies(body: BicepObject, implied: string[]): string[] {
    const symbols = [...implied];
    const listed = entry(body, 'dependsOn');
    if (listed) {
      if (listed.kind !== 'array') throw new Error('dependsOn is not an array');
      for (const item of listed.items) {
        if (item.kind !== 'identifier') throw new Error('dependsOn holds something other than symbols');
        symbols.push(item.name);
      }
    }
    const visit = (e: BicepExpression): void => {
      if (e.kind === 'member' && e.target.kind === 'identifier' && this.resources.get(e.target.name)?.existing === false) symbols.push(e.target.name);
      if (e.kind === 'member' || e.kind === 'index') visit(e.target);
      if (e.kind === 'call') e.args.forEach(visit);
      if (e.kind === 'string') e.parts.forEach((p) => typeof p !== 'string' && visit(p));
      if (e.kind === 'object') e.entries.forEach(([, v]) => visit(v));
      if (e.kind === 'array') e.items.forEach(visit);
    };
    body.entries.filter(([key]) => key !== 'dependsOn').forEach(([, v]) => visit(v));
    return [...new Set(symbols)].map((symbol) => {
      const resource = this.resources.get(symbol);
      if (resource) return `[${this.resourceId(resource)}]`;
      const module = this.modules.get(symbol);
      if (module) return `[resourceId('Microsoft.Resources/deployments', ${this.expression(entry(module.body, 'name')!)})]`;
      throw new Error(`dependsOn names unknown symbol '${symbol}'`);
    });
  }

  private resourceId(r: Resource): string {
    const type = r.typeAndVersion.split('@')[0];
    const names = this.ancestry(r).map((c) => this.expression(entry(c.body, 'name')!));
    return `resourceId('${type}', ${names.join(', ')})`;
  }

  /** A value in JSON: literals stay literal, anything else becomes a `[...]` expression. */
  private value(e: BicepExpression): any {
    if (e.kind === 'string' && e.parts.every((p) => typeof p === 'string')) {
      const text = e.parts.join('');
      return /^\[[\s\S]*\]$/.test(text) ? `[${text}` : text;
    }
    if (e.kind === 'number' || e.kind === 'literal') return e.value;
    if (e.kind === 'object') return Object.fromEntries(e.entries.map(([k, v]) => [k, this.value(v)]));
    if (e.kind === 'array') return e.items.map((item) => this.value(item));
    return `[${this.expression(e)}]`;
  }

  /** An expression in ARM's expression language. */
  private expression(e: BicepExpression): string {
    switch (e.kind) {
      case 'string': {
        const args: string[] = [];
        const text = e.parts
          .map((p) => {
            if (typeof p === 'string') return args.length === 0 && e.parts.length === 1 ? p : p.replace(/[{}]/g, (b) => b + b);
            args.push(this.expression(p));
            return `{${args.length - 1}}`;
          })
          .join('');
        const literal = `'${text.replace(/'/g, "''")}'`;
        return args.length === 0 ? literal : `format(${[literal, ...args].join(', ')})`;
      }
      case 'number':
        return String(e.value);
      case 'identifier':
        if (this.params.has(e.name)) return `parameters('${e.name}')`;
        throw new Error(`identifier '${e.name}' is not a parameter`);
      case 'member':
        if (e.target.kind === 'identifier' && this.resources.has(e.target.name)) {
          if (e.property !== 'id') throw new Error(`only .id of a resource is expected, not .${e.property}`);
          return this.resourceId(this.resources.get(e.target.name)!);
        }
        return `${this.expression(e.target)}.${e.property}`;
      case 'index':
        return `${this.expression(e.target)}[${this.expression(e.index)}]`;
      case 'call':
        return `${e.name}(${e.args.map((a) => this.expression(a)).join(', ')})`;
      default:
        throw new Error(`a ${e.kind} inside an expression is not expected`);
    }
  }
}

function entry(body: BicepObject, key: string): BicepExpression | undefined {
  return body.entries.find(([k]) => k === key)?.[1];
}
