import { ConstructValidationError } from '../../../lib/core/errors';

/*
 * What every fuzzed input must lead to: either the library's own error, naming a construct path
 * or a rule ID, or synthesized Terraform JSON whose values obey Azure's rules.
 */

const RULE_ANNOTATION = /\[[^\]\n]+\] AZ[BSW]\d{3} /;

/** Fails unless `error` is one of the library's errors with a construct path or rule ID. */
export function expectLibraryError(error: unknown): void {
  if (error instanceof ConstructValidationError) {
    if (!/^\[[^\]]+\] \S/.test(error.message)) throw new Error(`ConstructValidationError without a construct path: ${error.message}`);
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  const synthError = message.startsWith('Encountered Annotations with level "ERROR"') || message.startsWith('Synthesis failed');
  if (error instanceof Error && error.constructor === Error && synthError && RULE_ANNOTATION.test(message)) return;
  const kind = error instanceof Error ? error.constructor.name : typeof error;
  const failure = new Error(`not a library error (${kind}): ${message}`);
  if (error instanceof Error) failure.stack = `${failure.message}\n${error.stack}`;
  throw failure;
}

/** A Terraform expression written by cdktf for a token, e.g. `${var.s0}`. */
export function isExpression(value: unknown): boolean {
  return typeof value === 'string' && /^\$\{[a-z]/.test(value) && value.endsWith('}');
}

const BAD_TEXT = ['undefined', 'NaN', '[object Object]', 'Infinity'];

/**
 * Fails when a string of `json` (keys included) holds `undefined`, `NaN`, `[object Object]` or
 * `Infinity` that the input did not, or when a number is not finite.
 */
export function expectNoLeaks(json: unknown, inputs: Set<string>): void {
  const known = [...inputs].filter((i) => BAD_TEXT.some((bad) => i.includes(bad)));
  const check = (text: string, where: string) => {
    let rest = text;
    for (const input of known) rest = rest.split(input).join('');
    const bad = BAD_TEXT.find((b) => rest.includes(b));
    if (bad) throw new Error(`'${bad}' leaked into the output at ${where}: ${JSON.stringify(text)}`);
  };
  const walk = (value: unknown, where: string): void => {
    if (typeof value === 'string') check(value, where);
    else if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Error(`non-finite number ${value} at ${where}`);
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        check(k, `${where} (key)`);
        walk(v, `${where}.${k}`);
      }
    }
  };
  walk(json, '$');
}

/** Fails with `message` unless `ok`. */
export function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

const LOCATION = /^[A-Za-z][A-Za-z0-9 ]{1,49}$/;
const RESOURCE_GROUP = /^[-\w.()\p{L}\p{N}]{1,90}$/u;
const RESOURCE_ID = /^\/subscriptions\/[0-9a-fA-F-]{36}\/resourceGroups\/[^/]+\/providers\/[A-Za-z.]+(\/[^/\s]+\/[^/]+)+$/;

/** A region as the library accepts it, or an expression. */
export function validLocation(value: unknown): boolean {
  return isExpression(value) || (typeof value === 'string' && LOCATION.test(value) && value.trim() === value);
}

/** A resource group name Azure accepts, or an expression. */
export function validResourceGroup(value: unknown): boolean {
  return isExpression(value) || (typeof value === 'string' && RESOURCE_GROUP.test(value) && !value.endsWith('.'));
}

/** A resource ID (or an expression that yields one). */
export function validResourceId(value: unknown): boolean {
  return isExpression(value) || (typeof value === 'string' && RESOURCE_ID.test(value));
}

/** A whole number in [min, max], or an expression. */
export function validInteger(value: unknown, min: number, max: number): boolean {
  return isExpression(value) || (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max);
}

/** `value` matches `pattern`, or is an expression. */
export function validName(value: unknown, pattern: RegExp): boolean {
  return isExpression(value) || (typeof value === 'string' && pattern.test(value));
}

/** Minutes of an ISO 8601 `PT#H#M` duration; undefined when not one. */
export function isoMinutes(value: unknown): number | undefined {
  const m = typeof value === 'string' ? /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(value) : null;
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
}
