/** How a rule's finding affects synth. */
export enum RuleSeverity {
  /** Recorded as an error annotation: `cdktf synth` fails and lists every error. */
  ERROR = 'error',
  /** Recorded as a warning annotation in `cdktf.out/manifest.json`; synth goes on. */
  WARNING = 'warning',
}

/** What the README's rule table says about a rule; also what a `CustomRule` is constructed with. */
export interface RuleInfo {
  /** Stable public ID, e.g. `AZB001` (or `ORG001` for a custom rule). Suppress a rule by this ID. */
  readonly id: string;
  /** Default severity (a finding may override it, e.g. a date-dependent rule). */
  readonly severity: RuleSeverity;
  /** One line: what the rule checks. */
  readonly title: string;
  /** Where the rule comes from: for the library's rules, a fact of the design and the Azure documentation URL. */
  readonly source: string;
}
