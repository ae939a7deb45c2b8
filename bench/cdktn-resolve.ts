/*
 * Loaded with `-r` into the benchmark's CDK Terrain processes only: resolves `cdktf` to `cdktn`
 * and `@cdktf/provider-azurerm/...` to `@cdktn/provider-azurerm/...`, so the same app and the
 * same built library run on CDK Terrain (the same mapping the CDK Terrain jest config uses).
 * Never part of the library: it changes module resolution for the whole process.
 */
import Module = require('module');

const MAPPINGS: Array<[RegExp, string]> = [
  [/^cdktf(\/.*)?$/, 'cdktn$1'],
  [/^@cdktf\/provider-azurerm(\/.*)?$/, '@cdktn/provider-azurerm$1'],
];

type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };
const resolve = loader._resolveFilename;
loader._resolveFilename = function (request: string, ...rest: unknown[]): string {
  const mapping = MAPPINGS.find(([pattern]) => pattern.test(request));
  return resolve.call(this, mapping ? request.replace(mapping[0], mapping[1]) : request, ...rest);
};
