import { Testing, TerraformStack } from 'cdktf';

/** One annotation as `cdktf synth` reports it. */
export interface Annotation {
  readonly level: 'error' | 'warning' | 'info';
  readonly path: string;
  readonly message: string;
}

const LEVELS: { [type: string]: Annotation['level'] } = {
  '@cdktf/error': 'error',
  '@cdktf/warn': 'warning',
  '@cdktf/info': 'info',
};

/**
 * Runs the stack's aspects (through cdktf's own `Testing.synth`) and returns every annotation
 * in the stack, as `app.synth()` would collect them into the manifest.
 */
export function synthAnnotations(stack: TerraformStack): Annotation[] {
  Testing.synth(stack);
  return stack.node.findAll().flatMap((c) =>
    c.node.metadata
      .filter((m) => LEVELS[m.type] !== undefined)
      .map((m) => ({ level: LEVELS[m.type], path: c.node.path, message: String(m.data) })),
  );
}

/** The annotations whose message starts with `ruleId` (or are its suppression record). */
export function annotationsOf(stack: TerraformStack, ruleId: string): Annotation[] {
  return synthAnnotations(stack).filter(
    (a) => a.message.startsWith(`${ruleId} `) || a.message.startsWith(`suppressed ${ruleId}:`),
  );
}

/** The AZW106 annotations that say `ruleId` could not be evaluated. */
export function unresolvedOf(stack: TerraformStack, ruleId: string): Annotation[] {
  return synthAnnotations(stack).filter((a) => a.message.startsWith(`AZW106 ${ruleId} `));
}
