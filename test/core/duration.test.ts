import { Testing, TerraformOutput, TerraformStack, TerraformVariable, Token } from 'cdktf';
import { Duration } from '../../lib/core/duration';
import { InvalidValueError } from '../../lib/core/errors';

describe('Duration', () => {
  it.each([
    [Duration.minutes(30), 'PT30M', 30],
    [Duration.hours(2), 'PT2H', 120],
    [Duration.minutes(90), 'PT1H30M', 90],
    [Duration.hours(0.5), 'PT30M', 30],
    [Duration.minutes(0), 'PT0M', 0],
  ])('renders %s as %s (%d minutes)', (duration, iso, minutes) => {
    expect(duration.toIsoString()).toBe(iso);
    expect(duration.toMinutes()).toBe(minutes);
  });

  it('says what it is in messages', () => {
    expect(Duration.minutes(30).toString()).toBe('30 minutes');
    expect(Duration.hours(2).toString()).toBe('2 hours');
  });

  it.each([
    ['PT30M', 30],
    ['PT2H', 120],
    ['PT1H30M', 90],
    ['PT0M', 0],
    ['pt15m', 15],
  ])('parses %s', (iso, minutes) => {
    expect(Duration.parse(iso).toMinutes()).toBe(minutes);
  });

  it.each(['', 'PT', '30M', 'PT30S', 'P1D', 'PT1.5H', '-PT30M', 'PT-30M', ' PT30M', 'PT30M ', 'PT30MPT'])('rejects %j with an example of the format', (iso) => {
    expect(() => Duration.parse(iso)).toThrow(InvalidValueError);
    expect(() => Duration.parse(iso)).toThrow(`'${iso}' is not an ISO 8601 duration in hours and minutes; write e.g. 'PT30M' or 'PT1H30M'.`);
  });

  it('rejects negative and non-finite amounts', () => {
    expect(() => Duration.minutes(-1)).toThrow('duration of -1 minutes is not valid; use a finite number >= 0.');
    expect(() => Duration.hours(Number.POSITIVE_INFINITY)).toThrow('duration of Infinity hours is not valid');
    expect(() => Duration.minutes(Number.NaN)).toThrow('duration of NaN minutes is not valid');
  });

  it('rejects amounts that are not whole minutes', () => {
    expect(() => Duration.minutes(1.5)).toThrow('duration of 1.5 minutes is not a whole number of minutes; Azure takes whole minutes.');
    expect(() => Duration.hours(0.01)).toThrow('duration of 0.01 hours is not a whole number of minutes');
  });

  describe('with a token amount', () => {
    const stack = new TerraformStack(Testing.app(), 'S');
    const amount = new TerraformVariable(stack, 'amount', { type: 'number' }).numberValue;

    it('is unresolved and skips the checks', () => {
      expect(Duration.minutes(amount).isUnresolved).toBe(true);
      expect(Duration.minutes(30).isUnresolved).toBe(false);
    });

    it('renders the ISO form and minutes as Terraform expressions', () => {
      const minutes = Duration.minutes(amount);
      const hours = Duration.hours(amount);
      expect(Token.isUnresolved(minutes.toIsoString())).toBe(true);
      new TerraformOutput(stack, 'iso_minutes', { value: minutes.toIsoString() });
      new TerraformOutput(stack, 'iso_hours', { value: hours.toIsoString() });
      new TerraformOutput(stack, 'hours_in_minutes', { value: hours.toMinutes() });
      new TerraformOutput(stack, 'minutes', { value: minutes.toMinutes() });
      const output = JSON.parse(Testing.synth(stack)).output;
      expect(output.iso_minutes.value).toBe('PT${var.amount}M');
      expect(output.iso_hours.value).toBe('PT${var.amount}H');
      expect(output.hours_in_minutes.value).toBe('${(var.amount * 60)}');
      expect(output.minutes.value).toBe('${var.amount}');
    });
  });
});
