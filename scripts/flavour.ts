// A toolchain flavour of the library: the same source with the toolchain's module names.
// scripts/toolchains.json is the one place that names them.
import * as path from 'path';
import * as ts from 'typescript';

/** How one toolchain is named: its package and the modules the source imports. */
export interface Flavour {
  /** The npm name of the library package built for this toolchain. */
  readonly packageName: string;
  /** Where that package is built, relative to the repository root ('.' for the source package). */
  readonly packageDir: string;
  /** The npm script that builds that package. */
  readonly buildScript: string;
  /** The toolchain's command-line package. */
  readonly cli: string;
  /** Each module the source imports (cdktf's names) mapped to this toolchain's module. */
  readonly modules: { readonly [sourceModule: string]: string };
  /** Peer ranges of the built package; absent for the source package, whose package.json has them. */
  readonly peerDependencies?: { readonly [name: string]: string };
  /** Keywords of the built package in place of the source package's toolchain keyword. */
  readonly keyword: string;
}

export type FlavourName = 'cdktf' | 'cdktn';

export const FLAVOURS = require('./toolchains.json') as { readonly [name in FlavourName]: Flavour };

/** The module `specifier` names in `flavour`: `cdktf` becomes `cdktn`, `@cdktf/provider-azurerm/lib/x` its counterpart. */
export function rewriteSpecifier(specifier: string, flavour: Flavour): string {
  for (const [from, to] of Object.entries(flavour.modules)) {
    if (specifier === from) return to;
    if (specifier.startsWith(`${from}/`)) return to + specifier.slice(from.length);
  }
  return specifier;
}

/**
 * `source` with every module specifier (import, export ... from, require(), import()) rewritten
 * for `flavour`. Only specifiers change: comments and strings such as the `@cdktf/warn`
 * annotation type, which CDK Terrain keeps, stay as they are.
 */
export function rewriteSource(fileName: string, source: string, flavour: Flavour): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const visit = (node: ts.Node): void => {
    const specifier = moduleSpecifier(node);
    if (specifier) {
      const rewritten = rewriteSpecifier(specifier.text, flavour);
      if (rewritten !== specifier.text) {
        // Keep the quotes: replace only the text between them.
        edits.push({ start: specifier.getStart(file) + 1, end: specifier.getEnd() - 1, text: rewritten });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

function moduleSpecifier(node: ts.Node): ts.StringLiteral | undefined {
  if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
    return node.moduleSpecifier;
  }
  if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
    return node.moduleReference.expression;
  }
  if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
    const callee = node.expression;
    if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
      return node.arguments[0] as ts.StringLiteral;
    }
  }
  if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
    return node.argument.literal;
  }
  return undefined;
}

/** The absolute folder of `flavour`'s package. */
export function packageRoot(flavour: Flavour, root: string): string {
  return path.resolve(root, flavour.packageDir);
}
