import { IConstruct } from 'constructs';
import { AccountDescription, ImageDescription, PoolDescription } from './model';

type Describe<T> = () => T;

/**
 * Per-App index of the constructs the rules look at. Constructs register themselves when they
 * are created; descriptions are computed lazily (once per change of the index) so that
 * changes made after construction are seen and cross-pool rules stay linear.
 */
export class AppModel {
  /** The model of the App that `scope` belongs to. */
  public static of(scope: IConstruct): AppModel {
    const root = scope.node.root;
    let model = MODELS.get(root);
    if (!model) {
      model = new AppModel();
      MODELS.set(root, model);
    }
    return model;
  }

  private readonly pools = new Map<IConstruct, Describe<PoolDescription>>();
  private readonly images = new Map<IConstruct, Describe<ImageDescription>>();
  private readonly accounts = new Map<IConstruct, Describe<AccountDescription>>();
  private version = 0;
  private cacheVersion = -1;
  private poolCache = new Map<IConstruct, PoolDescription>();
  private lineageCache = new Map<string, PoolDescription[]>();

  public registerPool(pool: IConstruct, describe: Describe<PoolDescription>): void {
    this.pools.set(pool, describe);
    this.version++;
  }

  public registerImage(image: IConstruct, describe: Describe<ImageDescription>): void {
    this.images.set(image, describe);
    this.version++;
  }

  public registerAccount(account: IConstruct, describe: Describe<AccountDescription>): void {
    this.accounts.set(account, describe);
    this.version++;
  }

  /** The pool description of `node`, if it is a registered pool. */
  public poolOf(node: IConstruct): PoolDescription | undefined {
    if (!this.pools.has(node)) return undefined;
    this.refresh();
    return this.poolCache.get(node);
  }

  /** The image description of `node`, if it is a registered image. */
  public imageOf(node: IConstruct): ImageDescription | undefined {
    return this.images.get(node)?.();
  }

  /** The account description of `node`, if it is a registered account. */
  public accountOf(node: IConstruct): AccountDescription | undefined {
    return this.accounts.get(node)?.();
  }

  /**
   * All pools of the App whose image has `lineage` (compared ignoring case, as Azure resource
   * IDs are), in construct-path order. The same array is returned until the model changes.
   */
  public poolsOfLineage(lineage: string): PoolDescription[] {
    this.refresh();
    return this.lineageCache.get(lineageKey(lineage)) ?? [];
  }

  /** Every registered pool, described. */
  public allPools(): PoolDescription[] {
    this.refresh();
    return [...this.poolCache.values()];
  }

  /** Forgets cached descriptions, e.g. after a construct was changed in place. */
  public invalidate(): void {
    this.version++;
  }

  private refresh(): void {
    if (this.cacheVersion === this.version) return;
    this.poolCache = new Map();
    this.lineageCache = new Map();
    for (const [construct, describe] of this.pools) {
      const pool = describe();
      this.poolCache.set(construct, pool);
      const key = lineageKey(pool.image.lineage);
      const group = this.lineageCache.get(key);
      if (group) group.push(pool);
      else this.lineageCache.set(key, [pool]);
    }
    for (const group of this.lineageCache.values()) {
      group.sort((a, b) => (a.constructPath < b.constructPath ? -1 : a.constructPath > b.constructPath ? 1 : 0));
    }
    this.cacheVersion = this.version;
  }
}

const MODELS = new WeakMap<IConstruct, AppModel>();

// Lineage keys are resource IDs (or tokens, which stay unique when lower-cased).
function lineageKey(lineage: string): string {
  return lineage.toLowerCase();
}
