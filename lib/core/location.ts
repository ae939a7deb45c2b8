import { InvalidValueError } from './errors';
import { isUnresolved } from './tokens';

// Region names are letters and digits; display names add spaces ("West Europe").
const LOCATION = /^[A-Za-z][A-Za-z0-9 ]{1,49}$/;

/**
 * The comparable form of an Azure region: `West Europe`, `westeurope` and `WestEurope`
 * all become `westeurope`.
 */
export function normalizeLocation(location: string): string {
  return location.replace(/\s+/g, '').toLowerCase();
}

/**
 * True when both regions are known and the same region. Unresolved tokens never compare
 * equal: callers decide what an unknown means.
 */
export function sameLocation(a: string, b: string): boolean {
  if (isUnresolved(a) || isUnresolved(b)) return false;
  return normalizeLocation(a) === normalizeLocation(b);
}

/** Throws when a known location is not shaped like an Azure region name. */
export function validateLocation(location: string): void {
  if (isUnresolved(location)) return;
  if (typeof location !== 'string' || !LOCATION.test(location.trim()) || location.trim() !== location) {
    throw new InvalidValueError(
      `location '${location}' is not an Azure region name; use a region such as 'westeurope' or 'West Europe'.`,
    );
  }
}
