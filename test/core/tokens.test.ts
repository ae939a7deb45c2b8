import { Fn, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { isUnresolved, knownOrUndefined } from '../../lib/core/tokens';

describe('isUnresolved', () => {
  const stack = new TerraformStack(Testing.app(), 'S');
  const variable = new TerraformVariable(stack, 'loc', { type: 'string' });

  it('treats literals as resolved', () => {
    expect(isUnresolved('westeurope')).toBe(false);
    expect(isUnresolved(42)).toBe(false);
    expect(isUnresolved(undefined)).toBe(false);
    expect(isUnresolved(['a', 'b'])).toBe(false);
    expect(isUnresolved({ a: 'b' })).toBe(false);
  });

  it('detects string, number, list and nested tokens', () => {
    expect(isUnresolved(variable.stringValue)).toBe(true);
    expect(isUnresolved(variable.numberValue)).toBe(true);
    expect(isUnresolved(`prefix-${variable.stringValue}`)).toBe(true);
    expect(isUnresolved(variable.listValue)).toBe(true);
    expect(isUnresolved({ nested: [variable.stringValue] })).toBe(true);
    expect(isUnresolved(Fn.lower('X'))).toBe(true);
  });

  it('knownOrUndefined drops tokens', () => {
    expect(knownOrUndefined('x')).toBe('x');
    expect(knownOrUndefined(variable.stringValue)).toBeUndefined();
  });
});
