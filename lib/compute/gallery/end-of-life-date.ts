import { IConstruct } from 'constructs';
import { InvalidValueError } from '../../core/errors';
import { isUnresolved } from '../../core/tokens';
import { EVALUATION_DATE_CONTEXT_KEY, evaluationDate } from '../../validation/evaluation-date';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Checks an end-of-life date: azurerm takes RFC 3339 timestamps such as
 * `2027-12-31T00:00:00Z`, and Azure rejects dates in the past. "Past" is judged against the
 * evaluation date of `scope`'s App (today, UTC, unless the context `batchImages.evaluationDate`
 * fixes it), from its first instant: a date on the evaluation day itself is accepted.
 */
export function validateEndOfLifeDate(scope: IConstruct, value: string | undefined): void {
  if (value === undefined || isUnresolved(value)) return;
  if (typeof value !== 'string' || !RFC3339.test(value) || !isCalendarDate(value)) {
    throw new InvalidValueError(
      `end-of-life date '${value}' is not an RFC 3339 timestamp; write it like '2027-12-31T00:00:00Z'.`,
    );
  }
  const today = evaluationDate(scope);
  if (Date.parse(value) < today.getTime()) {
    throw new InvalidValueError(
      `end-of-life date '${value}' is before the evaluation date ${today.toISOString().slice(0, 10)}, and Azure rejects end-of-life dates in the past; ` +
        `set a later date or leave endOfLifeDate out (the evaluation date is today, UTC, unless the context '${EVALUATION_DATE_CONTEXT_KEY}' sets it).`,
    );
  }
}

/** True when the date part names a real day and the time parses (`2027-02-30` does not). */
function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && !Number.isNaN(Date.parse(value));
}
