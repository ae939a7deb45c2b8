import * as fs from 'fs';
import * as path from 'path';
// madge has no type declarations; its API is `madge(path, config) -> { circular(), obj() }`.
const madge: (dir: string, config: object) => Promise<MadgeResult> = require('madge');

interface MadgeResult {
  circular(): string[][];
  /** Each file (relative to lib/) with the local files it imports. */
  obj(): { [file: string]: string[] };
}

/*
 * The dependency direction of lib/, checked with a real import-graph tool (madge, the same
 * analysis as `npx madge --circular --extensions ts lib`): core, then specs, then the constructs
 * that produce specs and the readers that consume them.
 */

const LIB = path.resolve(__dirname, '../../lib');
// Folders whose files create constructs from props (the spec producers).
const CONSTRUCTS = ['batch/', 'compute/'];
const layerOf = (file: string): string => file.split('/')[0].replace(/\.ts$/, '');

let graph: { [file: string]: string[] };
let cycles: string[][];

beforeAll(async () => {
  const result = await madge(LIB, { fileExtensions: ['ts'] });
  graph = result.obj();
  cycles = result.circular();
}, 60_000);

/** Every import from a file of layer `from` into one of `to`, as 'file -> import'. */
function importsBetween(from: (file: string) => boolean, to: (file: string) => boolean): string[] {
  return Object.entries(graph).flatMap(([file, deps]) => (from(file) ? deps.filter(to).map((dep) => `${file} -> ${dep}`) : []));
}

const isConstructFile = (file: string): boolean => CONSTRUCTS.some((folder) => file.startsWith(folder));

describe('the import graph of lib/', () => {
  it('sees every TypeScript file of lib/', () => {
    const count = (dir: string): number =>
      fs.readdirSync(dir, { withFileTypes: true }).reduce(
        (n, entry) => n + (entry.isDirectory() ? count(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? 1 : 0),
        0,
      );
    expect(Object.keys(graph)).toHaveLength(count(LIB));
    expect(graph['batch/custom-image-batch-pool.ts']).toContain('batch/pool-spec.ts');
  });

  it('has no import cycles', () => {
    expect(cycles).toEqual([]);
  });

  it('keeps lib/arm free of construct files, and constructs free of lib/arm', () => {
    expect(importsBetween((f) => f.startsWith('arm/'), isConstructFile)).toEqual([]);
    expect(importsBetween(isConstructFile, (f) => f.startsWith('arm/'))).toEqual([]);
  });

  it('lets the rules read specs only: no construct file, no provider binding', () => {
    expect(importsBetween((f) => f.startsWith('validation/'), isConstructFile)).toEqual([]);
    const bindings = Object.keys(graph)
      .filter((f) => f.startsWith('validation/'))
      .filter((f) => /from '@cdktf\/provider-azurerm/.test(fs.readFileSync(path.join(LIB, f), 'utf8')));
    expect(bindings).toEqual([]);
  });

  it('builds specs on core only, and core on nothing above it', () => {
    expect(importsBetween((f) => layerOf(f) === 'spec', (f) => !['core', 'spec'].includes(layerOf(f)))).toEqual([]);
    expect(importsBetween((f) => layerOf(f) === 'core', (f) => layerOf(f) !== 'core')).toEqual([]);
  });
});

describe("the README's architecture section", () => {
  it('maps every folder of lib/', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Architecture'), readme.indexOf('## Publishing'));
    const folders = fs.readdirSync(LIB, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((folder) => !new RegExp(`\\b${folder}/`).test(section))).toEqual([]);
  });
});
