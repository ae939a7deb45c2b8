// `npm run test:cdktn`: the same suite as `npm test`, on CDK Terrain. Every import of a
// toolchain module is redirected to its CDK Terrain counterpart named in scripts/toolchains.json.
const base = require('./jest.config');
const { modules } = require('./scripts/toolchains.json').cdktn;

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const moduleNameMapper = {};
for (const [from, to] of Object.entries(modules)) {
  moduleNameMapper[`^${escape(from)}$`] = to;
  moduleNameMapper[`^${escape(from)}/(.*)$`] = `${to}/$1`;
}

/** @type {import('jest').Config} */
module.exports = { ...base, moduleNameMapper };
