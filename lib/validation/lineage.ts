import { isUnresolved } from '../core/tokens';
import { PoolDescription, ScaleDescription, ScaleMode } from './model';
import { shortList } from './wording';

/** The two node kinds Azure limits per custom-image lineage (fact F4). */
export enum NodeKind {
  /** Dedicated nodes: at most 2500 per lineage. */
  DEDICATED = 'dedicated',
  /** Spot/low-priority nodes: at most 1000 per lineage. */
  SPOT = 'Spot',
}

/**
 * Nodes of `kind` a pool may run: a fixed pool's target (0 when not set), an autoscale pool's
 * declared maximum, or undefined when an autoscale pool declares none. May be a token.
 */
export function declaredNodes(scale: ScaleDescription, kind: NodeKind): number | undefined {
  const value = kind === NodeKind.DEDICATED ? scale.dedicatedNodes : scale.spotNodes;
  if (scale.mode === ScaleMode.FIXED) return value ?? 0;
  return value;
}

/** The nodes of one kind that the pools of one lineage add up to. */
export interface LineageTotal {
  /** Sum of the known counts. */
  readonly total: number;
  /** How many pools were counted (autoscale pools without a maximum are not). */
  readonly pools: number;
  /** The pools and their counts, e.g. `'Stack/Render' 2000, 'Stack/Spot' (unknown)`, shortened. */
  readonly listing: string;
}

// The same array comes back from AppModel.poolsOfLineage for every pool of a lineage until
// the model changes, so keying on it computes each lineage's sum once per synth.
const TOTALS = new WeakMap<PoolDescription[], Map<NodeKind, LineageTotal>>();

/** Sum of `kind` nodes over `pools` (one lineage); autoscale pools without a maximum are left out. */
export function lineageTotal(pools: PoolDescription[], kind: NodeKind): LineageTotal {
  let byKind = TOTALS.get(pools);
  if (!byKind) {
    byKind = new Map();
    TOTALS.set(pools, byKind);
  }
  let result = byKind.get(kind);
  if (!result) {
    let total = 0;
    const entries: string[] = [];
    for (const pool of pools) {
      const count = declaredNodes(pool.scale, kind);
      if (count === undefined) continue;
      if (isUnresolved(count)) {
        entries.push(`'${pool.constructPath}' (unknown)`);
      } else {
        total += count;
        entries.push(`'${pool.constructPath}' ${count}`);
      }
    }
    result = { total, pools: entries.length, listing: shortList(entries) };
    byKind.set(kind, result);
  }
  return result;
}

const LISTINGS = new WeakMap<PoolDescription[], string>();

/** The construct paths of `pools` (one lineage), shortened; computed once per lineage. */
export function lineagePoolListing(pools: PoolDescription[]): string {
  let listing = LISTINGS.get(pools);
  if (listing === undefined) {
    listing = shortList(pools.map((p) => `'${p.constructPath}'`));
    LISTINGS.set(pools, listing);
  }
  return listing;
}
