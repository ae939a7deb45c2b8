import { buildOutputProblem } from '../../../scripts/build-output';

/**
 * `describe` for specifications that read the jsii build output. Without a current build they
 * are skipped, saying why; with REQUIRE_BUILD=1 (CI, after `npm run build:jsii`) a missing or
 * stale build fails instead, so CI cannot pass by skipping them.
 */
export function describeWithBuild(name: string, specs: () => void): void {
  const problem = buildOutputProblem();
  if (problem === undefined) {
    describe(name, specs);
  } else if (process.env.REQUIRE_BUILD) {
    describe(name, () => {
      test('has a current jsii build', () => {
        throw new Error(`${problem}; run \`npm run build:jsii\` before the tests`);
      });
    });
  } else {
    describe.skip(`${name} (skipped: ${problem}; run \`npm run build:jsii\`)`, specs);
  }
}
