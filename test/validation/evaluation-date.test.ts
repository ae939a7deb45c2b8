import { TerraformStack, Testing } from 'cdktf';
import { ImageKind } from '../../lib/validation/model';
import { evaluationDate, EVALUATION_DATE_CONTEXT_KEY } from '../../lib/validation/evaluation-date';
import { annotationsOf } from './support/annotations';
import { FakeAccount, FakeImage, FakePool, testApp } from './support/fakes';

describe('evaluation date', () => {
  it("is today's UTC date when the context does not set it", () => {
    const now = new Date();
    expect(evaluationDate(Testing.app())).toEqual(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())));
  });

  it(`is read from the App context '${EVALUATION_DATE_CONTEXT_KEY}'`, () => {
    expect(evaluationDate(testApp('2026-01-15'))).toEqual(new Date(Date.UTC(2026, 0, 15)));
  });

  it.each(['2026-13-01', '2026-02-30', '15/01/2026', '2026-1-15', 20260115])('rejects %p, naming the key and the expected form', (value) => {
    const app = Testing.app({ context: { [EVALUATION_DATE_CONTEXT_KEY]: value } });
    expect(() => evaluationDate(app)).toThrow(
      `context '${EVALUATION_DATE_CONTEXT_KEY}' is '${value}', which is not an ISO date; set it like '2026-01-15'.`,
    );
  });

  it('decides the severity of the managed-image retirement rule at synth', () => {
    for (const [date, level] of [
      ['2026-03-31', 'warning'],
      ['2026-04-01', 'error'],
    ]) {
      const stack = new TerraformStack(testApp(date), 'Stack');
      const image = new FakeImage(stack, 'Image', { kind: ImageKind.MANAGED_IMAGE });
      new FakePool(stack, 'Pool', { account: new FakeAccount(stack, 'Account'), image });
      expect(annotationsOf(stack, 'AZB005').map((a) => a.level)).toEqual([level]);
    }
  });

  it('fails synth on an invalid date, naming the construct whose rule needed it', () => {
    const stack = new TerraformStack(testApp('next tuesday'), 'Stack');
    const image = new FakeImage(stack, 'Image', { kind: ImageKind.MANAGED_IMAGE });
    new FakePool(stack, 'Pool', { account: new FakeAccount(stack, 'Account'), image });
    expect(() => annotationsOf(stack, 'AZB005')).toThrow(
      `[Stack/Pool] context '${EVALUATION_DATE_CONTEXT_KEY}' is 'next tuesday', which is not an ISO date; set it like '2026-01-15'.`,
    );
  });
});
