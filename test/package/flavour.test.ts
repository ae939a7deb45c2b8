import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { flavourPackageJson } from '../../scripts/build-cdktn';
import { ROOT } from '../../scripts/build-output';
import { FLAVOURS, rewriteSource, rewriteSpecifier } from '../../scripts/flavour';

const cdktn = FLAVOURS.cdktn;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}

/** Every module name a source file imports, by whichever form. */
function importedModules(text: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles.map((f) => f.fileName);
}

describe('rewriting the source for CDK Terrain', () => {
  it('renames cdktf and deep provider imports, and nothing that only starts with the same letters', () => {
    expect(rewriteSpecifier('cdktf', cdktn)).toBe('cdktn');
    expect(rewriteSpecifier('cdktf/lib/tokens', cdktn)).toBe('cdktn/lib/tokens');
    expect(rewriteSpecifier('@cdktf/provider-azurerm/lib/batch-pool', cdktn)).toBe('@cdktn/provider-azurerm/lib/batch-pool');
    expect(rewriteSpecifier('cdktf-cli', cdktn)).toBe('cdktf-cli');
    expect(rewriteSpecifier('@cdktf/hcl2json', cdktn)).toBe('@cdktf/hcl2json');
    expect(rewriteSpecifier('./cdktf', cdktn)).toBe('./cdktf');
  });

  it('rewrites import, export, require and import() specifiers, and leaves comments and other strings alone', () => {
    const source = [
      "// imports 'cdktf' at synth time",
      "import { App } from 'cdktf';",
      'import {',
      '  BatchPool,',
      "} from \"@cdktf/provider-azurerm/lib/batch-pool\";",
      "export { Token } from 'cdktf';",
      "const version = require('@cdktf/provider-azurerm/package.json').version;",
      "const later = import('cdktf');",
      "type T = import('cdktf').TerraformStack;",
      "const WARN = '@cdktf/warn';",
    ].join('\n');
    expect(rewriteSource('sample.ts', source, cdktn).split('\n')).toEqual([
      "// imports 'cdktf' at synth time",
      "import { App } from 'cdktn';",
      'import {',
      '  BatchPool,',
      "} from \"@cdktn/provider-azurerm/lib/batch-pool\";",
      "export { Token } from 'cdktn';",
      "const version = require('@cdktn/provider-azurerm/package.json').version;",
      "const later = import('cdktn');",
      "type T = import('cdktn').TerraformStack;",
      "const WARN = '@cdktf/warn';",
    ]);
  });

  it('leaves no cdktf module in any file of lib/, and changes no line that imports nothing', () => {
    const files = sources(path.join(ROOT, 'lib'));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const before = fs.readFileSync(file, 'utf8');
      const after = rewriteSource(file, before, cdktn);
      const relative = path.relative(ROOT, file);
      expect([relative, importedModules(after).filter((m) => /^(cdktf|@cdktf\/provider-azurerm)(\/|$)/.test(m))]).toEqual([relative, []]);
      const changed = before.split('\n').filter((line, i) => line !== after.split('\n')[i]);
      expect([relative, changed.filter((line) => !/from '|require\(|import\(/.test(line))]).toEqual([relative, []]);
    }
  });
});

describe('the CDK Terrain package.json', () => {
  const source = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const pkg = flavourPackageJson(source, cdktn) as any;

  it('is the source package renamed, with CDK Terrain peers and the tested versions as devDependencies', () => {
    expect(pkg.name).toBe('cdktn-azure-batch-custom-images');
    expect(pkg.version).toBe(source.version);
    expect(pkg.main).toBe(source.main);
    expect(pkg.files).toEqual(source.files);
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual(['@cdktn/provider-azurerm', 'cdktn', 'constructs']);
    expect(pkg.devDependencies).toEqual({
      'cdktn': source.devDependencies.cdktn,
      '@cdktn/provider-azurerm': source.devDependencies['@cdktn/provider-azurerm'],
      'constructs': source.devDependencies.constructs,
    });
    expect(pkg.keywords).toContain('cdktn');
    expect(pkg.keywords).not.toContain('cdktf');
  });

  it('names its other-language bindings after itself, so they do not clash with the cdktf package\'s', () => {
    expect(pkg.jsii.targets.python).toEqual({ distName: 'cdktn-azure-batch-custom-images', module: 'cdktn_azure_batch_custom_images' });
    expect(pkg.jsii.targets.dotnet.namespace).toBe('CdktnAzureBatchCustomImages');
    expect(pkg.jsii.targets.java.maven.artifactId).toBe('cdktn-azure-batch-custom-images');
    expect(pkg.jsii.targets.go.moduleName).toMatch(/cdktn-azure-batch-custom-images-go$/);
    expect(JSON.stringify(pkg.jsii)).not.toMatch(/cdktf|Cdktf/);
  });

  it('carries none of the repository\'s scripts or overrides (a consumer sets its own, see the README)', () => {
    expect(pkg.scripts).toBeUndefined();
    expect(pkg.overrides).toBeUndefined();
    expect(JSON.stringify(pkg)).not.toMatch(/"cdktf"|@cdktf\//);
  });
});
