import { newPool } from './support/pool';
import { newStack } from './support/synth';

// cdktf records a stack trace for every token it creates, about 25 for a pool's resource (one
// per nested block), and keeps it. Every frame between the pool construct and `new BatchPool` is
// captured and kept in each of them, so the construct creates its resource itself.
describe('token creation stacks of a pool resource', () => {
  it('have the pool construct right below the resource', () => {
    const pool = newPool(newStack(), {}, 'Pool');
    const stack = (pool.resource.fixedScale as unknown as { creationStack: string[] }).creationStack;
    const at = stack.findIndex((frame) => frame.startsWith('new BatchPool '));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(stack[at + 1]).toMatch(/^new CustomImageBatchPool /);
  });
});
