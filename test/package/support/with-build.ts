import { buildOutputProblem } from '../../../scripts/build-output';
import { FLAVOUR, PACKAGE_ROOT } from '../../support/toolchain';

/**
 * `describe` for specifications that read the jsii build output of this run's toolchain (the
 * repository root on cdktf, dist-cdktn/ on CDK Terrain). Without a current build they
 * are skipped, saying why; with REQUIRE_BUILD=1 (CI, after `npm run build:jsii` and `build:cdktn`) a missing or
 * stale build fails instead, so CI cannot pass by skipping them.
 */
export function describeWithBuild(name: string, specs: () => void): void {
  const problem = buildOutputProblem(PACKAGE_ROOT);
  if (problem === undefined) {
    describe(name, specs);
  } else if (process.env.REQUIRE_BUILD) {
    describe(name, () => {
      test('has a current jsii build', () => {
        throw new Error(`${problem}; run \`npm run ${FLAVOUR.buildScript}\` before the tests`);
      });
    });
  } else {
    describe.skip(`${name} (skipped: ${problem}; run \`npm run ${FLAVOUR.buildScript}\`)`, specs);
  }
}
