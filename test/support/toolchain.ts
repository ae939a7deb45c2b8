import * as path from 'path';
import { ROOT } from '../../scripts/build-output';
import { FLAVOURS, FlavourName, packageRoot, rewriteSpecifier } from '../../scripts/flavour';

/**
 * The toolchain this run of the suite is on: cdktf under `npm test`, CDK Terrain under
 * `npm run test:cdktn`, whose jest config maps every `cdktf` module to its `cdktn` counterpart.
 */
export const TOOLCHAIN = require('cdktf/package.json').name as FlavourName;

/** How this run's toolchain is named (scripts/toolchains.json). */
export const FLAVOUR = FLAVOURS[TOOLCHAIN];

/** The folder of the package built for this run's toolchain: the repository root, or dist-cdktn/. */
export const PACKAGE_ROOT = packageRoot(FLAVOUR, ROOT);

/** What a module the source imports (`@cdktf/provider-azurerm`) is called on this run's toolchain. */
export function toolchainModule(sourceModule: string): string {
  return rewriteSpecifier(sourceModule, FLAVOUR);
}

/**
 * Node options that run a child process on this run's toolchain: none on cdktf; on CDK Terrain
 * the hook that resolves cdktf's module names to CDK Terrain's (jest's mapping reaches no child).
 */
export const TOOLCHAIN_NODE_ARGS: string[] =
  TOOLCHAIN === 'cdktf' ? [] : ['-r', path.join(ROOT, 'scripts', `register-${TOOLCHAIN}.js`)];

/** The command-line tool of this run's toolchain (`cdktf` or `cdktn`). */
export const TOOLCHAIN_CLI = path.join(ROOT, 'node_modules', '.bin', TOOLCHAIN);

/**
 * A synthesized stack (cdk.tf.json, parsed) without what names the toolchain that wrote it: the
 * toolchain's version in the `//` metadata and the azurerm release its bindings require. Those
 * are the only differences between the two toolchains' stacks (test/bin/toolchains.test.ts).
 */
export function withoutToolchainVersions(stack: any): any {
  const copy = JSON.parse(JSON.stringify(stack));
  if (copy['//']?.metadata?.version) copy['//'].metadata.version = '<toolchain version>';
  const azurerm = copy.terraform?.required_providers?.azurerm;
  if (azurerm?.version) azurerm.version = '<azurerm version of the bindings>';
  return copy;
}
