// `node -r ./scripts/register-cdktn.js app.js`: runs an app written against cdktf on CDK Terrain,
// as jest's moduleNameMapper does for `npm run test:cdktn`. Every module the source imports by a
// cdktf name (scripts/toolchains.json) is resolved under its CDK Terrain name instead. Used by
// `npm run synth:cdktn` and by the tests that start the example app in a child process.
const Module = require('module');
const { modules } = require('./toolchains.json').cdktn;

function rewrite(request) {
  for (const [from, to] of Object.entries(modules)) {
    if (request === from) return to;
    if (request.startsWith(`${from}/`)) return to + request.slice(from.length);
  }
  return request;
}

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, rewrite(request), ...rest);
};
