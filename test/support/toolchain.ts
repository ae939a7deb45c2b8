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
