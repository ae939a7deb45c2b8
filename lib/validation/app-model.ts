import { IConstruct } from 'constructs';
import { lineageExpression, lineageFamily, lineageKey } from './lineage';
import { LineageFamilyPools } from './rule';
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
  private familyCache = new Map<string, LineageFamilyPools>();
  private imageCache = new Map<string, PoolDescription[]>();

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
   * All pools of the App whose image has `lineage` (resource IDs compared ignoring case, as
   * Azure compares them), in construct-path order. The same array is returned until the model
   * changes.
   */
  public poolsOfLineage(lineage: string): PoolDescription[] {
    this.refresh();
    return this.lineageCache.get(lineageKey(lineage)) ?? [];
  }

  /**
   * All pools of the App whose image lineage is of the family of `lineage`, and those of them
   * whose lineage comes from a token ID. The same arrays are returned until the model changes.
   */
  public poolsOfLineageFamily(lineage: string): LineageFamilyPools {
    this.refresh();
    return this.familyCache.get(lineageFamily(lineage)) ?? NO_POOLS;
  }

  /**
   * All pools of the App on `image`: the pools of the same construct for an image created here,
   * of any import of the same ID otherwise. The same array is returned until the model changes.
   */
  public poolsOfImage(image: ImageDescription): PoolDescription[] {
    this.refresh();
    return this.imageCache.get(imageKey(image)) ?? [];
  }

  private refresh(): void {
    if (this.cacheVersion === this.version) return;
    this.poolCache = new Map();
    this.lineageCache = new Map();
    this.familyCache = new Map();
    this.imageCache = new Map();
    for (const [construct, describe] of this.pools) {
      const pool = describe();
      this.poolCache.set(construct, pool);
      const lineage = pool.image.lineage;
      const key = lineageKey(lineage);
      const group = this.lineageCache.get(key);
      if (group) group.push(pool);
      else this.lineageCache.set(key, [pool]);
      const familyKey = lineageFamily(lineage);
      let family = this.familyCache.get(familyKey);
      if (!family) {
        family = { pools: [], tokenPools: [] };
        this.familyCache.set(familyKey, family);
      }
      family.pools.push(pool);
      if (lineageExpression(lineage) !== undefined) family.tokenPools.push(pool);
      const byImage = this.imageCache.get(imageKey(pool.image));
      if (byImage) byImage.push(pool);
      else this.imageCache.set(imageKey(pool.image), [pool]);
    }
    for (const group of this.imageCache.values()) group.sort(byConstructPath);
    for (const group of this.lineageCache.values()) group.sort(byConstructPath);
    for (const family of this.familyCache.values()) {
      family.pools.sort(byConstructPath);
      family.tokenPools.sort(byConstructPath);
    }
    this.cacheVersion = this.version;
  }
}

const MODELS = new WeakMap<IConstruct, AppModel>();
const NO_POOLS: LineageFamilyPools = { pools: [], tokenPools: [] };

function byConstructPath(a: PoolDescription, b: PoolDescription): number {
  return a.constructPath < b.constructPath ? -1 : a.constructPath > b.constructPath ? 1 : 0;
}

/** Images created here are told apart by construct; imports of one ID are one image. */
function imageKey(image: ImageDescription): string {
  return image.managedInApp ? `construct:${image.constructPath}` : `id:${lineageKey(image.lineage)}`;
}
