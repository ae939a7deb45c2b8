import { InvalidValueError } from '../../core/errors';
import { describeMismatch } from '../../core/guards';
import { isUnresolved } from '../../core/tokens';

/*
 * Azure Compute Gallery naming rules, as the service documents them in its own error messages
 * (https://learn.microsoft.com/azure/virtual-machines/troubleshooting-shared-images) and in
 * https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftcompute.
 * Token values are skipped: they are only known at plan time.
 */

const GALLERY_NAME = /^[A-Za-z0-9._]+$/;
const DEFINITION_NAME = /^[A-Za-z0-9._-]+$/;
const IDENTIFIER = /^[A-Za-z0-9._-]+$/;
const VERSION = /^(\d+)\.(\d+)\.(\d+)$/;
const MAX_NAME_LENGTH = 80;
// Each part of a version is converted to a 32-bit signed integer.
const MAX_VERSION_PART = 2147483647;

/**
 * Gallery names: 1-80 English letters, digits, `_` and `.`, starting and ending with a letter
 * or digit (no hyphens).
 */
export function validateGalleryName(name: string): void {
  validateName(name, 'gallery name', GALLERY_NAME, "letters, digits, '_' and '.'", 'batch_images');
}

/**
 * Image definition names: 1-80 English letters, digits, `_`, `-` and `.`, starting and ending
 * with a letter or digit.
 */
export function validateImageDefinitionName(name: string): void {
  validateName(name, 'image definition name', DEFINITION_NAME, "letters, digits, '_', '-' and '.'", 'render-node');
}

/**
 * Image definition identifier parts: publisher up to 128, offer and SKU up to 64 characters of
 * letters, digits, `-`, `_` and `.`, not ending with `.`.
 */
export function validateIdentifierPart(part: 'publisher' | 'offer' | 'sku', value: string): void {
  if (isUnresolved(value)) return;
  const max = part === 'publisher' ? 128 : 64;
  const rule = `use 1-${max} letters, digits, '-', '_' and '.', not ending with '.'`;
  if (typeof value !== 'string') {
    throw new InvalidValueError(`identifier ${part} ${describeMismatch(value, 'a string')}; ${rule}.`);
  }
  if (value.length === 0) {
    throw new InvalidValueError(`identifier ${part} is empty; ${rule}.`);
  }
  if (value.length > max) {
    throw new InvalidValueError(`identifier ${part} '${value}' is ${value.length} characters long; ${rule}.`);
  }
  if (!IDENTIFIER.test(value)) {
    throw new InvalidValueError(`identifier ${part} '${value}' contains ${describeInvalid(value, IDENTIFIER)}; ${rule}.`);
  }
  if (value.endsWith('.')) {
    throw new InvalidValueError(`identifier ${part} '${value}' ends with '.'; ${rule}.`);
  }
}

/**
 * Image version names: `MAJOR.MINOR.PATCH`, three integers of at most 2,147,483,647 each
 * (e.g. `1.0.0`, `2026.3.14`).
 */
export function validateImageVersionName(version: string): void {
  if (isUnresolved(version)) return;
  if (typeof version !== 'string') {
    throw new InvalidValueError(`image version ${describeMismatch(version, 'a string')}; pass a string such as '1.0.0'.`);
  }
  const match = VERSION.exec(version);
  if (!match) {
    throw new InvalidValueError(
      `image version '${version}' is not MAJOR.MINOR.PATCH; use three integers separated by '.', e.g. '1.0.0' or '2026.3.14'.`,
    );
  }
  const tooBig = match.slice(1).find((part) => Number(part) > MAX_VERSION_PART);
  if (tooBig !== undefined) {
    throw new InvalidValueError(
      `image version '${version}' has part ${tooBig}, above ${MAX_VERSION_PART}; each part of a version is a 32-bit integer, use smaller numbers.`,
    );
  }
}

function validateName(name: string, what: string, allowed: RegExp, allowedText: string, example: string): void {
  if (isUnresolved(name)) return;
  const rule = `use 1-${MAX_NAME_LENGTH} ${allowedText}, starting and ending with a letter or digit (e.g. '${example}')`;
  if (typeof name !== 'string') {
    throw new InvalidValueError(`${what} ${describeMismatch(name, 'a string')}; ${rule}.`);
  }
  if (name.length === 0) {
    throw new InvalidValueError(`${what} is empty; ${rule}.`);
  }
  if (name.length > MAX_NAME_LENGTH) {
    throw new InvalidValueError(`${what} '${name}' is ${name.length} characters long; ${rule}.`);
  }
  if (!allowed.test(name)) {
    throw new InvalidValueError(`${what} '${name}' contains ${describeInvalid(name, allowed)}; ${rule}.`);
  }
  const startsWell = /^[A-Za-z0-9]/.test(name);
  if (!startsWell || !/[A-Za-z0-9]$/.test(name)) {
    const [where, edge] = startsWell ? ['ends', name[name.length - 1]] : ['starts', name[0]];
    throw new InvalidValueError(`${what} '${name}' ${where} with '${edge}'; ${rule}.`);
  }
}

/** Names the first character `pattern` rejects, e.g. `'-'`. */
function describeInvalid(value: string, pattern: RegExp): string {
  const bad = [...value].find((c) => !pattern.test(c)) ?? value;
  return bad.trim() === '' ? 'white space' : `'${bad}'`;
}
