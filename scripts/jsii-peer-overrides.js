// Preloaded into jsii by `npm run build:cdktn` (node -r). jsii checks the dependency ranges
// recorded in every assembly it loads, as npm checks peer ranges. @cdktn/provider-azurerm
// 16.1.0 (the only release) records cdktn ^0.23.0, while CDK Terrain is at 0.24.0. package.json
// "overrides" tells npm to accept the tested cdktn for that package; this tells jsii the same,
// for exactly those pairs, and refuses every other mismatch as before.
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/** `${dependency}@${version} for ${range}` for every override of the form `{ dependent: { dependency: "$dependency" } }`. */
const accepted = new Set();
for (const [dependent, rules] of Object.entries(pkg.overrides ?? {})) {
  if (typeof rules !== 'object') continue;
  const declared = require(require.resolve(`${dependent}/package.json`, { paths: [root] })).peerDependencies ?? {};
  for (const [dependency, override] of Object.entries(rules)) {
    if (override !== `$${dependency}` || !declared[dependency]) continue;
    accepted.add(`${dependency}@${pkg.devDependencies[dependency]} for ${declared[dependency]}`);
  }
}

const jsiiDir = path.dirname(require.resolve('jsii/package.json', { paths: [root] }));
const semver = require(require.resolve('semver', { paths: [jsiiDir] }));
const satisfies = semver.satisfies;
const reported = new Set();
semver.satisfies = function (version, range, options) {
  if (satisfies(version, range, options)) return true;
  for (const entry of accepted) {
    if (entry.endsWith(`@${version} for ${range}`)) {
      if (!reported.has(entry)) console.error(`jsii: accepting ${entry} (package.json overrides)`);
      reported.add(entry);
      return true;
    }
  }
  return false;
};
