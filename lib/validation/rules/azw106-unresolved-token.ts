import { Rule, RuleSeverity } from '../rule';

/**
 * AZW106: emitted by the checks themselves when another rule meets a value that is a
 * Terraform token (known only at plan time). The rule is not guessed; this warning says which
 * rule was skipped and which value blocked it.
 */
export const AZW106: Rule = {
  id: 'AZW106',
  severity: RuleSeverity.WARNING,
  title: 'A rule could not be evaluated because a value is an unresolved Terraform token',
  source: 'this library: rules never guess token values',
};
