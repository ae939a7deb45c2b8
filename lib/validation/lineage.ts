import { TerraformStack } from 'cdktf';
import { PoolRollout } from '../spec/pool-rollout';
import { IConstruct } from 'constructs';
import { isUnresolved } from '../core/tokens';
import { PoolDescription, ScaleDescription, ScaleMode } from './model';
import { LineageFamilyPools, unresolved, Unresolved } from './rule';
import { terraformExpression } from './token-expression';
import { imageLabel, shortList } from './wording';

/*
 * Lineage keys (fact F4: pools on one image, or on images from one OS-disk snapshot, share node
 * limits) have the form `<family>:<lower-cased resource ID>`, family `disk` (snapshots taken
 * here by `DiskSnapshot` continue their disk's lineage), `snapshot`, `image` or `gallery-version`. An ID that is a Terraform token is keyed on the Terraform expression it
 * resolves to in the construct's stack: `<family>-token:<stack path>:<expression>`, e.g.
 * `snapshot-token:batch-images:${var.snap}`. Two token IDs with the same expression in one stack
 * name the same resource, so they share a lineage for certain; any other pair of IDs of one
 * family, one of them a token, may or may not name the same resource. The rules that aggregate
 * by lineage count what is certain and report what may be shared as AZW106 (see
 * `lineageMayBeShared`). Families never match each other (a snapshot ID is never an image ID).
 */

const TOKEN_LINEAGE = /^([a-z][a-z-]*)-token:([^:]*):([\s\S]*)$/;
const FAMILY = /^([a-z][a-z-]*?)(?:-token)?:/i;

/** The lineage of a resource whose ID is the token `id`: keyed on its Terraform expression. */
export function tokenLineage(scope: IConstruct, family: string, id: string): string {
  const stack = TerraformStack.of(scope).node.path;
  // An expression that cannot be resolved stays unique to the construct.
  const expression = terraformExpression(scope, id) ?? `(a token of ${scope.node.path})`;
  return `${family}-token:${encodeURIComponent(stack)}:${expression}`;
}

/** The Terraform expression of a token lineage; undefined for a lineage from a known ID. */
export function lineageExpression(lineage: string): string | undefined {
  return TOKEN_LINEAGE.exec(lineage)?.[3];
}

/** `disk`, `snapshot`, `image`, `gallery-version` (or the prefix of a custom lineage); '' when none. */
export function lineageFamily(lineage: string): string {
  return FAMILY.exec(lineage)?.[1].toLowerCase() ?? '';
}

/**
 * The key lineages are grouped by: resource IDs compare ignoring case, as Azure compares them;
 * Terraform expressions are case-sensitive.
 */
export function lineageKey(lineage: string): string {
  return lineageExpression(lineage) === undefined ? lineage.toLowerCase() : lineage;
}

const FAMILY_NOUNS: { [family: string]: string } = {
  disk: 'the source disk ID',
  snapshot: 'the OS-disk snapshot ID',
  image: 'the image ID',
  'gallery-version': 'the gallery image version ID',
};

/**
 * The AZW106 result for a pool whose lineage may be shared with pools of other lineages (one of
 * them from a token): names the token, the pool's own when its lineage is one, otherwise the
 * first token lineage of its family.
 */
export function lineageMayBeShared(pool: PoolDescription, family: LineageFamilyPools): Unresolved {
  const own = lineageExpression(pool.image.lineage);
  const noun = FAMILY_NOUNS[lineageFamily(pool.image.lineage)] ?? 'the lineage';
  if (own !== undefined) {
    return unresolved(`${noun} of ${imageLabel(pool.image)}, which may equal that of images of other pools,`, own);
  }
  const other = family.tokenPools[0];
  return unresolved(
    `${noun} of ${imageLabel(other.image)} (pool '${other.constructPath}'), which may equal that of ${imageLabel(pool.image)},`,
    lineageExpression(other.image.lineage),
  );
}

/**
 * How many pools may share the lineage of `pool` at most: a token lineage may be the same as any
 * other lineage of its family, a known one as any token lineage of its family.
 */
export function possibleLineagePools(pool: PoolDescription, own: PoolDescription[], family: LineageFamilyPools): number {
  if (lineageExpression(pool.image.lineage) !== undefined) return family.pools.length;
  return own.length + family.tokenPools.length;
}

/** The most `kind` nodes the pools that may share the lineage of `pool` add up to (see `possibleLineagePools`). */
export function possibleLineageTotal(pool: PoolDescription, own: LineageTotal, family: LineageFamilyPools, kind: NodeKind): number {
  if (lineageExpression(pool.image.lineage) !== undefined) return lineageTotal(family.pools, kind).total;
  return own.total + lineageTotal(family.tokenPools, kind).total;
}

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
  /** How many of them were counted twice, as blue/green pools (see `overlapFactor`). */
  readonly rollovers: number;
  /** The pools and their counts, e.g. `'Stack/Render' 2000, 'Stack/Spot' (unknown)`, shortened. */
  readonly listing: string;
}

// The same array comes back from AppModel.poolsOfLineage (and poolsOfLineageFamily) for every
// pool of a lineage until the model changes, so keying on it computes each sum once per synth.
const TOTALS = new WeakMap<PoolDescription[], Map<NodeKind, LineageTotal>>();

/** Sum of `kind` nodes over `pools` (one lineage, or one family); autoscale pools without a maximum are left out. */
export function lineageTotal(pools: PoolDescription[], kind: NodeKind): LineageTotal {
  let byKind = TOTALS.get(pools);
  if (!byKind) {
    byKind = new Map();
    TOTALS.set(pools, byKind);
  }
  let result = byKind.get(kind);
  if (!result) {
    let total = 0;
    let rollovers = 0;
    const entries: string[] = [];
    for (const pool of pools) {
      const count = declaredNodes(pool.scale, kind);
      if (count === undefined) continue;
      const factor = overlapFactor(pool);
      if (factor > 1) rollovers++;
      if (isUnresolved(count)) {
        entries.push(`'${pool.constructPath}' (unknown)`);
      } else {
        total += count * factor;
        entries.push(factor > 1 ? `'${pool.constructPath}' ${count} x2 (blue/green)` : `'${pool.constructPath}' ${count}`);
      }
    }
    result = { total, pools: entries.length, rollovers, listing: shortList(entries) };
    byKind.set(kind, result);
  }
  return result;
}

/**
 * How many times a pool's nodes count against its lineage's limits: twice for a
 * `PoolRollout.BLUE_GREEN` pool, whose predecessor (same size, an image from the same disk or
 * snapshot) keeps running until the new pool exists; once otherwise.
 */
export function overlapFactor(pool: PoolDescription): number {
  return pool.rollout === PoolRollout.BLUE_GREEN ? 2 : 1;
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
