import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';

/**
 * Compiles `lib/`, `bin/` and `bench/` to JavaScript in a fresh temporary directory (transpile only,
 * as a published package would ship), so measured processes run plain `node` without a
 * TypeScript compiler in memory. `node_modules` is linked in so packages resolve as usual.
 * Returns the directory; the caller removes it.
 */
export function buildForBench(root: string): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'batch-images-bench-'));
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    esModuleInterop: false,
    experimentalDecorators: true,
  };
  for (const dir of ['lib', 'bin', 'bench']) {
    for (const file of tsFiles(path.join(root, dir))) {
      const js = ts.transpileModule(fs.readFileSync(file, 'utf8'), { compilerOptions: options, fileName: file });
      const target = path.join(out, path.relative(root, file)).replace(/\.ts$/, '.js');
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, js.outputText);
    }
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(out, 'node_modules'), 'dir');
  return out;
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}
