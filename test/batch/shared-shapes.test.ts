import * as v8 from 'v8';
import { Testing } from 'cdktf';
import { recordedFindings } from '../../lib/validation/sarif';
import { newPool } from './support/pool';
import { newStack } from './support/synth';

// V8 gives each object built as `{ ...spread, more }` a hidden class of its own once the spread
// is warm; objects the library keeps per pool must share one, or thousands of pools keep
// thousands of classes and every read of them is megamorphic. Nor may they fall back to a
// dictionary (as Object.assign of many properties does), which shares a class but is slow too.
v8.setFlagsFromString('--allow-natives-syntax');
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
const hasFastProperties = new Function('a', 'return %HasFastProperties(a)') as (a: object) => boolean;

const POOLS = 40;

describe('objects kept per pool share one hidden class', () => {
  it('pool descriptions', () => {
    const stack = newStack();
    const descriptions = Array.from({ length: POOLS }, (_, i) => newPool(stack, { poolName: `pool-${i}` }, `Pool${i}`).describePool());
    for (const i of [1, 10, POOLS - 1]) expect(haveSameMap(descriptions[0], descriptions[i])).toBe(true);
    expect(descriptions.filter(hasFastProperties)).toHaveLength(POOLS);
  });

  it('findings recorded for the SARIF report', () => {
    const stack = newStack();
    // Every pool shares the stack's one image: a finding (AZW103) on each.
    for (let i = 0; i < POOLS; i++) newPool(stack, { poolName: `pool-${i}` }, `Pool${i}`);
    Testing.synth(stack); // runs the checks
    const findings = recordedFindings(stack);
    expect(findings.length).toBeGreaterThanOrEqual(POOLS);
    for (const i of [1, 10, findings.length - 1]) expect(haveSameMap(findings[0], findings[i])).toBe(true);
    expect(findings.filter(hasFastProperties)).toHaveLength(findings.length);
  });
});
