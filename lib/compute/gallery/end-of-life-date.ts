import { InvalidValueError } from '../../core/errors';
import { isUnresolved } from '../../core/tokens';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Checks an end-of-life date: azurerm takes RFC 3339 timestamps such as
 * `2027-12-31T00:00:00Z`. (Azure also rejects dates in the past; that depends on the day of
 * deployment, so it is not checked at synth time.)
 */
export function validateEndOfLifeDate(value: string | undefined): void {
  if (value === undefined || isUnresolved(value)) return;
  if (typeof value !== 'string' || !RFC3339.test(value) || !isCalendarDate(value)) {
    throw new InvalidValueError(
      `end-of-life date '${value}' is not an RFC 3339 timestamp; write it like '2027-12-31T00:00:00Z'.`,
    );
  }
}

/** True when the date part names a real day and the time parses (`2027-02-30` does not). */
function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && !Number.isNaN(Date.parse(value));
}
