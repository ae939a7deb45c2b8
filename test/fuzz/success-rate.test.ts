import { MIN_SUCCESS_RATE, SuccessRate } from './support/success-rate';

describe('fuzz success rate', () => {
  it('fails a property that reaches its success path in under a third of at least 30 runs', () => {
    const low = new SuccessRate('low');
    for (let i = 0; i < 50; i++) low.record(i < 16);
    expect(() => low.expectAtLeast()).toThrow('fuzz property low: 16/50 (32%) reached the success path in under 33% of runs');
    const enough = new SuccessRate('enough');
    for (let i = 0; i < 50; i++) enough.record(i < 17);
    expect(enough.rate).toBeGreaterThanOrEqual(MIN_SUCCESS_RATE);
    expect(() => enough.expectAtLeast()).not.toThrow();
  });

  it('does not judge fewer than 30 runs (FUZZ_RUNS=5 while debugging)', () => {
    const few = new SuccessRate('few');
    for (let i = 0; i < 29; i++) few.record(false);
    expect(() => few.expectAtLeast()).not.toThrow();
    few.record(false);
    expect(() => few.expectAtLeast()).toThrow();
  });
});
