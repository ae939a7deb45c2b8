import { Op, Token } from 'cdktf';
import { InvalidValueError } from './errors';
import { describeMismatch } from './guards';
import { isUnresolved } from './tokens';

/**
 * A length of time, rendered as the ISO 8601 duration Azure expects (`PT30M`).
 *
 * Whole minutes are the unit: every Batch duration this library sets (resize timeout,
 * autoscale evaluation interval) is expressed in minutes by Azure.
 */
export class Duration {
  /** A duration of `amount` minutes. */
  public static minutes(amount: number): Duration {
    return new Duration(amount, 1, 'minutes');
  }

  /** A duration of `amount` hours. */
  public static hours(amount: number): Duration {
    return new Duration(amount, 60, 'hours');
  }

  /** Parses an ISO 8601 time duration such as `PT30M`, `PT1H` or `PT1H30M`. */
  public static parse(iso: string): Duration {
    if (typeof iso !== 'string') {
      throw new InvalidValueError(`duration ${describeMismatch(iso, 'an ISO 8601 duration string')}; write e.g. 'PT30M' or 'PT1H30M'.`);
    }
    const m = /^PT(?:(\d+)H)?(?:(\d+)M)?$/i.exec(iso ?? '');
    if (!m || (m[1] === undefined && m[2] === undefined)) {
      throw new InvalidValueError(
        `'${iso}' is not an ISO 8601 duration in hours and minutes; write e.g. 'PT30M' or 'PT1H30M'.`,
      );
    }
    return Duration.minutes(Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0));
  }

  private constructor(
    private readonly amount: number,
    private readonly minutesPerUnit: number,
    private readonly unit: string,
  ) {
    if (typeof amount !== 'number' && !isUnresolved(amount)) {
      throw new InvalidValueError(
        `duration amount ${describeMismatch(amount, 'a number')}; pass a number, e.g. Duration.${unit}(${unit === 'hours' ? 1 : 30}).`,
      );
    }
    if (!isUnresolved(amount) && (!Number.isFinite(amount) || amount < 0)) {
      throw new InvalidValueError(`duration of ${amount} ${unit} is not valid; use a finite number >= 0.`);
    }
    if (!isUnresolved(amount) && !Number.isInteger(amount * minutesPerUnit)) {
      throw new InvalidValueError(`duration of ${amount} ${unit} is not a whole number of minutes; Azure takes whole minutes.`);
    }
    // Beyond this, minutes lose precision and the ISO string would be written with an exponent.
    if (!isUnresolved(amount) && amount * minutesPerUnit > Number.MAX_SAFE_INTEGER) {
      throw new InvalidValueError(`duration of ${amount} ${unit} is too long; use at most ${Number.MAX_SAFE_INTEGER} minutes.`);
    }
  }

  /** True when the amount is a Terraform token known only at plan time. */
  public get isUnresolved(): boolean {
    return isUnresolved(this.amount);
  }

  /** Length in minutes (a token number when the amount is a token). */
  public toMinutes(): number {
    if (this.isUnresolved) {
      // A token number cannot be multiplied in JS; Terraform does it at plan time.
      return this.minutesPerUnit === 1 ? this.amount : Token.asNumber(Op.mul(this.amount, this.minutesPerUnit));
    }
    return this.amount * this.minutesPerUnit;
  }

  /** ISO 8601 form, e.g. `PT30M`, `PT2H`, `PT1H30M`. */
  public toIsoString(): string {
    if (this.isUnresolved) {
      // A number token must be embedded as a string token, or its raw double leaks out.
      const amount = Token.asString(this.amount);
      return this.minutesPerUnit === 60 ? `PT${amount}H` : `PT${amount}M`;
    }
    const total = this.toMinutes();
    const hours = Math.floor(total / 60);
    const minutes = total % 60;
    if (total === 0) return 'PT0M';
    return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}`;
  }

  /** Human form for messages, e.g. `30 minutes`. */
  public toString(): string {
    return `${this.isUnresolved ? Token.asString(this.amount) : this.amount} ${this.unit}`;
  }
}
