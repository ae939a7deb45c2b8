import * as fs from 'fs';
import * as path from 'path';

// Importing the provider's root barrel costs about 1 s and 350 MB per process; only deep
// imports such as '@cdktf/provider-azurerm/lib/batch-pool' are allowed (DESIGN.md).
const ROOT = path.resolve(__dirname, '..');
// Built from parts so this file's own sample sources are not taken for root imports by
// line-based scanners.
const PROVIDER = ['@cdktf', 'provider-azurerm'].join('/');
const FORBIDDEN = new Set([PROVIDER, `${PROVIDER}/lib`, `${PROVIDER}/lib/index`]);
// import ... from 'x' | export ... from 'x' | import 'x' | require('x') | import('x')
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"`])([^'"`]+)\1/g;

function tsFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Module specifiers of `source` that name the provider's root. */
function rootProviderImports(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((m) => m[2]).filter((specifier) => FORBIDDEN.has(specifier.replace(/\/$/, '')));
}

describe('provider imports', () => {
  it('recognises every form of a root import, and allows deep imports', () => {
    expect(rootProviderImports(`import { Image } from '${PROVIDER}';`)).toEqual([PROVIDER]);
    expect(rootProviderImports(`import * as azurerm from "${PROVIDER}/lib";`)).toEqual([`${PROVIDER}/lib`]);
    expect(rootProviderImports(`export * from '${PROVIDER}/lib/index';`)).toEqual([`${PROVIDER}/lib/index`]);
    expect(rootProviderImports(`const p = require('${PROVIDER}');`)).toEqual([PROVIDER]);
    expect(rootProviderImports(`import '${PROVIDER}';`)).toEqual([PROVIDER]);
    expect(rootProviderImports(`const p = await import('${PROVIDER}');`)).toEqual([PROVIDER]);
    expect(rootProviderImports(`import {\n  Image,\n} from\n  '${PROVIDER}';`)).toEqual([PROVIDER]);
    expect(rootProviderImports(`import { Image } from '${PROVIDER}/lib/image';`)).toEqual([]);
    expect(rootProviderImports(`import { BatchPool } from '${PROVIDER}/lib/batch-pool';`)).toEqual([]);
  });

  it('finds no import of @cdktf/provider-azurerm root under lib/ or bin/', () => {
    const files = [...tsFiles(path.join(ROOT, 'lib')), ...tsFiles(path.join(ROOT, 'bin'))];
    expect(files.length).toBeGreaterThan(0);
    const offenders = files.flatMap((file) =>
      rootProviderImports(fs.readFileSync(file, 'utf8')).map((specifier) => `${path.relative(ROOT, file)} imports '${specifier}'`),
    );
    expect(offenders).toEqual([]);
  });
});
