import * as fs from 'fs';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import { EVALUATION_DATE_CONTEXT_KEY } from '../../lib/validation/evaluation-date';
import { FakeAccount, FakeImage, FakePool } from './support/fakes';

describe('annotations of the checks', () => {
  it('are recorded without a stack trace, which would only show the aspect running at synth', () => {
    // Stack traces on, as in a real app (Testing.app turns them off by default).
    const app = Testing.app({ stackTraces: true, context: { [EVALUATION_DATE_CONTEXT_KEY]: '2026-01-15' } });
    const stack = new TerraformStack(app, 'Stack');
    const account = new FakeAccount(stack, 'Account');
    const image = new FakeImage(stack, 'Image');
    const pools = [new FakePool(stack, 'A', { account, image }), new FakePool(stack, 'B', { account, image })];
    app.synth();

    const warnings = pools.flatMap((pool) => pool.node.metadata.filter((m) => m.type === '@cdktf/warn'));
    expect(warnings.map((m) => String(m.data).slice(0, 6))).toEqual(['AZW103', 'AZW103']);
    expect(warnings.map((m) => m.trace)).toEqual([undefined, undefined]);
    const manifest = JSON.parse(fs.readFileSync(path.join(app.outdir, 'manifest.json'), 'utf8'));
    expect(manifest.stacks.Stack.annotations.map((a: { stacktrace?: string[] }) => a.stacktrace)).toEqual([undefined, undefined]);
  });
});
