import { Tokenization } from 'cdktf';

/*
 * Terraform reads every string of a `.tf.json` file, object keys included, as a template:
 * `${...}` interpolates and `%{...}` runs a directive. cdktf writes strings through unchanged
 * (it even treats a raw `${...}` as an expression), so a tag value `${var.secret}` typed by a
 * user would be evaluated at plan time. The library's values are literals: these functions
 * escape template syntax (`$${`, `%%{`) in the literal parts of strings and leave cdktf tokens,
 * the library's way to pass plan-time expressions, as they are.
 *
 * @see https://developer.hashicorp.com/terraform/language/syntax/json
 * @see https://developer.hashicorp.com/terraform/language/expressions/strings#escape-sequences-1
 */

// cdktf's marker for a string token inside a string (BEGIN_STRING_TOKEN_MARKER ... END_TOKEN_MARKER).
const TOKEN = String.raw`\$\{TfToken\[[^\]]*\]\}`;
const STRING_TOKEN = new RegExp(`(${TOKEN})`);
// A string that is nothing but tokens, such as a resource's `id`: the common case among
// strings with `${`, with nothing literal to escape.
const ONLY_TOKENS = new RegExp(`^(?:${TOKEN})+$`);

/** `value` with `${` and `%{` escaped in its literal parts, so Terraform reads them literally. */
export function escapeTemplate(value: string): string {
  if (!value.includes('${') && !value.includes('%{')) return value;
  if (ONLY_TOKENS.test(value)) return value;
  const parts = value.split(STRING_TOKEN);
  if (parts.length === 1) return value.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
  // With tokens, cdktf reads any `${` as the start of an expression and writes the tokens after
  // it without their `${}`, even in `$${`. Dollars before `{` (and before a token, whose `${`
  // would make an escape of them) are therefore written as a quoted literal, `${"$"}`, which
  // cdktf sees closed. split() alternates literal, token, literal, ...: odd indexes are tokens.
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const beforeToken = i < parts.length - 1;
      return part
        .replace(beforeToken ? /\$+(?=\{)|\$+$/g : /\$+(?=\{)/g, (dollars) => `\${"${dollars}"}`)
        .replace(/%\{/g, () => '%%{');
    })
    .join('');
}

/**
 * `config` (an L1 resource's configuration) with every string, and every key of a plain object,
 * passed through `escapeTemplate`. Constructs, tokens and other class instances are kept as they
 * are. Only arrays and objects that change are copied: every resource's configuration passes
 * through here, and almost none needs escaping.
 */
export function escapeTemplates<T>(config: T): T {
  return escapeValue(config) as T;
}

function escapeValue(value: unknown): unknown {
  if (typeof value === 'string') return escapeTemplate(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = escapeValue(value[i]);
      if (item !== value[i]) (copy ??= value.slice())[i] = item;
    }
    return copy ?? value;
  }
  if (Tokenization.isResolvable(value) || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const source = value as { [key: string]: unknown };
  const keys = Object.keys(source);
  let copy: { [key: string]: unknown } | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = escapeTemplate(keys[i]);
    const item = escapeValue(source[keys[i]]);
    if (copy === undefined && (key !== keys[i] || item !== source[keys[i]])) {
      copy = {};
      for (let j = 0; j < i; j++) copy[keys[j]] = source[keys[j]];
    }
    if (copy !== undefined) copy[key] = item;
  }
  return copy ?? value;
}
