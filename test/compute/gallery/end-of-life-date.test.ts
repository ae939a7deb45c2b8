import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { EVALUATION_DATE_CONTEXT_KEY } from '../../../lib/validation/evaluation-date';
import { definition, importedImage } from './support/gallery-fixtures';

/** A stack whose App judges dates against `evaluationDate`, or today when undefined. */
function stackOn(evaluationDate?: string): TerraformStack {
  const context = evaluationDate === undefined ? {} : { [EVALUATION_DATE_CONTEXT_KEY]: evaluationDate };
  return new TerraformStack(Testing.app({ context }), 'Stack');
}

const definitionWith = (stack: TerraformStack, endOfLifeDate: string) => definition(stack, { endOfLifeDate });
const versionWith = (stack: TerraformStack, endOfLifeDate: string) =>
  definition(stack).addVersion('V1', { version: '1.0.0', source: importedImage(stack), endOfLifeDate });

describe.each([
  ['GalleryImageDefinition', definitionWith, 'Stack/Gallery/RenderNode'],
  ['GalleryImageVersion', versionWith, 'Stack/Gallery/RenderNode/V1'],
])('%s endOfLifeDate against the evaluation date', (_, build, path) => {
  it('rejects a date before the evaluation date, naming the construct, both dates and the fix', () => {
    expect(() => build(stackOn('2026-01-15'), '2026-01-14T23:59:59Z')).toThrow(
      `[${path}] end-of-life date '2026-01-14T23:59:59Z' is before the evaluation date 2026-01-15, and Azure rejects end-of-life dates in the past; ` +
        `set a later date or leave endOfLifeDate out (the evaluation date is today, UTC, unless the context '${EVALUATION_DATE_CONTEXT_KEY}' sets it).`,
    );
  });

  it('accepts a date from the first instant of the evaluation date on', () => {
    expect(() => build(stackOn('2026-01-15'), '2026-01-15T00:00:00Z')).not.toThrow();
    expect(() => build(stackOn('2026-01-15'), '2027-12-31T00:00:00Z')).not.toThrow();
  });

  it('compares instants, so an offset counts: 00:30+01:00 is still the day before in UTC', () => {
    expect(() => build(stackOn('2026-01-15'), '2026-01-15T00:30:00+01:00')).toThrow('is before the evaluation date 2026-01-15');
    expect(() => build(stackOn('2026-01-15'), '2026-01-14T23:30:00-01:00')).not.toThrow();
  });

  it('judges against today when no evaluation date is set', () => {
    expect(() => build(stackOn(), '2000-01-01T00:00:00Z')).toThrow("end-of-life date '2000-01-01T00:00:00Z' is before the evaluation date");
    expect(() => build(stackOn(), '2999-01-01T00:00:00Z')).not.toThrow();
  });

  it('skips the check for a date known only at plan time', () => {
    const stack = stackOn('2026-01-15');
    expect(() => build(stack, new TerraformVariable(stack, 'eol', { type: 'string' }).stringValue)).not.toThrow();
  });
});
