// Bicep keywords, and the functions the output calls (a symbol of the same name would shadow them).
const RESERVED = new Set(
  [
    'metadata', 'targetScope', 'resource', 'module', 'param', 'var', 'output', 'for', 'in', 'if', 'existing',
    'import', 'using', 'true', 'false', 'null', 'func', 'type', 'with', 'as', 'extension', 'extends', 'assert',
    'provider', 'resourceId', 'resourceGroup', 'subscription', 'split', 'last', 'format', 'json', 'parameters',
  ].map((word) => word.toLowerCase()),
);

/**
 * The names of one template's parameters and Bicep symbols: valid identifiers (letters, digits
 * and `_`, not starting with a digit), unique ignoring case (ARM compares parameter names that
 * way) and never a Bicep keyword.
 */
export class Identifiers {
  private readonly used = new Set<string>(RESERVED);

  /**
   * The first of `candidates` that is unused, made valid; when all are used, the last with a
   * number appended. The name returned is marked used.
   */
  public claim(...candidates: string[]): string {
    const valid = candidates.map(toIdentifier);
    const name = valid.find((c) => !this.used.has(c.toLowerCase())) ?? valid[valid.length - 1];
    let candidate = name;
    for (let n = 2; this.used.has(candidate.toLowerCase()); n++) candidate = `${name}${n}`;
    this.used.add(candidate.toLowerCase());
    return candidate;
  }
}

function toIdentifier(text: string): string {
  const name = text.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z_]/.test(name) ? name : `_${name}`;
}

/** `Version-1.0.0` → `version100`, `RenderImage` → `renderImage`: a construct ID as a Bicep symbol. */
export function camelCase(text: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0);
  const joined = words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('').replace(/^\d+/, '');
  return joined.length > 0 ? joined[0].toLowerCase() + joined.slice(1) : 'resource';
}
