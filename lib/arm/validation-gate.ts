import { AnnotationMetadataEntryType, Aspects, TerraformStack } from 'cdktf';
import { annotationLines, warningLines } from '../core/annotation-lines';
import { CustomImagePoolChecks } from '../validation/checks';

/**
 * Runs the library's rules on `stack`, as `cdktf synth` does, and throws when the stack has any
 * error annotation, so that no ARM output is written for a stack Terraform would refuse. The
 * rules record each annotation once, so running them again (here, then in `app.synth()`, or the
 * other way round) adds no duplicates. Other aspects are not run again: they may not be
 * idempotent.
 */
export function assertNoErrors(stack: TerraformStack): void {
  const checks = [...stack.node.scopes.flatMap((scope) => Aspects.of(scope).all)].filter(
    (aspect): aspect is CustomImagePoolChecks => aspect instanceof CustomImagePoolChecks,
  );
  const nodes = stack.node.findAll();
  for (const check of new Set(checks)) nodes.forEach((node) => check.visit(node));

  const errors = annotationLines(nodes, AnnotationMetadataEntryType.ERROR);
  if (errors.length > 0) {
    throw new Error(
      [
        `ARM synthesis of stack '${stack.node.id}' stopped: the stack has ${errors.length} error${errors.length === 1 ? '' : 's'}, so neither template.json nor main.bicep is written.`,
        ...errors,
        ...warningLines(nodes),
      ].join('\n'),
    );
  }
}
