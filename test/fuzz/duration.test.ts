import * as fc from 'fast-check';
import { Duration } from '../../lib/core/duration';
import { InvalidValueError } from '../../lib/core/errors';
import { check, isoMinutes } from './support/oracle';
import { fuzzParameters } from './support/runs';

/** A Duration, or the InvalidValueError the factory threw; anything else fails the property. */
function attempt(make: () => Duration): Duration | undefined {
  try {
    return make();
  } catch (e) {
    if (e instanceof InvalidValueError && e.message.length > 20) return undefined;
    throw e;
  }
}

const amount = fc.oneof(
  fc.integer({ min: -10, max: 100_000 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 0.5, 1 / 60, 1e21, 1e300, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE),
);

describe('Duration under random input', () => {
  it('makes an ISO 8601 duration of whole minutes that reads back as the same length, or throws InvalidValueError', () => {
    fc.assert(
      fc.property(amount, fc.boolean(), (value, hours) => {
        const duration = attempt(() => (hours ? Duration.hours(value) : Duration.minutes(value)));
        if (!duration) return;
        const iso = duration.toIsoString();
        const minutes = duration.toMinutes();
        check(Number.isSafeInteger(minutes) && minutes >= 0, `toMinutes() is ${minutes}`);
        check(isoMinutes(iso) === minutes, `${iso} is not ${minutes} minutes`);
        check(Duration.parse(iso).toMinutes() === minutes, `${iso} does not parse back to ${minutes} minutes`);
        check(!/NaN|undefined|Infinity|e\+/.test(`${iso} ${duration}`), `${iso} / ${duration}`);
      }),
      fuzzParameters(),
    );
  });

  it('parses ISO 8601 hour/minute durations and rejects everything else with InvalidValueError', () => {
    const iso = fc.oneof(
      fc.tuple(fc.option(fc.nat(10_000), { nil: undefined }), fc.option(fc.nat(10_000), { nil: undefined })).map(([h, m]) => `PT${h === undefined ? '' : `${h}H`}${m === undefined ? '' : `${m}M`}`),
      fc.string({ unit: fc.constantFrom('P', 'T', 'H', 'M', 'S', 'D', '1', '0', '9', ' ', '-', '.', 'e'), maxLength: 10 }),
      fc.constantFrom('', 'PT', 'pt30m', 'PT30S', 'P1D', 'PT1.5H', 'PT99999999999999999999H', 'PT-5M'),
    );
    fc.assert(
      fc.property(iso, (text) => {
        const duration = attempt(() => Duration.parse(text));
        if (!duration) return;
        const minutes = duration.toMinutes();
        check(Number.isSafeInteger(minutes) && minutes >= 0, `'${text}' parsed to ${minutes} minutes`);
        check(isoMinutes(duration.toIsoString()) === minutes, `'${text}' became ${duration.toIsoString()}`);
      }),
      fuzzParameters(),
    );
  });
});
