import { Construct, IConstruct } from 'constructs';
import { compareConstructOrder, isInTree } from '../../lib/core/construct-order';

/** A tree with several levels, siblings added out of name order, and leaves at every depth. */
function tree(): Construct {
  const root = new Construct(undefined as unknown as Construct, 'Root');
  const b = new Construct(root, 'B');
  const a = new Construct(root, 'A');
  new Construct(b, 'Leaf');
  const deep = new Construct(new Construct(a, 'Mid'), 'Deep');
  new Construct(deep, 'Z');
  new Construct(deep, 'Y');
  new Construct(a, 'Last');
  new Construct(root, 'C');
  return root;
}

describe('compareConstructOrder', () => {
  it('orders constructs as findAll() lists them (scopes first, children in the order they were added)', () => {
    const all = tree().node.findAll();
    // Reversed and interleaved, so the sort has to do the work.
    const shuffled = [...all].reverse().sort((x, y) => (x.node.path.length % 3) - (y.node.path.length % 3));
    expect(shuffled.map((c) => c.node.path)).not.toEqual(all.map((c) => c.node.path));
    expect([...shuffled].sort(compareConstructOrder).map((c) => c.node.path)).toEqual(all.map((c) => c.node.path));
  });

  it('puts a scope before what is under it, and is 0 only for the same construct', () => {
    const root = tree();
    const deep = root.node.findAll().find((c) => c.node.id === 'Deep') as IConstruct;
    const mid = deep.node.scope as IConstruct;
    expect(compareConstructOrder(mid, deep)).toBeLessThan(0);
    expect(compareConstructOrder(deep, mid)).toBeGreaterThan(0);
    expect(compareConstructOrder(root, deep)).toBeLessThan(0);
    expect(compareConstructOrder(deep, deep)).toBe(0);
  });

  it('refuses constructs of different trees', () => {
    const one = tree().node.findChild('A');
    const other = tree().node.findChild('A');
    expect(() => compareConstructOrder(one, other)).toThrow("cannot order 'Root/A' and 'Root/A': they are in different construct trees");
  });
});

describe('isInTree', () => {
  it('is false once the construct or one of its scopes is removed from its parent', () => {
    const root = tree();
    const a = root.node.findChild('A');
    const deep = a.node.findChild('Mid').node.findChild('Deep');
    const leaf = root.node.findChild('B').node.findChild('Leaf');
    expect([isInTree(deep), isInTree(leaf), isInTree(root)]).toEqual([true, true, true]);
    expect(a.node.tryRemoveChild('Mid')).toBe(true);
    expect(isInTree(deep)).toBe(false);
    expect(isInTree(leaf)).toBe(true);
  });
});
