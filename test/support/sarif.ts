/*
 * Loads @microsoft/jest-sarif's matchers (`toBeValidSarifLog`, which validates against the
 * official SARIF 2.1.0 schema). Its 1.0.0-beta.0 build requires `tslib` without declaring it, and
 * nothing else here installs tslib: the two helpers it uses are provided to it, for this require only.
 */
jest.doMock(
  'tslib',
  () => ({
    __importDefault: (mod: { __esModule?: boolean }) => (mod && mod.__esModule ? mod : { default: mod }),
    __exportStar: (mod: object, exports: object) => {
      for (const [key, value] of Object.entries(mod)) if (key !== 'default' && !(key in exports)) Object.defineProperty(exports, key, { enumerable: true, get: () => value });
    },
  }),
  { virtual: true },
);
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
