import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

// Every @example in lib/ (API.md shows them) must compile against the library as it is. Each
// runs in its own block after a preamble that declares what examples take as given: a stack, a
// gallery, an image definition, an image, an account and a pool.
const ROOT = path.resolve(__dirname, '../..');

interface Example {
  readonly where: string;
  readonly code: string;
}

function examples(): Example[] {
  const files = (fs.readdirSync(path.join(ROOT, 'lib'), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
  return files.flatMap((file) => {
    const lines = fs.readFileSync(path.join(ROOT, 'lib', file), 'utf8').split('\n');
    const found: Example[] = [];
    lines.forEach((line, i) => {
      if (line.trim() !== '* @example') return;
      const body: string[] = [];
      for (let j = i + 1; j < lines.length && !/^\s*\*\/|^\s*\* @/.test(lines[j]); j++) body.push(lines[j].replace(/^\s*\* ?/, ''));
      found.push({ where: `lib/${file}:${i + 1}`, code: body.join('\n') });
    });
    return found;
  });
}

const PREAMBLE = `
import { TerraformStack } from 'cdktf';
import * as lib from './lib';
declare const stack: TerraformStack;
declare const gallery: lib.ComputeGallery;
declare const definition: lib.GalleryImageDefinition;
declare const image: lib.ManagedImageFromSnapshots;
declare const account: lib.IBatchAccount;
declare const pool: lib.CustomImageBatchPool;
declare const osSnapshotId: string;
// Type-only names an example may use (the block below binds the runtime exports it uses).
type PoolDescription = lib.PoolDescription;
type ImageDescription = lib.ImageDescription;
type AccountDescription = lib.AccountDescription;
type Finding = lib.Finding;
type IRuleContext = lib.IRuleContext;
`;

describe('the @example of every construct', () => {
  it('compiles against the library', () => {
    const found = examples();
    expect(found.length).toBeGreaterThanOrEqual(10);
    const exported = Object.keys(require('../../lib'));
    const blocks = found.map(({ where, code }) => {
      const body = code.split('\n').filter((l) => !l.startsWith('import ')).join('\n');
      const used = exported.filter((name) => new RegExp(`\\b${name}\\b`).test(body));
      return `// ${where}\n{\n${used.map((n) => `const ${n} = lib.${n};`).join('\n')}\n${body}\n}\n`;
    });
    const file = path.join(ROOT, `.examples-${process.pid}.ts`);
    fs.writeFileSync(file, `${PREAMBLE}\n${blocks.join('\n')}`);
    try {
      const program = ts.createProgram([file], {
        strict: true, target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS, skipLibCheck: true, noEmit: true, types: ['node'],
      });
      const problems = ts.getPreEmitDiagnostics(program).map((d) => {
        const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
        if (!d.file || d.start === undefined) return text;
        const { line } = d.file.getLineAndCharacterOfPosition(d.start);
        const source = d.file.text.split('\n');
        const where = source.slice(0, line + 1).reverse().find((l) => l.startsWith('// lib/')) ?? '';
        return `${where.slice(3)}: ${source[line].trim()}: ${text}`;
      });
      expect(problems).toEqual([]);
    } finally {
      fs.rmSync(file, { force: true });
    }
  }, 120_000);
});
