import { IConstruct } from 'constructs';

/*
 * Construct order without walking the tree: the order of `node.findAll()` (pre-order, children
 * in the order they were added), which is the order cdktf synthesizes stacks in. Comparing two
 * constructs reads only their scopes and the children of the scope where their paths part, so
 * it costs nothing like a walk of an App with thousands of constructs.
 */

/**
 * Negative when `a` comes before `b` in construct order, positive when after, 0 when they are
 * the same construct. A scope comes before everything under it.
 */
export function compareConstructOrder(a: IConstruct, b: IConstruct): number {
  if (a === b) return 0;
  const scopesA = a.node.scopes;
  const scopesB = b.node.scopes;
  if (scopesA[0] !== scopesB[0]) {
    throw new Error(`cannot order '${a.node.path}' and '${b.node.path}': they are in different construct trees`);
  }
  let i = 1;
  while (i < scopesA.length && i < scopesB.length && scopesA[i] === scopesB[i]) i++;
  if (i === scopesA.length) return -1;
  if (i === scopesB.length) return 1;
  const siblings = scopesA[i - 1].node.children;
  return siblings.indexOf(scopesA[i]) - siblings.indexOf(scopesB[i]);
}

/** False when `construct` or one of its scopes was removed from its parent (`tryRemoveChild`). */
export function isInTree(construct: IConstruct): boolean {
  const scopes = construct.node.scopes;
  for (let i = 1; i < scopes.length; i++) {
    if (scopes[i - 1].node.tryFindChild(scopes[i].node.id) !== scopes[i]) return false;
  }
  return true;
}
