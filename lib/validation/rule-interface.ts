import { Finding } from './finding';
import { AccountDescription, ImageDescription, PoolDescription } from './model';
import { RuleInfo, RuleSeverity } from './rule-info';

/** The pools of one lineage family (see `IRuleContext.poolsOfLineageFamily`). */
export interface LineageFamilyPools {
  /** Every pool whose image lineage is of the family. */
  readonly pools: PoolDescription[];
  /** Those of them whose lineage comes from a token ID. */
  readonly tokenPools: PoolDescription[];
}

/** What rules can read besides the pool, image or account they check. */
export interface IRuleContext {
  /** The date time-dependent rules judge against (context `batchImages.evaluationDate`, else today). */
  readonly evaluationDate: Date;

  /** All pools in the whole App whose image has `lineage`, in construct-path order. */
  poolsOfLineage(lineage: string): PoolDescription[];

  /**
   * All pools in the whole App whose image lineage is of the same family as `lineage` (snapshot,
   * image or gallery version), and those of them whose lineage comes from a token: the pools
   * that may share `lineage` although it is not known.
   */
  poolsOfLineageFamily(lineage: string): LineageFamilyPools;

  /**
   * All pools in the whole App that run on `image` (for an image imported by ID, on any import
   * of the same ID), in construct-path order.
   */
  poolsOfImage(image: ImageDescription): PoolDescription[];
}

/**
 * A synth-time rule: the library's own rules and a platform team's rules implement it alike.
 *
 * Each check returns the findings for one pool, image or Batch account (empty when all is well).
 * Register a rule with `CustomImagePoolChecks.of(scope).addRule(rule)`; extend `CustomRule` to
 * write only the checks a rule needs.
 */
export interface IRule {
  /** Stable ID, e.g. `ORG001`. Suppress the rule by this ID. `AZB`, `AZS` and `AZW` are the library's. */
  readonly id: string;
  /** One line: what the rule checks. */
  readonly title: string;
  /** Default severity of the rule's findings. */
  readonly severity: RuleSeverity;
  /** Where the rule comes from: a policy, a document, a URL. */
  readonly source: string;

  /** Checks one Batch pool. */
  checkPool(pool: PoolDescription, context: IRuleContext): Finding[];

  /** Checks one image created or imported in the App. */
  checkImage(image: ImageDescription, context: IRuleContext): Finding[];

  /** Checks one Batch account created or imported in the App. */
  checkAccount(account: AccountDescription, context: IRuleContext): Finding[];
}

/**
 * Base class for rules: every check finds nothing until overridden.
 *
 * @example
 * class AllowedVmSizes extends CustomRule {
 *   constructor() {
 *     super({ id: 'ORG001', title: 'Pools use an approved VM size', severity: RuleSeverity.ERROR, source: 'Platform policy P-12' });
 *   }
 *   public checkPool(pool: PoolDescription): Finding[] {
 *     return pool.vmSize === 'Standard_D4s_v5' ? [] : [Findings.of(`VM size '${pool.vmSize}' is not approved`, "use 'Standard_D4s_v5'")];
 *   }
 * }
 */
export abstract class CustomRule implements IRule {
  /** Stable ID, e.g. `ORG001`. */
  public readonly id: string;
  /** One line: what the rule checks. */
  public readonly title: string;
  /** Default severity of the rule's findings. */
  public readonly severity: RuleSeverity;
  /** Where the rule comes from: a policy, a document, a URL. */
  public readonly source: string;

  constructor(info: RuleInfo) {
    this.id = info.id;
    this.title = info.title;
    this.severity = info.severity;
    this.source = info.source;
  }

  /** Checks one Batch pool. */
  public checkPool(pool: PoolDescription, context: IRuleContext): Finding[] {
    return noFindings(pool, context);
  }

  /** Checks one image created or imported in the App. */
  public checkImage(image: ImageDescription, context: IRuleContext): Finding[] {
    return noFindings(image, context);
  }

  /** Checks one Batch account created or imported in the App. */
  public checkAccount(account: AccountDescription, context: IRuleContext): Finding[] {
    return noFindings(account, context);
  }
}

/**
 * The checks' parameters keep their names (no `_` prefix) although unused: other languages
 * see them as keyword names, e.g. `check_pool(self, pool, context)` in Python.
 */
function noFindings(..._ignored: unknown[]): Finding[] {
  return [];
}

/** A named set of rules a platform team publishes, added with `CustomImagePoolChecks.of(scope).addPack(pack)`. */
export interface RulePack {
  /** The pack's name, e.g. `acme-platform`; shown in the SARIF report as each rule's tag. */
  readonly name: string;
  /** The pack's rules. */
  readonly rules: IRule[];
}
