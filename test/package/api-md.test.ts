import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
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

describeWithBuild('API.md and the .jsii assembly', () => {
  test('API.md is what jsii-docgen makes of the current assembly (fix: npm run docs)', () => {
    expect(apiMdDifference(PACKAGE_ROOT)).toBeUndefined();
  }, 60_000);
});
