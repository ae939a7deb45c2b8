/** A rule ID that is no longer checked. IDs are a public contract: a retired one is never reused. */
export interface RetiredRule {
  /** The ID, e.g. `AZS202`. */
  readonly id: string;
  /** Why the rule was retired. */
  readonly reason: string;
}

/** Retired rule IDs, in ID order; the README lists them under its rule table. */
export const RETIRED_RULES: RetiredRule[] = [
  {
    id: 'AZS202',
    // Batch stopped opening default SSH/RDP endpoints with API 2024-07-01 and for every pool
    // created after 2025-11-30; azurerm (and the ARM output) use 2024-07-01 or later.
    reason:
      'it warned about the default SSH/RDP endpoints Batch opened before API version 2024-07-01 and before 2025-11-30; ' +
      'no pool this library creates can get them (https://learn.microsoft.com/azure/batch/pool-endpoint-configuration)',
  },
];
