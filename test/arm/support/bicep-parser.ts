/*
 * A parser for the Bicep the synthesizer writes (and the Bicep grammar around it): comments,
 * `metadata`, decorated `param`s, `resource` (and `existing`) and `module` declarations, objects
 * and arrays one item per line, strings with escapes and `${}` interpolation, numbers, `true`,
 * `false`, `null`, identifiers, member access, indexing and function calls. It throws with the
 * line and column on anything else, so a syntax slip in the output fails the tests.
 *
 * Bicep grammar: https://learn.microsoft.com/azure/azure-resource-manager/bicep/file
 */

export type BicepExpression =
  | { readonly kind: 'string'; readonly parts: Array<string | BicepExpression> }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'literal'; readonly value: boolean | null }
  | { readonly kind: 'identifier'; readonly name: string }
  | { readonly kind: 'member'; readonly target: BicepExpression; readonly property: string }
  | { readonly kind: 'index'; readonly target: BicepExpression; readonly index: BicepExpression }
  | { readonly kind: 'call'; readonly name: string; readonly args: BicepExpression[] }
  | { readonly kind: 'object'; readonly entries: Array<[string, BicepExpression]> }
  | { readonly kind: 'array'; readonly items: BicepExpression[] };

export interface BicepDecorator {
  readonly name: string;
  readonly args: BicepExpression[];
}

export type BicepStatement =
  | { readonly kind: 'metadata'; readonly name: string; readonly value: BicepExpression }
  | { readonly kind: 'param'; readonly name: string; readonly type: string; readonly decorators: BicepDecorator[]; readonly defaultValue?: BicepExpression }
  | { readonly kind: 'resource'; readonly symbol: string; readonly typeAndVersion: string; readonly existing: boolean; readonly body: BicepObject }
  | { readonly kind: 'module'; readonly symbol: string; readonly path: string; readonly body: BicepObject };

export type BicepObject = Extract<BicepExpression, { kind: 'object' }>;

const ESCAPES: { [c: string]: string } = { '\\': '\\', "'": "'", n: '\n', r: '\r', t: '\t', $: '$' };
const KEYWORDS = new Set(['metadata', 'param', 'resource', 'module', 'var', 'output', 'targetScope']);

/** Parses a Bicep file into its statements. */
export function parseBicep(text: string): BicepStatement[] {
  return new Parser(text).file();
}

class Parser {
  private pos = 0;

  constructor(private readonly text: string) {}

  public file(): BicepStatement[] {
    const statements: BicepStatement[] = [];
    let decorators: BicepDecorator[] = [];
    for (;;) {
      this.skipBlank();
      if (this.pos >= this.text.length) break;
      if (this.peek('@')) {
        this.pos += 1;
        const name = this.identifier();
        this.expect('(');
        decorators.push({ name, args: this.arguments() });
        this.endOfLine();
        continue;
      }
      const keyword = this.identifier();
      if (!KEYWORDS.has(keyword)) this.fail(`unknown statement '${keyword}'`);
      if (decorators.length > 0 && keyword !== 'param') this.fail(`decorators before '${keyword}' are not expected here`);
      statements.push(this.statement(keyword, decorators));
      decorators = [];
      this.endOfLine();
    }
    return statements;
  }

  private statement(keyword: string, decorators: BicepDecorator[]): BicepStatement {
    this.spaces();
    if (keyword === 'metadata') {
      const name = this.identifier();
      this.expect('=');
      return { kind: 'metadata', name, value: this.expression() };
    }
    if (keyword === 'param') {
      const name = this.identifier();
      this.spaces();
      const type = this.identifier();
      this.spaces();
      if (!this.peek('=')) return { kind: 'param', name, type, decorators };
      this.expect('=');
      return { kind: 'param', name, type, decorators, defaultValue: this.expression() };
    }
    const symbol = this.identifier();
    this.spaces();
    const target = this.plainString();
    this.spaces();
    let existing = false;
    if (keyword === 'resource' && this.text.startsWith('existing', this.pos)) {
      this.pos += 'existing'.length;
      existing = true;
    }
    this.expect('=');
    this.spaces();
    const body = this.expression();
    if (body.kind !== 'object') this.fail(`the body of ${keyword} '${symbol}' is not an object`);
    if (keyword === 'resource') return { kind: 'resource', symbol, typeAndVersion: target, existing, body };
    if (keyword === 'module') return { kind: 'module', symbol, path: target, body };
    return this.fail(`'${keyword}' declarations are not expected in the output`);
  }

  private expression(): BicepExpression {
    this.spaces();
    let expression = this.primary();
    for (;;) {
      if (this.peek('.')) {
        this.pos += 1;
        expression = { kind: 'member', target: expression, property: this.identifier() };
      } else if (this.peek('[')) {
        this.pos += 1;
        const index = this.expression();
        this.expect(']');
        expression = { kind: 'index', target: expression, index };
      } else {
        return expression;
      }
    }
  }

  private primary(): BicepExpression {
    const c = this.text[this.pos];
    if (c === "'") return this.string();
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    const number = /^-?\d+/.exec(this.text.slice(this.pos));
    if (number) {
      this.pos += number[0].length;
      return { kind: 'number', value: Number(number[0]) };
    }
    const name = this.identifier();
    if (name === 'true' || name === 'false') return { kind: 'literal', value: name === 'true' };
    if (name === 'null') return { kind: 'literal', value: null };
    if (this.peek('(')) {
      this.pos += 1;
      return { kind: 'call', name, args: this.arguments() };
    }
    return { kind: 'identifier', name };
  }

  /** Arguments after `(`, up to and including `)`. */
  private arguments(): BicepExpression[] {
    const args: BicepExpression[] = [];
    this.spaces();
    while (!this.peek(')')) {
      if (args.length > 0) this.expect(',');
      args.push(this.expression());
      this.spaces();
    }
    this.pos += 1;
    return args;
  }

  private object(): BicepExpression {
    this.pos += 1;
    const entries: Array<[string, BicepExpression]> = [];
    this.spaces();
    if (this.peek('}')) {
      this.pos += 1;
      return { kind: 'object', entries };
    }
    this.endOfLine();
    for (;;) {
      this.skipBlank();
      if (this.peek('}')) break;
      const key = this.peek("'") ? this.plainString() : this.identifier();
      if (entries.some(([k]) => k === key)) this.fail(`duplicate property '${key}'`);
      this.expect(':');
      entries.push([key, this.expression()]);
      this.endOfLine();
    }
    this.pos += 1;
    return { kind: 'object', entries };
  }

  private array(): BicepExpression {
    this.pos += 1;
    const items: BicepExpression[] = [];
    this.spaces();
    if (this.peek(']')) {
      this.pos += 1;
      return { kind: 'array', items };
    }
    this.endOfLine();
    for (;;) {
      this.skipBlank();
      if (this.peek(']')) break;
      items.push(this.expression());
      this.endOfLine();
    }
    this.pos += 1;
    return { kind: 'array', items };
  }

  private string(): BicepExpression {
    this.pos += 1;
    const parts: Array<string | BicepExpression> = [];
    let literal = '';
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined || c === '\n') this.fail('unterminated string');
      if (c === "'") break;
      if (c === '\\') {
        const next = this.text[this.pos + 1];
        if (next === 'u' && this.text[this.pos + 2] === '{') {
          const end = this.text.indexOf('}', this.pos);
          literal += String.fromCodePoint(parseInt(this.text.slice(this.pos + 3, end), 16));
          this.pos = end + 1;
          continue;
        }
        if (ESCAPES[next] === undefined) this.fail(`invalid escape '\\${next}'`);
        literal += ESCAPES[next];
        this.pos += 2;
      } else if (this.text.startsWith('${', this.pos)) {
        if (literal) parts.push(literal);
        literal = '';
        this.pos += 2;
        parts.push(this.expression());
        this.expect('}');
      } else {
        literal += c;
        this.pos += 1;
      }
    }
    this.pos += 1;
    if (literal) parts.push(literal);
    return { kind: 'string', parts };
  }

  /** A string without interpolation, as its text. */
  private plainString(): string {
    const s = this.string();
    if (s.kind !== 'string' || s.parts.some((p) => typeof p !== 'string')) this.fail('expected a plain string');
    return (s as { parts: string[] }).parts.join('');
  }

  private identifier(): string {
    const found = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.pos));
    if (!found) this.fail('expected an identifier');
    this.pos += found![0].length;
    return found![0];
  }

  private expect(token: string): void {
    this.spaces();
    if (!this.text.startsWith(token, this.pos)) this.fail(`expected '${token}'`);
    this.pos += token.length;
  }

  private peek(token: string): boolean {
    return this.text.startsWith(token, this.pos);
  }

  private spaces(): void {
    while (this.text[this.pos] === ' ') this.pos += 1;
  }

  /** Requires the end of the line (a comment may follow). */
  private endOfLine(): void {
    this.spaces();
    if (this.peek('//')) while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos += 1;
    if (this.pos < this.text.length && this.text[this.pos] !== '\n') this.fail('expected the end of the line');
    this.pos += 1;
  }

  /** Skips blank lines and comment lines. */
  private skipBlank(): void {
    for (;;) {
      const rest = /^[ \t]*(\/\/[^\n]*)?\n/.exec(this.text.slice(this.pos));
      if (!rest) {
        this.spaces();
        return;
      }
      this.pos += rest[0].length;
    }
  }

  private fail(message: string): never {
    const before = this.text.slice(0, this.pos);
    const line = before.split('\n').length;
    const column = this.pos - before.lastIndexOf('\n');
    throw new Error(`Bicep syntax: ${message} at line ${line}, column ${column}: '${this.text.split('\n')[line - 1]}'`);
  }
}
