/*
 * A parser for the part of Terraform's expression language that cdktf writes for tokens:
 * `${var.x}`, `${azapi_resource.Image_Resource_1234.id}`, `${element(split("/", var.id), 8)}`.
 * Anything else (operators, conditionals, `for`, template directives) is reported as
 * unsupported, naming the text, so the synthesizer never guesses.
 */

/** A parsed Terraform expression. */
export type TfExpression =
  | { readonly kind: 'traversal'; readonly root: string; readonly steps: Array<string | number> }
  | { readonly kind: 'call'; readonly name: string; readonly args: TfExpression[] }
  | { readonly kind: 'index'; readonly target: TfExpression; readonly index: number }
  | { readonly kind: 'template'; readonly parts: TfTemplatePart[] }
  | { readonly kind: 'number'; readonly value: number };

/** Literal text or an interpolated expression of a template. */
export type TfTemplatePart = string | TfExpression;

/** The text is not in the supported subset. */
export class UnsupportedTerraformExpression extends Error {
  constructor(
    public readonly text: string,
    public readonly reason: string,
  ) {
    super(`${reason} in '${text}'`);
    this.name = 'UnsupportedTerraformExpression';
  }
}

/** Parses a Terraform string template (`prefix${expression}suffix`) into its parts. */
export function parseTerraformTemplate(text: string): TfTemplatePart[] {
  return new Parser(text).templateUntil(undefined);
}

/** The expression as Terraform writes it, for messages. */
export function terraformText(expression: TfExpression): string {
  switch (expression.kind) {
    case 'traversal':
      return expression.root + expression.steps.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('');
    case 'call':
      return `${expression.name}(${expression.args.map(terraformText).join(', ')})`;
    case 'index':
      return `${terraformText(expression.target)}[${expression.index}]`;
    case 'number':
      return String(expression.value);
    case 'template':
      return JSON.stringify(expression.parts.map((p) => (typeof p === 'string' ? p : `\${${terraformText(p)}}`)).join(''));
  }
}

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_-]*/y;
const NUMBER = /-?\d+(\.\d+)?/y;
const ESCAPES: { [c: string]: string } = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

class Parser {
  private pos = 0;

  constructor(private readonly text: string) {}

  /** Template parts up to `end` (a closing quote) or the end of the text. */
  public templateUntil(end: '"' | undefined): TfTemplatePart[] {
    const parts: TfTemplatePart[] = [];
    let literal = '';
    while (this.pos < this.text.length) {
      const rest = this.text.slice(this.pos);
      if (end !== undefined && rest.startsWith(end)) break;
      if (rest.startsWith('$${') || rest.startsWith('%%{')) {
        literal += rest.slice(1, 3);
        this.pos += 3;
      } else if (rest.startsWith('${')) {
        if (literal) parts.push(literal);
        literal = '';
        this.pos += 2;
        parts.push(this.expression());
        this.expect('}');
      } else if (rest.startsWith('%{')) {
        throw this.unsupported('a template directive (%{...})');
      } else if (end !== undefined && rest[0] === '\\') {
        const escaped = ESCAPES[rest[1]];
        if (escaped === undefined) throw this.unsupported(`the escape '\\${rest[1] ?? ''}'`);
        literal += escaped;
        this.pos += 2;
      } else {
        literal += rest[0];
        this.pos += 1;
      }
    }
    if (literal) parts.push(literal);
    return parts;
  }

  private expression(): TfExpression {
    let expression = this.primary();
    for (;;) {
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === '.' && expression.kind === 'traversal') {
        this.pos += 1;
        const step = this.match(IDENTIFIER) ?? this.match(/\d+/y);
        if (step === undefined) throw this.unsupported("an attribute name after '.'");
        expression = { ...expression, steps: [...expression.steps, /^\d+$/.test(step) ? Number(step) : step] };
      } else if (c === '[') {
        this.pos += 1;
        this.skipSpace();
        const index = this.match(/\d+/y);
        if (index === undefined) throw this.unsupported('an index that is not a whole number');
        this.expect(']');
        expression =
          expression.kind === 'traversal'
            ? { ...expression, steps: [...expression.steps, Number(index)] }
            : { kind: 'index', target: expression, index: Number(index) };
      } else {
        return expression;
      }
    }
  }

  private primary(): TfExpression {
    this.skipSpace();
    if (this.text[this.pos] === '"') {
      this.pos += 1;
      const parts = this.templateUntil('"');
      this.expect('"');
      return { kind: 'template', parts };
    }
    const number = this.match(NUMBER);
    if (number !== undefined) return { kind: 'number', value: Number(number) };
    const name = this.match(IDENTIFIER);
    if (name === undefined) throw this.unsupported(`'${this.text[this.pos] ?? 'end of text'}' at position ${this.pos}`);
    this.skipSpace();
    if (this.text[this.pos] !== '(') return { kind: 'traversal', root: name, steps: [] };
    this.pos += 1;
    const args: TfExpression[] = [];
    this.skipSpace();
    while (this.text[this.pos] !== ')') {
      if (args.length > 0) this.expect(',');
      args.push(this.expression());
      this.skipSpace();
    }
    this.pos += 1;
    return { kind: 'call', name, args };
  }

  private match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.pos;
    const found = pattern.exec(this.text);
    if (!found) return undefined;
    this.pos += found[0].length;
    return found[0];
  }

  private expect(token: string): void {
    this.skipSpace();
    if (!this.text.startsWith(token, this.pos)) {
      const found = this.text[this.pos] === undefined ? 'the end' : `'${this.text[this.pos]}'`;
      throw this.unsupported(`${found} where '${token}' was expected (operators and conditionals are not translated)`);
    }
    this.pos += token.length;
  }

  private skipSpace(): void {
    while (/\s/.test(this.text[this.pos] ?? '')) this.pos += 1;
  }

  private unsupported(what: string): UnsupportedTerraformExpression {
    return new UnsupportedTerraformExpression(this.text, what);
  }
}
