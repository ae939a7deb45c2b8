import { escapeTemplates } from '../../lib/core/template-escape';

// Every L1 configuration passes through escapeTemplates: it copies only what it changes.
describe('escapeTemplates copies', () => {
  it('returns the configuration itself when nothing needs escaping', () => {
    const config = { name: 'pool', tags: { team: 'render' }, list: ['a', { b: 'c' }], count: 3 };
    expect(escapeTemplates(config)).toBe(config);
  });

  it('copies only the objects and arrays on the path to an escaped value, and leaves the input as it was', () => {
    const untouched = { team: 'render' };
    const config = { name: 'pool', tags: untouched, list: ['a', { b: '${x}' }] };
    const escaped = escapeTemplates(config);
    expect(escaped).toEqual({ name: 'pool', tags: { team: 'render' }, list: ['a', { b: '$${x}' }] });
    expect(escaped).not.toBe(config);
    expect(escaped.tags).toBe(untouched);
    expect(config.list[1]).toEqual({ b: '${x}' });
  });

  it('copies an object whose key needs escaping, keeping the order of its keys', () => {
    const config = { first: 1, '${key}': 2, last: 3 };
    expect(Object.keys(escapeTemplates(config))).toEqual(['first', '$${key}', 'last']);
  });
});
