import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { InvalidValueError } from '../../lib/core/errors';
import { normalizeLocation, sameLocation, validateLocation } from '../../lib/core/location';

describe('locations', () => {
  it.each(['West Europe', 'westeurope', 'WestEurope', 'WESTEUROPE', 'West  Europe'])('normalises %j to westeurope', (name) => {
    expect(normalizeLocation(name)).toBe('westeurope');
  });

  it('treats display and short names of one region as the same region', () => {
    expect(sameLocation('West Europe', 'westeurope')).toBe(true);
    expect(sameLocation('WestEurope', 'West Europe')).toBe(true);
    expect(sameLocation('westeurope', 'northeurope')).toBe(false);
    expect(sameLocation('eastus', 'eastus2')).toBe(false);
  });

  it('never calls a token the same region, even as itself', () => {
    const stack = new TerraformStack(Testing.app(), 'S');
    const location = new TerraformVariable(stack, 'location', { type: 'string' }).stringValue;
    expect(sameLocation(location, 'westeurope')).toBe(false);
    expect(sameLocation(location, location)).toBe(false);
  });

  it.each(['westeurope', 'West Europe', 'eastus2', 'Germany West Central'])('accepts %j', (name) => {
    expect(() => validateLocation(name)).not.toThrow();
  });

  it.each(['', ' ', ' westeurope', 'westeurope ', 'west-europe', 'west_europe', '1westeurope', 'w', 'West\tEurope', 'x'.repeat(51)])(
    'rejects %j naming the value and a fix',
    (name) => {
      expect(() => validateLocation(name)).toThrow(InvalidValueError);
      expect(() => validateLocation(name)).toThrow(
        `location '${name}' is not an Azure region name; use a region such as 'westeurope' or 'West Europe'.`,
      );
    },
  );

  it('does not check tokens', () => {
    const stack = new TerraformStack(Testing.app(), 'S');
    expect(() => validateLocation(new TerraformVariable(stack, 'location', { type: 'string' }).stringValue)).not.toThrow();
  });
});
