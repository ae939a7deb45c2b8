import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';

/**
 * The benchmark's working tree, in a fresh temporary directory (the caller removes it):
 *
 * - `lib/`: the library built as it is published (tsconfig.jsii.json: JavaScript, declarations
 *   and inline source maps), so every mode loads the package users get, never `lib/` sources;
 * - `compiled/`: `bench/` and `bin/` transpiled to JavaScript, for plain `node`;
 * - `ts/`: `bench/` and `bin/` as TypeScript with an app's tsconfig.json, for ts-node, as
 *   `cdktf synth` runs an app;
 * - `cdktn/`: the same for CDK Terrain, its `lib` the CDK Terrain package (`npm run build:cdktn`)
 *   when the repository builds one, else the cdktf build (then the resolution hook maps the
 *   library's imports too).
 *
 * `<dir>/lib` in each points at the built package; `node_modules` is linked in.
 */
export interface BenchBuild {
  readonly root: string;
  readonly compiledDir: string;
  readonly tsDir: string;
  readonly cdktnDir: string;
  /** Loaded with `-r` into CDK Terrain processes: resolves `cdktf` imports to `cdktn`. */
  readonly cdktnHook: string;
}

export function buildForBench(repoRoot: string): BenchBuild {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'batch-images-bench-'));
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  buildPackage(repoRoot, path.join(root, 'lib'));

  const compiledDir = path.join(root, 'compiled');
  const tsDir = path.join(root, 'ts');
  const appOptions = readCompilerOptions(path.join(repoRoot, 'tsconfig.json'));
  for (const dir of ['bin', 'bench']) {
    for (const file of tsFiles(path.join(repoRoot, dir))) {
      const relative = path.relative(repoRoot, file);
      const source = fs.readFileSync(file, 'utf8');
      const js = ts.transpileModule(source, { compilerOptions: { ...appOptions, inlineSourceMap: false }, fileName: file });
      write(path.join(compiledDir, relative.replace(/\.ts$/, '.js')), js.outputText);
      write(path.join(tsDir, relative), source);
    }
  }
  fs.symlinkSync(path.join('..', 'lib'), path.join(compiledDir, 'lib'), 'dir');
  fs.symlinkSync(path.join('..', 'lib'), path.join(tsDir, 'lib'), 'dir');
  // What a generated cdktf app has: its own tsconfig.json next to main.ts (ts-node reads it).
  const appTsconfig = JSON.stringify({ compilerOptions: { ...rawCompilerOptions(path.join(repoRoot, 'tsconfig.json')), types: ['node'] } }, null, 2);
  write(path.join(tsDir, 'tsconfig.json'), appTsconfig);

  const cdktnPackage = buildCdktnPackage(repoRoot, path.join(root, 'lib-cdktn'));
  const cdktnDir = path.join(root, 'cdktn');
  fs.cpSync(tsDir, cdktnDir, { recursive: true, verbatimSymlinks: true, filter: (f) => path.basename(f) !== 'lib' || path.dirname(f) !== tsDir });
  fs.symlinkSync(path.join('..', cdktnPackage ? 'lib-cdktn' : 'lib'), path.join(cdktnDir, 'lib'), 'dir');
  const repoHook = path.join(repoRoot, 'scripts', 'register-cdktn.js');
  const cdktnHook = fs.existsSync(repoHook) ? repoHook : path.join(compiledDir, 'bench', 'cdktn-resolve.js');
  return { root, compiledDir, tsDir, cdktnDir, cdktnHook };
}

/**
 * Builds the CDK Terrain package with the repository's own `npm run build:cdktn` (into
 * dist-cdktn/) and copies its JavaScript to `outDir`; false when the repository has no such build.
 */
function buildCdktnPackage(repoRoot: string, outDir: string): boolean {
  const scripts = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).scripts ?? {};
  if (!scripts['build:cdktn']) return false;
  execFileSync('npm', ['run', '--silent', 'build:cdktn'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  fs.cpSync(path.join(repoRoot, 'dist-cdktn', 'dist'), outDir, { recursive: true });
  return true;
}

/** Emits `lib/` with the package's own tsconfig (the jsii build's compiler settings). */
function buildPackage(repoRoot: string, outDir: string): void {
  const configFile = path.join(repoRoot, 'tsconfig.jsii.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(configFile, { outDir }, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`cannot read ${configFile}`);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const result = program.emit();
  // tsconfig.jsii.json sets noEmitOnError: a type error skips the emit and is reported here.
  const errors = result.diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0 || result.emitSkipped) {
    throw new Error(`building the package failed:\n${ts.formatDiagnostics(errors, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => repoRoot, getNewLine: () => '\n' })}`);
  }
}

function rawCompilerOptions(tsconfig: string): { [key: string]: unknown } {
  return ts.readConfigFile(tsconfig, ts.sys.readFile).config.compilerOptions;
}

function readCompilerOptions(tsconfig: string): ts.CompilerOptions {
  return ts.convertCompilerOptionsFromJson(rawCompilerOptions(tsconfig), path.dirname(tsconfig)).options;
}

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}
