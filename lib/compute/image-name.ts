import { IConstruct } from 'constructs';
import { ConstructValidationError } from '../core/errors';
import { describeMismatch } from '../core/guards';
import { isUnresolved } from '../core/tokens';

const RULE =
  "use 1-80 letters, digits, '_', '.' or '-', starting with a letter or digit and not ending with '.' or '-'";

/**
 * Throws when a known managed image name breaks Azure's naming rules (see https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules).
 *
 * @see https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftcompute
 */
export function validateImageName(scope: IConstruct, name: string): void {
  if (isUnresolved(name)) return;
  if (typeof name !== 'string') {
    throw new ConstructValidationError(scope, `image name ${describeMismatch(name, 'a string')}; ${RULE}.`);
  }
  const problem = imageNameProblem(name);
  if (problem !== undefined) {
    throw new ConstructValidationError(scope, `image name '${name}' ${problem}; ${RULE}.`);
  }
}

function imageNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'is empty';
  if (name.length > 80) return `has ${name.length} characters`;
  const invalid = /[^A-Za-z0-9_.-]/.exec(name);
  if (invalid) return `contains '${invalid[0]}'`;
  if (!/^[A-Za-z0-9]/.test(name)) return `starts with '${name[0]}'`;
  if (/[.-]$/.test(name)) return `ends with '${name[name.length - 1]}'`;
  return undefined;
}
