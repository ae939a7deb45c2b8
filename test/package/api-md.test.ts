import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { ROOT } from '../../scripts/build-output';
import { LEADING_CONSTRUCTS, reorderApiMd } from '../../scripts/api-md';
import { apiMdDifference } from '../../scripts/docs-check';
import { PACKAGE_ROOT } from '../support/toolchain';
import { describeWithBuild } from './support/with-build';

const PACKAGE = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')).name as string;

/** Every name `lib/index.ts` exports, values and types alike. */
function publicExports(): string[] {
  const index = path.join(PACKAGE_ROOT, 'lib', 'index.ts');
  const program = ts.createProgram([index], { noEmit: true, skipLibCheck: true, types: [] });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(index)!)!;
  return checker.getExportsOfModule(module).map((symbol) => symbol.name).sort();
}

describe('API.md', () => {
  test('documents every export of lib/index.ts (jsii drops free functions, consts and type aliases, so export none)', () => {
    const apiMd = fs.readFileSync(path.join(PACKAGE_ROOT, 'API.md'), 'utf8');
    const exports = publicExports();
    expect(exports.length).toBeGreaterThan(50);
    expect(exports.filter((name) => !apiMd.includes(`id="${PACKAGE}.${name}"`))).toEqual([]);
  });
});

/** The `###` type names of `section` (`## <section>`) of API.md, in order. */
function typesOf(apiMd: string, section: string): string[] {
  const start = apiMd.indexOf(`\n## ${section} `);
  if (start < 0) return [];
  const end = apiMd.indexOf('\n## ', start + 1);
  const text = apiMd.slice(start, end < 0 ? undefined : end);
  return [...text.matchAll(/^### (\S+)/gm)].map((m) => m[1]);
}

describe('API.md reads as the library, not as its L1 bindings', () => {
  const apiMd = fs.readFileSync(path.join(ROOT, 'API.md'), 'utf8');

  test('opens with the library constructs, ManagedImageFromSnapshots first, in the order of the main path', () => {
    const first = /^### (\S+)/m.exec(apiMd)?.[1];
    expect(first).toBe('ManagedImageFromSnapshots');
    const constructs = typesOf(apiMd, 'Constructs');
    expect(constructs.slice(0, LEADING_CONSTRUCTS.length)).toEqual(LEADING_CONSTRUCTS);
    expect(constructs.filter((name) => name.startsWith('Azapi'))).toEqual([]);
  });

  test('documents the azapi L1 bindings in a last section of their own', () => {
    const sections = [...apiMd.matchAll(/^## (.+?) <a/gm)].map((m) => m[1]);
    expect(sections[sections.length - 1]).toBe('Low-level bindings (azapi L1)');
    expect(typesOf(apiMd, 'Low-level bindings (azapi L1)')).toEqual(['AzapiProvider', 'AzapiResource', 'AzapiProviderConfig', 'AzapiResourceConfig']);
  });

  test('shows no constructor for Suppressions, which only has static methods', () => {
    const start = apiMd.indexOf('### Suppressions ');
    const block = apiMd.slice(start, apiMd.indexOf('\n### ', start + 1));
    expect(block).toContain('Suppressions.add');
    expect(block).not.toContain('Initializer');
  });

  test('reorderApiMd moves the leading constructs up and the Azapi types to the end, keeping everything else', () => {
    const input = [
      '# API Reference',
      '',
      '## Constructs <a id="Constructs"></a>',
      '',
      '### AzapiProvider <a></a>',
      'azapi provider',
      '',
      '### Zebra <a></a>',
      'zebra',
      '',
      '### ManagedImageFromSnapshots <a></a>',
      'image',
      '',
      '## Structs <a id="Structs"></a>',
      '',
      '### AzapiProviderConfig <a></a>',
      'config',
      '',
      '### Props <a></a>',
      'props',
      '',
    ].join('\n');
    const output = reorderApiMd(input);
    expect([...output.matchAll(/^#{2,3} (\S+)/gm)].map((m) => m[1])).toEqual([
      'Constructs', 'ManagedImageFromSnapshots', 'Zebra', 'Structs', 'Props', 'Low-level', 'AzapiProvider', 'AzapiProviderConfig',
    ]);
    expect(output).toContain('### Zebra <a></a>\nzebra\n');
  });
});

describeWithBuild('API.md and the .jsii assembly', () => {
  test('every construct has an @example', () => {
    const assembly = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, '.jsii'), 'utf8'));
    const apiMd = fs.readFileSync(path.join(PACKAGE_ROOT, 'API.md'), 'utf8');
    const constructs = [...typesOf(apiMd, 'Constructs'), ...typesOf(apiMd, 'Low-level bindings (azapi L1)').filter((n) => !n.endsWith('Config'))];
    expect(constructs.length).toBeGreaterThan(8);
    expect(constructs.filter((name) => !assembly.types[`${PACKAGE}.${name}`]?.docs?.example)).toEqual([]);
  });

  test('API.md is what jsii-docgen makes of the current assembly (fix: npm run docs)', () => {
    expect(apiMdDifference(PACKAGE_ROOT)).toBeUndefined();
  }, 60_000);
});
