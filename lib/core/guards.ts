import { Token, Tokenization } from 'cdktf';
import { IConstruct } from 'constructs';
import { ConstructValidationError } from './errors';
import { isUnresolved } from './tokens';

/*
 * Shape checks for props, run before any other check reads them: a missing prop, a wrong type
 * (a string where a number belongs, `null` in a list) or a value outside an enum becomes a
 * `ConstructValidationError` naming the prop's path, the value and the fix, never a TypeError
 * from deep inside or an `undefined` in the synthesized output. JavaScript and the jsii languages
 * can pass anything; TypeScript's types are no guarantee at run time. Terraform tokens pass every
 * check: their values are known only at plan time. Internal: not exported from the package.
 */

/** A value as messages show it: strings quoted, everything else named by its kind. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return kindOf(value);
}

/** What `value` is, e.g. `a string`, `null`, `an array`; for "… (a string), not a number" messages. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

/** True when `value` is an object a prop can be read from (not null, not an array). */
export function isRecord(value: unknown): value is { [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `is 42 (a number), not a string`, `is null, not a string`: for messages about a value of the wrong type. */
export function describeMismatch(value: unknown, expected: string): string {
  const shown = describeValue(value) === kindOf(value) ? kindOf(value) : `${describeValue(value)} (${kindOf(value)})`;
  return `is ${shown}, not ${expected}`;
}

function fail(scope: IConstruct, path: string, value: unknown, expected: string, fix: string): never {
  throw new ConstructValidationError(scope, `${path} ${describeMismatch(value, expected)}; ${fix}.`);
}

/** Returns `value`; throws naming `path` and `fix` when it is undefined ("is missing") or null. */
export function requireProp<T>(scope: IConstruct, path: string, value: T | undefined | null, fix: string): T {
  if (value === undefined || value === null) {
    throw new ConstructValidationError(scope, `${path} is ${value === null ? 'null' : 'missing'}; ${fix}.`);
  }
  return value;
}

/** Throws unless `value` is a props object (e.g. a construct's `props`, a NAT pool in a list). */
export function requireObject<T>(scope: IConstruct, path: string, value: T, fix: string): asserts value is NonNullable<T> {
  requireProp(scope, path, value, fix);
  if (!isRecord(value) && !Tokenization.isResolvable(value)) fail(scope, path, value, 'an object', fix);
}

/** `requireObject` when `value` is given; undefined passes. */
export function optionalObject(scope: IConstruct, path: string, value: unknown, fix: string): void {
  if (value !== undefined) requireObject(scope, path, value, fix);
}

/** Throws unless `value` is a string or a token. */
export function requireString(scope: IConstruct, path: string, value: unknown, fix: string): void {
  requireProp(scope, path, value, fix);
  if (typeof value !== 'string' && !isUnresolved(value)) fail(scope, path, value, 'a string', fix);
}

/** `requireString` when `value` is given; undefined passes. */
export function optionalString(scope: IConstruct, path: string, value: unknown, fix: string): void {
  if (value !== undefined) requireString(scope, path, value, fix);
}

/**
 * Throws unless `value` is a number or a token. Ranges and whole numbers are the caller's to
 * check, with the limits in the message.
 */
export function requireNumber(scope: IConstruct, path: string, value: unknown, fix: string): void {
  requireProp(scope, path, value, fix);
  if (typeof value !== 'number' && !isUnresolved(value)) fail(scope, path, value, 'a number', fix);
}

/** `requireNumber` when `value` is given; undefined passes. */
export function optionalNumber(scope: IConstruct, path: string, value: unknown, fix: string): void {
  if (value !== undefined) requireNumber(scope, path, value, fix);
}

/** Throws unless a given `value` is `true`, `false` or a token; undefined passes. */
export function optionalBoolean(scope: IConstruct, path: string, value: unknown): void {
  if (value === undefined || typeof value === 'boolean' || isUnresolved(value)) return;
  fail(scope, path, value, 'a boolean', 'pass true or false, or leave it out for the default');
}

/**
 * Throws unless `value` is one of the values of the string enum `enumObject` (named `enumName`
 * in the message, which lists every member) or a token.
 */
export function requireEnumValue<T extends string>(
  scope: IConstruct,
  path: string,
  value: T | undefined,
  enumObject: { [member: string]: string },
  enumName: string,
): void {
  const fix = `use ${members(enumObject, enumName)}`;
  requireProp(scope, path, value, fix);
  if (isUnresolved(value)) return;
  if (typeof value !== 'string' || !Object.values(enumObject).includes(value)) {
    throw new ConstructValidationError(scope, `${path} is ${describeValue(value)}, not ${article(enumName)} ${enumName}; ${fix}.`);
  }
}

/** `requireEnumValue` when `value` is given; undefined passes. */
export function optionalEnumValue<T extends string>(
  scope: IConstruct,
  path: string,
  value: T | undefined,
  enumObject: { [member: string]: string },
  enumName: string,
): void {
  if (value !== undefined) requireEnumValue(scope, path, value, enumObject, enumName);
}

function article(noun: string): string {
  return /^[AEIOU]/.test(noun) ? 'an' : 'a';
}

/** `E.A`, `E.B` or `E.C`: the members of a string enum. */
function members(enumObject: { [member: string]: string }, enumName: string): string {
  const names = Object.keys(enumObject).map((m) => `${enumName}.${m}`);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names.join('');
}

/** Throws unless `value` is an array (or a list token). */
function requireArray(scope: IConstruct, path: string, value: unknown, fix: string): asserts value is unknown[] {
  requireProp(scope, path, value, fix);
  if (!Array.isArray(value) && !isUnresolved(value)) fail(scope, path, value, 'an array', fix);
}

/**
 * `requireArray` when `value` is given (undefined passes), then `each` on every entry with its
 * path (`path[i]`). A list that is itself a token is not looked into.
 */
export function optionalArray(
  scope: IConstruct,
  path: string,
  value: unknown,
  fix: string,
  // `any`: entries are read field by field, each field checked before use.
  each?: (entry: any, entryPath: string) => void,
): void {
  if (value === undefined) return;
  requireArray(scope, path, value, fix);
  if (each && !Token.isUnresolved(value)) value.forEach((entry, i) => each(entry, `${path}[${i}]`));
}

/** Throws unless a given `value` is an array of strings (or tokens); undefined passes. */
export function optionalStringArray(scope: IConstruct, path: string, value: unknown, fix: string): void {
  optionalArray(scope, path, value, fix, (entry, at) => requireString(scope, at, entry, fix));
}

/**
 * Throws unless a given `value` is a map of strings (tags, metadata, environment variables):
 * every value a string or a token. Undefined passes.
 */
export function optionalStringMap(scope: IConstruct, path: string, value: unknown): void {
  if (value === undefined || Tokenization.isResolvable(value)) return;
  const fix = "pass an object of string values, e.g. { team: 'render' }";
  if (!isRecord(value)) fail(scope, path, value, 'an object', fix);
  for (const [key, entry] of Object.entries(value)) requireString(scope, `${path}['${key}']`, entry, fix);
}

/**
 * Throws unless `value` looks like a construct implementing `interfaceName`: an object with a
 * construct `node`, a string (or token) for each of `strings` and a function for each of
 * `methods`. Only the shape is checked, so a custom implementation still passes.
 */
export function requireConstruct(
  scope: IConstruct,
  path: string,
  value: unknown,
  interfaceName: string,
  shape: { readonly strings?: string[]; readonly methods?: string[] },
  fix: string,
): void {
  requireProp(scope, path, value, fix);
  const lacks = (what?: string): never => {
    const shown = what === undefined ? describeValue(value) : `${describeValue(value)} ${what}`;
    throw new ConstructValidationError(scope, `${path} is ${shown}, not ${article(interfaceName)} ${interfaceName}; ${fix}.`);
  };
  if (!isRecord(value)) lacks();
  const construct = value as { [key: string]: unknown };
  if (!isRecord(construct.node)) lacks('without a construct node');
  for (const name of shape.strings ?? []) {
    const member = construct[name];
    if (typeof member !== 'string' && !isUnresolved(member)) lacks(`whose ${name} is ${describeValue(member)}`);
  }
  for (const name of shape.methods ?? []) {
    if (typeof construct[name] !== 'function') lacks(`without a ${name}() method`);
  }
}
