import * as fc from 'fast-check';
import { Duration } from '../../lib/core/duration';
import { InvalidValueError } from '../../lib/core/errors';
import { check, isoMinutes } from './support/oracle';
import { fuzzParameters } from './support/runs';
import { SuccessRate } from './support/success-rate';

/** A Duration, or the InvalidValueError the factory threw; anything else fails the property. */
function attempt(make: () => Duration): Duration | undefined {
  try {
    return make();
  } catch (e) {
    if (e instanceof InvalidValueError && e.message.length > 20) return undefined;
    throw e;
  }
}

/** Whole, non-negative amounts that fit: valid by construction, a Duration must come back. */
const validAmount = fc.nat(100_000).map((value) => ({ value, mustSucceed: true }));

const amount = fc.oneof(
  fc.integer({ min: -10, max: 100_000 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 0.5, 1 / 60, 1e21, 1e300, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE),
);

describe('Duration under random input', () => {
  it('makes an ISO 8601 duration of whole minutes that reads back as the same length, or throws InvalidValueError', () => {
    const rate = new SuccessRate(expect.getState().currentTestName!);
    const input = fc.oneof({ weight: 2, arbitrary: validAmount }, { weight: 1, arbitrary: amount.map((value) => ({ value, mustSucceed: false })) });
    fc.assert(
      fc.property(input, fc.boolean(), ({ value, mustSucceed }, hours) => {
        const duration = attempt(() => (hours ? Duration.hours(value) : Duration.minutes(value)));
        check(duration !== undefined || !mustSucceed, `valid amount ${value} ${hours ? 'hours' : 'minutes'} rejected`);
        rate.record(duration !== undefined);
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
    rate.expectAtLeast();
  });

  it('parses ISO 8601 hour/minute durations and rejects everything else with InvalidValueError', () => {
    const iso = fc.oneof(
      fc.tuple(fc.option(fc.nat(10_000), { nil: undefined }), fc.option(fc.nat(10_000), { nil: undefined })).map(([h, m]) => `PT${h === undefined ? '' : `${h}H`}${m === undefined ? '' : `${m}M`}`),
      fc.string({ unit: fc.constantFrom('P', 'T', 'H', 'M', 'S', 'D', '1', '0', '9', ' ', '-', '.', 'e'), maxLength: 10 }),
      fc.constantFrom('', 'PT', 'pt30m', 'PT30S', 'P1D', 'PT1.5H', 'PT99999999999999999999H', 'PT-5M'),
    );
    // Valid by construction: PT<h>H<m>M with at least one part; it must parse.
    const validIso = fc
      .tuple(fc.option(fc.nat(10_000), { nil: undefined }), fc.nat(10_000))
      .map(([h, m]) => ({ text: `PT${h === undefined ? '' : `${h}H`}${m}M`, mustSucceed: true }));
    const rate = new SuccessRate(expect.getState().currentTestName!);
    fc.assert(
      fc.property(fc.oneof({ weight: 2, arbitrary: validIso }, { weight: 1, arbitrary: iso.map((text) => ({ text, mustSucceed: false })) }), ({ text, mustSucceed }) => {
        const duration = attempt(() => Duration.parse(text));
        check(duration !== undefined || !mustSucceed, `valid duration '${text}' rejected`);
        rate.record(duration !== undefined);
        if (!duration) return;
        const minutes = duration.toMinutes();
        check(Number.isSafeInteger(minutes) && minutes >= 0, `'${text}' parsed to ${minutes} minutes`);
        check(isoMinutes(duration.toIsoString()) === minutes, `'${text}' became ${duration.toIsoString()}`);
      }),
      fuzzParameters(),
    );
    rate.expectAtLeast();
  });
});
