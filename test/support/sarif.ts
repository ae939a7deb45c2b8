/*
 * Loads @microsoft/jest-sarif's matchers (`toBeValidSarifLog`, which validates against the
 * official SARIF 2.1.0 schema). Its 1.0.0-beta.0 build requires `tslib` without declaring it:
 * tslib is pinned as a devDependency for it.
 */
require('@microsoft/jest-sarif');

export {};

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** The value is a valid SARIF 2.1.0 log. */
      toBeValidSarifLog(): R;
    }
  }
}
