/**
 * Reads a string of a `.tf.json` file the way Terraform does, for strings that should be
 * literals: `$${` and `%%{` are escapes, `${"$"}` (a quoted literal) is its dollars, and a
 * variable reference `${var.name}` becomes `{{var.name}}`. Any other `${...}` or `%{...}` would be
 * evaluated by Terraform, so it throws.
 *
 * The terraform-reads-literals test checks this reading against the Terraform binary.
 */
export function readTemplate(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const rest = text.slice(i);
    const match =
      /^\$\$\{/.exec(rest) ?? /^%%\{/.exec(rest) ?? /^\$\{"(\$+)"\}/.exec(rest) ?? /^\$\{(var\.[A-Za-z0-9_]+)\}/.exec(rest);
    if (match) {
      out += match[0] === '$${' ? '${' : match[0] === '%%{' ? '%{' : match[0].startsWith('${"') ? match[1] : `{{${match[1]}}}`;
      i += match[0].length;
    } else if (rest.startsWith('${') || rest.startsWith('%{')) {
      throw new Error(`Terraform would evaluate ${JSON.stringify(rest.slice(0, 24))} in ${JSON.stringify(text)}`);
    } else {
      out += text[i];
      i++;
    }
  }
  return out;
}

/** `readTemplate` over the keys and values of a map. */
export function readTemplateMap(map: { [key: string]: string }): { [key: string]: string } {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [readTemplate(k), readTemplate(v)]));
}
