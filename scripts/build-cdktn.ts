// `npm run build:cdktn`: builds the CDK Terrain package into dist-cdktn/ from the same lib/.
// dist-cdktn/ is laid out like the repository root (package.json, tsconfig.jsii.json, lib/ with
// the rewritten sources, dist/ with jsii's output, .jsii, API.md), so `require('./dist-cdktn')`,
// `npm pack dist-cdktn` and the package tests (npm run test:cdktn) take it as it is.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { reorderApiMd } from './api-md';
import { ROOT } from './build-output';
import { FLAVOURS, Flavour, packageRoot, rewriteSource } from './flavour';

/** The files copied unchanged from the repository root. */
const COPIED = ['tsconfig.jsii.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];

/** The package.json of `flavour`'s package: the source package's, renamed and with the flavour's peers. */
export function flavourPackageJson(source: any, flavour: Flavour): object {
  const base = FLAVOURS.cdktf;
  const { scripts: _scripts, devDependencies: _dev, overrides: _overrides, ...kept } = source;
  return {
    ...kept,
    name: flavour.packageName,
    description: source.description.replace(new RegExp(`^${base.keyword}\\b`), `${flavour.keyword} (CDK Terrain)`),
    author: { ...source.author, name: source.author.name.replace(base.packageName, flavour.packageName) },
    keywords: source.keywords.map((k: string) => (k === base.keyword ? flavour.keyword : k)),
    jsii: source.jsii && renameBindings(source.jsii, base, flavour),
    peerDependencies: flavour.peerDependencies,
    // jsii expects each peer as a devDependency at the version it is built and tested with.
    devDependencies: Object.fromEntries(Object.keys(flavour.peerDependencies ?? {}).map((name) => [name, source.devDependencies[name]])),
  };
}

// The other-language bindings carry the package's name in each language's spelling
// (cdktf-azure-…, cdktf_azure_…, CdktfAzure…): two packages must not publish one module.
function renameBindings(jsii: object, base: Flavour, flavour: Flavour): object {
  const capital = (s: string) => s[0].toUpperCase() + s.slice(1);
  const text = JSON.stringify(jsii)
    .replace(new RegExp(`\\b${base.keyword}(?=[-_]azure)`, 'g'), flavour.keyword)
    .replace(new RegExp(`${capital(base.keyword)}(?=Azure)`, 'g'), capital(flavour.keyword));
  return JSON.parse(text);
}

function copySources(from: string, to: string, flavour: Flavour): number {
  let count = 0;
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      count += copySources(source, target, flavour);
    } else if (entry.name.endsWith('.ts')) {
      fs.writeFileSync(target, rewriteSource(source, fs.readFileSync(source, 'utf8'), flavour));
      count++;
    }
  }
  return count;
}

function bin(pkg: string, name: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'bin', name);
}

function main(): void {
  const flavour = FLAVOURS.cdktn;
  const out = packageRoot(flavour, ROOT);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out);
  const sourcePackage = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  fs.writeFileSync(path.join(out, 'package.json'), `${JSON.stringify(flavourPackageJson(sourcePackage, flavour), null, 2)}\n`);
  for (const file of COPIED) fs.copyFileSync(path.join(ROOT, file), path.join(out, file));
  // jsii-docgen looks for the dependencies' assemblies below the package folder only.
  fs.symlinkSync(path.join('..', 'node_modules'), path.join(out, 'node_modules'), 'dir');
  const files = copySources(path.join(ROOT, 'lib'), path.join(out, 'lib'), flavour);

  const run = (what: string, nodeArgs: string[]) => {
    const started = Date.now();
    execFileSync(process.execPath, nodeArgs, { cwd: out, stdio: 'inherit' });
    console.log(`build:cdktn: ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  };
  console.log(`build:cdktn: ${files} sources of lib/ rewritten for ${Object.values(flavour.modules).join(', ')}`);
  // The same jsii flags as build:jsii: the two packages are held to the same bar.
  // jsii-peer-overrides: jsii is told what npm is told about the provider's cdktn range.
  const overrides = ['-r', path.join(__dirname, 'jsii-peer-overrides.js')];
  run('compiled with jsii', [...overrides, bin('jsii', 'jsii'), '--silence-warnings=reserved-word', '--fail-on-warnings']);
  run('wrote API.md', [...overrides, bin('jsii-docgen', 'jsii-docgen'), '-o', 'API.md']);
  // The same reading order as the cdktf package's API.md (library constructs first).
  const apiMd = path.join(out, 'API.md');
  fs.writeFileSync(apiMd, reorderApiMd(fs.readFileSync(apiMd, 'utf8')));
  console.log(`build:cdktn: ${flavour.packageName} is in ${path.relative(ROOT, out)}/`);
}

if (require.main === module) main();
