import * as fs from 'fs';
import * as path from 'path';

/** The repository root. */
export const ROOT = path.join(__dirname, '..');

/**
 * Why the jsii build output (`dist/` and `.jsii`) cannot be used, or undefined when it is
 * present and newer than every input it is built from (lib/, package.json, tsconfig.jsii.json).
 * `root` may be a flavour package (dist-cdktn/), which is compared with the repository's sources too.
 */
export function buildOutputProblem(root: string = ROOT): string | undefined {
  const assembly = path.join(root, '.jsii');
  if (!fs.existsSync(assembly) || !fs.existsSync(path.join(root, 'dist', 'index.js'))) {
    return 'there is no jsii build output (.jsii, dist/)';
  }
  const built = fs.statSync(assembly).mtimeMs;
  const inputs = [path.join(root, 'package.json'), path.join(root, 'tsconfig.jsii.json'), ...tsFiles(path.join(root, 'lib'))];
  if (path.resolve(root) !== ROOT) {
    inputs.push(path.join(ROOT, 'package.json'), path.join(ROOT, 'scripts', 'toolchains.json'), ...tsFiles(path.join(ROOT, 'lib')));
  }
  const newer = inputs.find((file) => fs.statSync(file).mtimeMs > built);
  return newer ? `the jsii build output is older than ${path.relative(ROOT, newer)}` : undefined;
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(file);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}
