/*
 * A small evaluator for the Terraform expressions the library's plan-time guards use: literals,
 * lists, references (looked up by their dotted name), the operators, and the functions listed
 * in FUNCTIONS, with Terraform's meaning. Anything else is an error, so a guard that starts to
 * use a new function fails its tests until the function is added here on purpose.
 *
 * @see https://developer.hashicorp.com/terraform/language/expressions/operators
 * @see https://developer.hashicorp.com/terraform/language/functions
 */

export type Value = string | number | boolean | null | Value[];
export type Variables = { readonly [reference: string]: Value };

type Token = { kind: 'num' | 'str' | 'ident' | 'op' | 'punct'; text: string; value?: Value };

const FUNCTIONS: { [name: string]: (...args: Value[]) => Value } = {
  lower: (s) => str(s).toLowerCase(),
  trimspace: (s) => str(s).trim(),
  trimprefix: (s, prefix) => (str(s).startsWith(str(prefix)) ? str(s).slice(str(prefix).length) : str(s)),
  // Plain substring replacement; Terraform reads a substring in slashes as a regular expression,
  // which the guards do not use.
  replace: (s, sub, by) => {
    if (/^\/.*\/$/.test(str(sub))) throw new Error('replace with a regular expression is not supported here');
    return str(s).split(str(sub)).join(str(by));
  },
  split: (sep, s) => str(s).split(str(sep)),
  join: (sep, list) => arr(list).map(str).join(str(sep)),
  contains: (list, v) => arr(list).some((item) => equal(item, v)),
  element: (list, i) => {
    const items = arr(list);
    if (items.length === 0) throw new Error('element of an empty list');
    return items[num(i) % items.length];
  },
  length: (v) => (Array.isArray(v) ? v.length : str(v).length),
  sum: (list) => {
    if (arr(list).length === 0) throw new Error('sum of an empty list');
    return arr(list).reduce<number>((total, v) => total + num(v), 0);
  },
};

/** Evaluates `expression` (without its `${` `}`) with `variables` for its references. */
export function evaluate(expression: string, variables: Variables): Value {
  const parser = new Parser(tokenize(expression), variables);
  const value = parser.expression();
  parser.end();
  return value;
}

/** The expression inside a `.tf.json` string that is one interpolation: `${...}`. */
export function interpolation(template: string): string {
  const match = /^\$\{([\s\S]*)\}$/.exec(template);
  if (!match) throw new Error(`not a single interpolation: ${template}`);
  return match[1];
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (/\s/.test(c)) {
      i++;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?/.exec(source.slice(i))!;
      tokens.push({ kind: 'num', text: m[0], value: Number(m[0]) });
      i += m[0].length;
    } else if (c === '"') {
      let j = i + 1;
      let text = '';
      while (source[j] !== '"') {
        if (j >= source.length) throw new Error('unterminated string');
        if (source[j] === '\\') {
          const e = source[j + 1];
          const escapes: { [k: string]: string } = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };
          if (!(e in escapes)) throw new Error(`invalid escape \\${e} in a string`);
          text += escapes[e];
          j += 2;
        } else if (source.startsWith('$${', j) || source.startsWith('%%{', j)) {
          text += source[j] + '{';
          j += 3;
        } else if (source.startsWith('${', j) || source.startsWith('%{', j)) {
          throw new Error('templates inside string literals are not supported here');
        } else {
          text += source[j++];
        }
      }
      tokens.push({ kind: 'str', text, value: text });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(source.slice(i))!;
      tokens.push({ kind: 'ident', text: m[0] });
      i += m[0].length;
    } else {
      const two = source.slice(i, i + 2);
      if (['==', '!=', '<=', '>=', '&&', '||'].includes(two)) {
        tokens.push({ kind: 'op', text: two });
        i += 2;
      } else if ('+-*/%<>!?:'.includes(c)) {
        tokens.push({ kind: 'op', text: c });
        i++;
      } else if ('()[],.'.includes(c)) {
        tokens.push({ kind: 'punct', text: c });
        i++;
      } else {
        throw new Error(`unexpected character '${c}'`);
      }
    }
  }
  return tokens;
}

// Terraform's binary operator precedence, highest first.
const PRECEDENCE: { [op: string]: number } = {
  '*': 6, '/': 6, '%': 6,
  '+': 5, '-': 5,
  '<': 4, '<=': 4, '>': 4, '>=': 4,
  '==': 3, '!=': 3,
  '&&': 2,
  '||': 1,
};

class Parser {
  private at = 0;

  constructor(private readonly tokens: Token[], private readonly variables: Variables) {}

  public end(): void {
    if (this.at < this.tokens.length) throw new Error(`unexpected '${this.tokens[this.at].text}'`);
  }

  public expression(): Value {
    const condition = this.binary(1);
    if (!this.accept('op', '?')) return condition;
    const yes = this.expression();
    this.expect('op', ':');
    const no = this.expression();
    return bool(condition) ? yes : no;
  }

  private binary(minimum: number): Value {
    let left = this.unary();
    for (;;) {
      const token = this.tokens[this.at];
      const precedence = token?.kind === 'op' ? PRECEDENCE[token.text] : undefined;
      if (precedence === undefined || precedence < minimum) return left;
      this.at++;
      const right = this.binary(precedence + 1);
      left = apply(token.text, left, right);
    }
  }

  private unary(): Value {
    if (this.accept('op', '!')) return !bool(this.unary());
    if (this.accept('op', '-')) return -num(this.unary());
    return this.primary();
  }

  private primary(): Value {
    const token = this.tokens[this.at++];
    if (!token) throw new Error('unexpected end of expression');
    if (token.kind === 'num' || token.kind === 'str') return token.value!;
    if (token.kind === 'punct' && token.text === '(') {
      const value = this.expression();
      this.expect('punct', ')');
      return value;
    }
    if (token.kind === 'punct' && token.text === '[') {
      const items: Value[] = [];
      while (!this.accept('punct', ']')) {
        items.push(this.expression());
        if (!this.accept('punct', ',')) {
          this.expect('punct', ']');
          break;
        }
      }
      return items;
    }
    if (token.kind === 'ident') {
      if (token.text === 'true') return true;
      if (token.text === 'false') return false;
      if (token.text === 'null') return null;
      if (this.accept('punct', '(')) return this.call(token.text);
      let reference = token.text;
      while (this.accept('punct', '.')) reference += `.${this.expectIdent()}`;
      if (!(reference in this.variables)) throw new Error(`unknown reference ${reference}`);
      return this.variables[reference];
    }
    throw new Error(`unexpected '${token.text}'`);
  }

  private call(name: string): Value {
    const fn = FUNCTIONS[name];
    if (!fn) throw new Error(`function ${name} is not supported here`);
    const args: Value[] = [];
    while (!this.accept('punct', ')')) {
      args.push(this.expression());
      if (!this.accept('punct', ',')) {
        this.expect('punct', ')');
        break;
      }
    }
    if (args.length !== fn.length) throw new Error(`${name} takes ${fn.length} arguments, got ${args.length}`);
    return fn(...args);
  }

  private accept(kind: Token['kind'], text: string): boolean {
    const token = this.tokens[this.at];
    if (token?.kind === kind && token.text === text) {
      this.at++;
      return true;
    }
    return false;
  }

  private expect(kind: Token['kind'], text: string): void {
    if (!this.accept(kind, text)) throw new Error(`expected '${text}' at '${this.tokens[this.at]?.text ?? 'end'}'`);
  }

  private expectIdent(): string {
    const token = this.tokens[this.at++];
    if (token?.kind !== 'ident') throw new Error('expected a name');
    return token.text;
  }
}

function apply(op: string, left: Value, right: Value): Value {
  switch (op) {
    case '==': return equal(left, right);
    case '!=': return !equal(left, right);
    case '&&': return bool(left) && bool(right);
    case '||': return bool(left) || bool(right);
    case '+': return num(left) + num(right);
    case '-': return num(left) - num(right);
    case '*': return num(left) * num(right);
    case '/': return num(left) / num(right);
    case '%': return num(left) % num(right);
    case '<': return num(left) < num(right);
    case '<=': return num(left) <= num(right);
    case '>': return num(left) > num(right);
    case '>=': return num(left) >= num(right);
  }
  throw new Error(`operator ${op} is not supported here`);
}

function equal(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  return a === b;
}

function str(v: Value): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new Error(`expected a string, got ${JSON.stringify(v)}`);
}

function num(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?[0-9]+(\.[0-9]+)?$/.test(v)) return Number(v);
  throw new Error(`expected a number, got ${JSON.stringify(v)}`);
}

function bool(v: Value): boolean {
  if (typeof v === 'boolean') return v;
  throw new Error(`expected a bool, got ${JSON.stringify(v)}`);
}

function arr(v: Value): Value[] {
  if (Array.isArray(v)) return v;
  throw new Error(`expected a list, got ${JSON.stringify(v)}`);
}
