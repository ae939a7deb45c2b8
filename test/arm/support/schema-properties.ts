import * as fs from 'fs';
import * as path from 'path';
import { ARM_SCHEMAS_DIR } from '../../support/arm-schema';

/*
 * ARM's schemas leave most objects open (no `additionalProperties: false`), so a misspelt
 * property (`nodeDeallocationMethod` for `nodeDeallocationOption`) passes schema validation and
 * is silently ignored by Azure. This walks a value along the schema and lists every property
 * the schema does not declare. Expression strings (`[...]`) are not looked into; maps
 * (`additionalProperties` with a schema, such as `tags`) accept any key.
 */

const BASE_URL = 'https://schema.management.azure.com/schemas/';
const documents = new Map<string, any>();

/** Paths of the properties of `value` that the schema at `ref` (file#pointer below the schema folder) does not declare. */
export function undeclaredProperties(ref: string, value: unknown): string[] {
  const [file, pointer] = ref.split('#');
  const found: string[] = [];
  walk(resolvePointer(load(file), pointer), file, value, '', found);
  return found;
}

function walk(schema: any, file: string, value: unknown, at: string, found: string[]): void {
  if (typeof value === 'string' && value.startsWith('[')) return;
  const alternatives = expand(schema, file);
  if (Array.isArray(value)) {
    for (const alt of alternatives) {
      if (alt.schema.items) value.forEach((item, i) => walk(alt.schema.items, alt.file, item, `${at}/${i}`, found));
    }
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const objects = alternatives.filter((a) => a.schema.properties || a.schema.additionalProperties || a.schema.type === 'object');
  if (objects.length === 0) return;
  for (const [key, item] of Object.entries(value)) {
    const declared = objects.filter((a) => a.schema.properties?.[key] !== undefined);
    const maps = objects.filter((a) => typeof a.schema.additionalProperties === 'object' || a.schema.additionalProperties === true);
    if (declared.length === 0 && maps.length === 0) found.push(`${at}/${key}`);
    declared.forEach((a) => walk(a.schema.properties[key], a.file, item, `${at}/${key}`, found));
    if (declared.length === 0) maps.forEach((a) => typeof a.schema.additionalProperties === 'object' && walk(a.schema.additionalProperties, a.file, item, `${at}/${key}`, found));
  }
}

/** The schema with its `$ref`s followed and its `oneOf`/`anyOf`/`allOf` alternatives listed. */
function expand(schema: any, file: string): Array<{ schema: any; file: string }> {
  if (schema?.$ref) {
    const [target, pointer] = schema.$ref.split('#');
    const targetFile = target === '' ? file : target.replace(BASE_URL, '');
    if (!fs.existsSync(path.join(ARM_SCHEMAS_DIR, targetFile))) return [];
    return expand(resolvePointer(load(targetFile), pointer), targetFile);
  }
  const nested = [...(schema?.oneOf ?? []), ...(schema?.anyOf ?? []), ...(schema?.allOf ?? [])];
  return [{ schema, file }, ...nested.flatMap((s: any) => expand(s, file))];
}

function load(file: string): any {
  let doc = documents.get(file);
  if (!doc) {
    doc = JSON.parse(fs.readFileSync(path.join(ARM_SCHEMAS_DIR, file), 'utf8'));
    documents.set(file, doc);
  }
  return doc;
}

function resolvePointer(doc: any, pointer: string | undefined): any {
  return (pointer ?? '')
    .split('/')
    .filter((k) => k.length > 0)
    .reduce((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
}
