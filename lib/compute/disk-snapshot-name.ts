import { IConstruct } from 'constructs';
import { ConstructValidationError } from '../core/errors';
import { isUnresolved } from '../core/tokens';

const RULE = "use 1-80 letters, digits, '_' or '-'";
const NAME = /^[A-Za-z0-9_-]{1,80}$/;

/**
 * Throws when a known snapshot name breaks Azure's rule: letters, digits, `_` and `-`, at most
 * 80 characters.
 *
 * @see https://learn.microsoft.com/rest/api/compute/snapshots/create-or-update
 */
export function validateSnapshotName(scope: IConstruct, name: string): void {
  if (isUnresolved(name) || NAME.test(name)) return;
  const problem = name.length === 0 ? 'is empty' : name.length > 80 ? `has ${name.length} characters` : `contains '${/[^A-Za-z0-9_-]/.exec(name)![0]}'`;
  throw new ConstructValidationError(scope, `snapshot name '${name}' ${problem}; ${RULE}, e.g. 'render-os-2026-12'.`);
}
