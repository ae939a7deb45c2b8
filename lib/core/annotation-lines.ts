import { AnnotationMetadataEntryType } from 'cdktf';
import { IConstruct } from 'constructs';

/**
 * The annotations of one level on `nodes`, as `[construct path] message`, each once. Read from
 * the construct tree, not the manifest: plain cdktf throws before it writes the manifest.
 */
export function annotationLines(nodes: IConstruct[], level: AnnotationMetadataEntryType): string[] {
  const lines = new Set<string>();
  for (const node of nodes) {
    for (const entry of node.node.metadata) {
      if (entry.type === level) lines.add(`[${node.node.path}] ${entry.data}`);
    }
  }
  return [...lines];
}

/** The lines that follow a failure's errors: the warnings, which often explain them. */
export function warningLines(nodes: IConstruct[]): string[] {
  const warnings = annotationLines(nodes, AnnotationMetadataEntryType.WARN);
  return warnings.length > 0 ? [`Warning annotations (${warnings.length}), which may explain the errors:`, ...warnings] : [];
}
