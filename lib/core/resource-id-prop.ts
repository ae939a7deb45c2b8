import { InvalidValueError } from './errors';
import { parseResourceIdOfType } from './resource-id';
import { isUnresolved } from './tokens';

/**
 * Throws an `InvalidValueError` naming the prop when a known (non-token) `id` is not the ARM
 * resource ID of a `fullType` resource, e.g. `subnetId: '...' is not a valid Azure resource ID`.
 */
export function validateResourceIdProp(prop: string, id: string | undefined, fullType: string, what: string): void {
  if (id === undefined || isUnresolved(id)) return;
  try {
    parseResourceIdOfType(id, fullType, what);
  } catch (e) {
    if (e instanceof InvalidValueError) throw new InvalidValueError(`${prop}: ${e.message}`);
    throw e;
  }
}
