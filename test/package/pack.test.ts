import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../../scripts/build-output';
import { FLAVOUR, PACKAGE_ROOT, toolchainModule } from '../support/toolchain';
import { describeWithBuild } from './support/with-build';

// The package of this run's toolchain: the repository's own on cdktf, dist-cdktn/ on CDK Terrain.
const pkg = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8'));
const semver = require('semver') as { satisfies(version: string, range: string): boolean };

const TOP_LEVEL = ['.jsii', 'API.md', 'CHANGELOG.md', 'LICENSE', 'README.md', 'package.json'];

function libSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return libSources(file);
    return entry.name.endsWith('.ts') ? [path.relative(path.join(PACKAGE_ROOT, 'lib'), file)] : [];
  });
}

describe('package.json', () => {
  test('points main and types at the compiled entry point, not at the sources', () => {
    expect(pkg.main).toBe('dist/index.js');
    expect(pkg.types).toBe('dist/index.d.ts');
  });

  test('has the metadata a registry and jsii need', () => {
    expect(pkg.license).toBe('Apache-2.0');
    expect(fs.readFileSync(path.join(PACKAGE_ROOT, 'LICENSE'), 'utf8')).toContain('Apache License');
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(fs.readFileSync(path.join(PACKAGE_ROOT, 'CHANGELOG.md'), 'utf8')).toContain(`## [${pkg.version}]`);
    expect(pkg.repository.url).toMatch(/^https:\/\//);
    expect(pkg.author.name).toBeTruthy();
    expect(pkg.name).toBe(FLAVOUR.packageName);
    expect(pkg.keywords).toEqual(expect.arrayContaining([FLAVOUR.keyword, 'azure', 'batch']));
  });

  test.each(['cdktf', 'constructs', '@cdktf/provider-azurerm'])(
    'takes %s as a peer dependency whose range includes the tested version',
    (name) => {
      // jest resolves the cdktf names to this run's toolchain; the package names it in its own words.
      const tested = require(`${name}/package.json`).version as string;
      expect(pkg.dependencies?.[toolchainModule(name)]).toBeUndefined();
      expect(semver.satisfies(tested, pkg.peerDependencies[toolchainModule(name)])).toBe(true);
    },
  );

  test('admits only patch releases of the tested @cdktf/provider-azurerm: the Batch API version and the azurerm caps follow its azurerm version', () => {
    const range = pkg.peerDependencies[toolchainModule('@cdktf/provider-azurerm')];
    const [major, minor] = (require('@cdktf/provider-azurerm/package.json').version as string).split('.').map(Number);
    expect(semver.satisfies(`${major}.${minor}.99`, range)).toBe(true);
    expect(semver.satisfies(`${major}.${minor + 1}.0`, range)).toBe(false);
    expect(semver.satisfies(`${major + 1}.0.0`, range)).toBe(false);
  });

  test('declares every package the tests require (semver is no longer only a transitive dependency)', () => {
    const repository = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(repository.devDependencies.semver).toBe(require('semver/package.json').version);
  });
});

describeWithBuild('npm pack', () => {
  let files: string[];
  beforeAll(() => {
    // --ignore-scripts: the build is already there; prepack would rebuild it.
    const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: PACKAGE_ROOT, encoding: 'utf8' });
    files = JSON.parse(output)[0].files.map((f: { path: string }) => f.path);
  });

  test('ships the README, LICENSE, CHANGELOG, API.md and the .jsii assembly', () => {
    expect(files).toEqual(expect.arrayContaining(TOP_LEVEL));
  });

  test('ships compiled JavaScript and declarations for every source file of lib/', () => {
    for (const source of libSources(path.join(PACKAGE_ROOT, 'lib'))) {
      const base = `dist/${source.replace(/\\/g, '/').replace(/\.ts$/, '')}`;
      expect(files).toContain(`${base}.js`);
      expect(files).toContain(`${base}.d.ts`);
    }
  });

  test('ships nothing else: no TypeScript sources, tests, benchmarks, scripts or source maps', () => {
    const unexpected = files.filter(
      (file) => !TOP_LEVEL.includes(file) && !/^dist\/.+(\.js|\.d\.ts)$/.test(file),
    );
    expect(unexpected).toEqual([]);
    expect(files.filter((file) => /(^|\/)(test|bench|bin|scripts)\/|\.map$|\.test\./.test(file))).toEqual([]);
  });
});
