import { IConstruct } from 'constructs';
import { ConstructValidationError } from '../core/errors';

/** App context key that fixes the date time-dependent rules judge against. */
export const EVALUATION_DATE_CONTEXT_KEY = 'batchImages.evaluationDate';

/**
 * The date that time-dependent rules (the managed-image retirement) use: the context value
 * `batchImages.evaluationDate` (ISO date, e.g. `2026-01-15`) when set, otherwise today (UTC).
 */
export function evaluationDate(scope: IConstruct): Date {
  const value = scope.node.tryGetContext(EVALUATION_DATE_CONTEXT_KEY);
  if (value === undefined || value === null || value === '') {
    const now = new Date();
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  }
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  const date = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : undefined;
  if (!match || !date || date.toISOString().slice(0, 10) !== value) {
    throw new ConstructValidationError(
      scope,
      `context '${EVALUATION_DATE_CONTEXT_KEY}' is '${String(value)}', which is not an ISO date; set it like '2026-01-15'.`,
    );
  }
  return date;
}
