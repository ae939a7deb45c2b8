import * as fc from 'fast-check';
import { Tokenization } from 'cdktf';

/*
 * Value generators that mix valid values with the malformed input users (and templating
 * systems) produce: empty and padded strings, template syntax, quotes, control characters,
 * unicode, absurd numbers. Tokens are marked with TOKEN and made real per stack by `Tokens`.
 */

/** Stands for "a Terraform token here" in generated values. */
export const TOKEN = '<<token>>';

const HOSTILE_UNITS = ['a', 'Z', '0', '9', '-', '_', '.', ' ', '$', '{', '}', '%', '"', "'", '\\', '/', '\n', '\t', 'é', 'ß', '😀', '\u0000', '\u200b'];

/** Short strings drawn from letters, digits, separators and troublemakers. */
export const hostileString = fc.string({ unit: fc.constantFrom(...HOSTILE_UNITS), maxLength: 12 });

/** Template syntax Terraform would evaluate, in and around text. */
export const templateString = fc
  .tuple(fc.constantFrom('', 'x', 'tag '), fc.constantFrom('${var.secret}', '%{ if true }x%{ endif }', '$${', '${', '%{', '$', '"}', '${"$"}'), fc.constantFrom('', 'y', '}'))
  .map(([a, b, c]) => `${a}${b}${c}`);

/** A name: valid for `pattern`'s alphabet most of the time, hostile otherwise, sometimes a token. */
export function name(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 12, arbitrary: valid },
    { weight: 1, arbitrary: hostileString },
    { weight: 1, arbitrary: templateString },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', 'undefined', 'NaN', '[object Object]', 'a'.repeat(81), 'A'.repeat(300)) },
    { weight: 1, arbitrary: fc.constant(TOKEN) },
  );
}

/** Lower-case letters and digits, e.g. Batch account names. */
export const lowerAlnum = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: min, maxLength: max });

/** Letters, digits and some of `-_.`, starting with a letter. */
export const identifier = (extra: string, max: number) =>
  fc
    .tuple(
      fc.constantFrom(...'abcdXYZ'),
      fc.string({ unit: fc.constantFrom(...`abcxyzABC019${extra}`), maxLength: max - 2 }),
      fc.constantFrom(...'aZ9'),
    )
    .map(([a, b, c]) => `${a}${b}${c}`);

/** Azure regions as users write them, and things that are not regions. */
export const location = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom('westeurope', 'West Europe', 'WestEurope', 'westeurope', 'eastus') },
  { weight: 1, arbitrary: fc.constantFrom('', ' westeurope', 'westeurope ', 'west_europe', 'West  Europe', 'west-europe', 'wëst', '${var.location}', '1west') },
  { weight: 1, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constant(TOKEN) },
);

/** Integers around the limits, and numbers that are not counts at all. */
export const count = (max: number) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 0, max }) },
    { weight: 2, arbitrary: fc.constantFrom(0, 1, max, max + 1, -1, 300, 301) },
    { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 2.5, 1e21, Number.MAX_SAFE_INTEGER + 2) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.constant(TOKEN) as unknown as fc.Arbitrary<number> },
  );

/** A port-ish number. */
export const port = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 1, max: 65535 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 22, 3389, 29876, 29877, 49999, 50000, 55000, 55001, 65534, 65535, 65536, -1) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, 1.5, Number.POSITIVE_INFINITY) },
  { weight: 1, arbitrary: fc.constant(TOKEN) as unknown as fc.Arbitrary<number> },
);

const GUID = fc.uuid();

/** Azure resource IDs of `type`, well-formed most of the time, broken in the ways people break them. */
export function resourceId(namespace: string, types: string[], lastName: fc.Arbitrary<string> = identifier('-_.', 20)): fc.Arbitrary<string> {
  const valid = wellFormedResourceId(namespace, types, lastName);
  return fc.oneof(
    { weight: 20, arbitrary: valid },
    {
      weight: 2,
      arbitrary: fc.tuple(valid, fc.integer({ min: 0, max: 7 }), hostileString).map(([id, how, junk]) => {
        switch (how) {
          case 0: return `${id}/`;
          case 1: return ` ${id}`;
          case 2: return id.replace('/resourceGroups/', '/resourcegroups//');
          case 3: return id.replace(/\/[^/]+$/, `/${junk}`);
          case 4: return id.replace('/subscriptions/', '/subscription/');
          case 5: return id.replace(namespace, 'Microsoft.Storage');
          case 6: return id.split('/').slice(0, -1).join('/');
          default: return `${id}${junk}`;
        }
      }),
    },
    { weight: 1, arbitrary: fc.constantFrom('', '/', 'not-an-id', '${azurerm_image.x.id}') },
    { weight: 1, arbitrary: fc.constant(TOKEN) },
  );
}

/** Azure resource IDs of `type` that are always well formed. */
export function wellFormedResourceId(namespace: string, types: string[], lastName: fc.Arbitrary<string> = identifier('-_.', 20)): fc.Arbitrary<string> {
  const names = fc.tuple(fc.array(identifier('-_.', 20), { minLength: types.length - 1, maxLength: types.length - 1 }), lastName);
  return fc
    .tuple(GUID, identifier('-_.()', 20), names)
    .map(([sub, rg, [n, last]]) => `/subscriptions/${sub}/resourceGroups/${rg}/providers/${namespace}/${types.map((t, i) => `${t}/${n[i] ?? last}`).join('/')}`);
}

/** Regions as users write them, all valid. */
export const regionName = fc.constantFrom('westeurope', 'West Europe', 'WestEurope', 'eastus');

/** Tags with plain keys and values. */
export const validTags = fc.option(fc.dictionary(identifier('_', 10), identifier('-_ ', 20), { maxKeys: 3 }), { nil: undefined });

/**
 * The property's input: twice in three runs from `valid` (inputs valid by construction, which
 * must synthesize), otherwise from the hostile `input`. `mustSynthesize` tells them apart.
 */
export function validOrHostile<T>(valid: fc.Arbitrary<T>, input: fc.Arbitrary<T>): fc.Arbitrary<T & { mustSynthesize: boolean }> {
  return fc.oneof(
    { weight: 2, arbitrary: valid.map((v) => ({ ...v, mustSynthesize: true })) },
    { weight: 1, arbitrary: input.map((v) => ({ ...v, mustSynthesize: false })) },
  );
}

/** Tags with hostile keys and values. */
export const tags = fc.option(
  fc.dictionary(fc.oneof(identifier('-_', 10), hostileString, templateString), fc.oneof(hostileString, templateString, fc.constant(TOKEN)), {
    maxKeys: 3,
  }),
  { nil: undefined },
);

/*
 * What JavaScript callers and jsii languages can pass despite the TypeScript types: nothing,
 * null, and values of the wrong type, in place of any prop or list entry.
 */

/** Values of the wrong type (or none), to stand in for any prop or list entry. */
export const wrongTyped: fc.Arbitrary<any> = fc.constantFrom<unknown>(undefined, null, 0, 42, -1, 2.5, Number.NaN, '', '7', 'x', true, false, {}, [], [null], { a: 1 });

/** `valid` mostly, sometimes a wrong-typed value (as `any`, so it reaches the library untyped). */
export function orWrongType<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ weight: 30, arbitrary: valid }, { weight: 1, arbitrary: wrongTyped as fc.Arbitrary<T> });
}

/** Where to corrupt a props object and with what: `pick` selects one of its paths (see `corrupt`). */
export interface Corruption {
  readonly pick: number;
  readonly value: unknown;
}

/** No corruption three times in four; otherwise one prop or entry, anywhere in the props, replaced. */
export const corruption: fc.Arbitrary<Corruption | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.record({ pick: fc.nat(), value: wrongTyped }) },
);

/**
 * A copy of `props` with the value at one path replaced by `c.value`: a top-level prop, a field
 * of a nested struct, a list entry or a field of one (inside class instances such as PoolScale
 * too), or, rarely, `props` itself. Constructs, tokens and Durations are leaves: they are
 * replaced whole, never looked into. Only the objects along the path are copied.
 */
export function corrupt<T>(props: T, c: Corruption | undefined): T {
  if (c === undefined) return props;
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (!isContainer(value)) return;
    for (const key of Object.keys(value)) {
      const child = (value as any)[key];
      paths.push([...path, Array.isArray(value) ? Number(key) : key]);
      walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
    }
  };
  walk(props, []);
  // One pick in a hundred replaces the props themselves (props undefined, null, a number...).
  if (paths.length === 0 || c.pick % 100 === 0) return c.value as T;
  return replaceAt(props, paths[c.pick % paths.length], c.value) as T;
}

function isContainer(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  if ('node' in value || Tokenization.isResolvable(value) || typeof (value as any).toIsoString === 'function') return false;
  return true;
}

function replaceAt(value: any, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = Array.isArray(value) ? [...value] : Object.assign(Object.create(Object.getPrototypeOf(value)), value);
  copy[path[0]] = replaceAt(value[path[0]], path.slice(1), replacement);
  return copy;
}
