import * as fs from 'fs';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- semver ships no types
const semver = require('semver') as { satisfies(version: string, range: string): boolean };

// `npm run test:consumer` runs the README's install section in a fresh project; this checks,
// within `npm test`, that the section pins what this repository is tested with.
const root = path.resolve(__dirname, '../..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const installedVersion = (name: string): string => JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

function installSection(): string {
  const start = readme.indexOf('\n## Use it in your project\n');
  return readme.slice(start, readme.indexOf('\n## ', start + 1));
}
/** `name@version` of every package the section's `npm install` lines name with a version. */
function pinned(): Map<string, string> {
  const lines = [...installSection().matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1].split('\n')).filter((l) => l.startsWith('npm install '));
  const words = lines.flatMap((l) => l.split(/\s+/).slice(2)).filter((w) => !w.startsWith('-'));
  return new Map(words.filter((w) => w.lastIndexOf('@') > 0).map((w) => [w.slice(0, w.lastIndexOf('@')), w.slice(w.lastIndexOf('@') + 1)]));
}

describe("the README's install section", () => {
  it('comes right after the quick start, which stays the two repository commands', () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings.slice(0, 2)).toEqual(['Quick start', 'Use it in your project']);
    const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## Use it in your project'));
    const [commands] = [...quickStart.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1].trim().split('\n'));
    expect(commands.map((c) => c.split('#')[0].trim())).toEqual(['npm ci && npm run synth', 'npm test']);
  });

  it('installs the package and pins every peer dependency at the exact version this repository tests with', () => {
    expect(installSection()).toContain(`npm install ${pkg.name} `);
    const versions = pinned();
    for (const [name, range] of Object.entries<string>(pkg.peerDependencies)) {
      expect([name, versions.get(name)]).toEqual([name, installedVersion(name)]);
      expect([name, semver.satisfies(versions.get(name)!, range)]).toEqual([name, true]);
    }
  });

  it('pins TypeScript, ts-node and the Node.js types at the versions this repository uses', () => {
    const versions = pinned();
    for (const name of ['typescript', 'ts-node', '@types/node']) expect([name, versions.get(name)]).toEqual([name, installedVersion(name)]);
  });

  it('shows the cdktf.json app line and a tsconfig.json, as JSON', () => {
    const json = [...installSection().matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]));
    expect(json.find((j) => 'app' in j)).toEqual({ language: 'typescript', app: 'npx ts-node main.ts' });
    expect(json.find((j) => 'compilerOptions' in j).compilerOptions).toMatchObject({ module: 'commonjs', strict: true });
  });
});
