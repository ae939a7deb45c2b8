import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { Duration } from '../../lib/core/duration';
import { ConstructValidationError, InvalidValueError } from '../../lib/core/errors';
import {
  describeMismatch,
  optionalArray,
  optionalBoolean,
  optionalEnumValue,
  optionalStringMap,
  requireConstruct,
  requireEnumValue,
  requireNumber,
  requireObject,
  requireProp,
  requireString,
} from '../../lib/core/guards';
import { OsType } from '../../lib/core/os-type';
import { ResourceId } from '../../lib/core/resource-id';

function setup(): { stack: TerraformStack; scope: Construct } {
  const stack = new TerraformStack(Testing.app(), 'Stack');
  return { stack, scope: new Construct(stack, 'Thing') };
}

describe('shape guards', () => {
  const { stack, scope } = setup();
  const stringToken = new TerraformVariable(stack, 's', { type: 'string' }).stringValue;
  const numberToken = new TerraformVariable(stack, 'n', { type: 'number' }).numberValue;
  const bareConstruct = new Construct(stack, 'Image');
  const withoutMethod = Object.assign(new Construct(stack, 'Image2'), { imageId: 'x' });

  it.each<[string, () => void, string]>([
    ['a missing prop', () => requireProp(scope, 'name', undefined, "pass a name, e.g. 'x'"), "[Stack/Thing] name is missing; pass a name, e.g. 'x'."],
    ['a null prop', () => requireProp(scope, 'name', null, "pass a name, e.g. 'x'"), "[Stack/Thing] name is null; pass a name, e.g. 'x'."],
    ['a number for a string', () => requireString(scope, 'name', 42, 'pass a name'), '[Stack/Thing] name is 42 (a number), not a string; pass a name.'],
    ['a string for a number', () => requireNumber(scope, 'count', '3', 'pass a whole number, e.g. 3'), "[Stack/Thing] count is '3' (a string), not a number; pass a whole number, e.g. 3."],
    ['a list for an object', () => requireObject(scope, 'props', [], 'pass the props'), '[Stack/Thing] props is an array, not an object; pass the props.'],
    ['a string for a boolean', () => optionalBoolean(scope, 'flag', 'yes'), "[Stack/Thing] flag is 'yes' (a string), not a boolean; pass true or false, or leave it out for the default."],
    ['a value outside an enum', () => requireEnumValue(scope, 'osType', 'Mac', OsType, 'OsType'), "[Stack/Thing] osType is 'Mac', not an OsType; use OsType.LINUX or OsType.WINDOWS."],
    ['an enum value in the wrong case', () => optionalEnumValue(scope, 'osType', 'linux', OsType, 'OsType'), "[Stack/Thing] osType is 'linux', not an OsType; use OsType.LINUX or OsType.WINDOWS."],
    ['a missing enum value', () => requireEnumValue(scope, 'osType', undefined, OsType, 'OsType'), '[Stack/Thing] osType is missing; use OsType.LINUX or OsType.WINDOWS.'],
    ['an object for a list', () => optionalArray(scope, 'disks', {}, 'pass a list'), '[Stack/Thing] disks is an object, not an array; pass a list.'],
    ['null in a list', () => optionalArray(scope, 'disks', [{}, null], 'pass a list', (d, at) => requireObject(scope, at, d, 'pass a disk')), '[Stack/Thing] disks[1] is null; pass a disk.'],
    ['a number in a string map', () => optionalStringMap(scope, 'tags', { team: 7 }), "[Stack/Thing] tags['team'] is 7 (a number), not a string; pass an object of string values, e.g. { team: 'render' }."],
    ['a plain object for a construct', () => requireConstruct(scope, 'image', {}, 'IImage', { strings: ['imageId'] }, 'pass an image'), '[Stack/Thing] image is an object without a construct node, not an IImage; pass an image.'],
    ['a construct without a member', () => requireConstruct(scope, 'image', bareConstruct, 'IImage', { strings: ['imageId'] }, 'pass an image'), '[Stack/Thing] image is an object whose imageId is undefined, not an IImage; pass an image.'],
    ['a construct without a method', () => requireConstruct(scope, 'image', withoutMethod, 'IImage', { methods: ['describeImage'] }, 'pass an image'), '[Stack/Thing] image is an object without a describeImage() method, not an IImage; pass an image.'],
  ])('rejects %s, naming the path, the value and the fix', (_, check, message) => {
    expect(check).toThrow(ConstructValidationError);
    expect(check).toThrow(message);
  });

  it('lets tokens through wherever a value may be a token', () => {
    expect(() => requireString(scope, 'name', stringToken, 'x')).not.toThrow();
    expect(() => requireNumber(scope, 'count', numberToken, 'x')).not.toThrow();
    expect(() => requireEnumValue(scope, 'osType', stringToken as OsType, OsType, 'OsType')).not.toThrow();
    expect(() => optionalStringMap(scope, 'tags', { team: stringToken })).not.toThrow();
    expect(() => optionalArray(scope, 'ids', [stringToken], 'x', (id, at) => requireString(scope, at, id, 'x'))).not.toThrow();
  });

  it('lets optional values be left out', () => {
    expect(() => optionalEnumValue(scope, 'osType', undefined, OsType, 'OsType')).not.toThrow();
    expect(() => optionalArray(scope, 'disks', undefined, 'x')).not.toThrow();
    expect(() => optionalBoolean(scope, 'flag', undefined)).not.toThrow();
    expect(() => optionalStringMap(scope, 'tags', undefined)).not.toThrow();
  });

  it('describes a value of the wrong type without repeating its kind', () => {
    expect(describeMismatch('3', 'a number')).toBe("is '3' (a string), not a number");
    expect(describeMismatch({}, 'an array')).toBe('is an object, not an array');
    expect(describeMismatch(undefined, 'a string')).toBe('is undefined, not a string');
  });
});

describe('core value types under wrong-typed input', () => {
  it.each<[string, () => unknown, string]>([
    ['ResourceId.parse of a number', () => ResourceId.parse(123 as any), 'resource ID is 123 (a number), not a string; pass an ID shaped /subscriptions/'],
    ['ResourceId.format of an empty object', () => ResourceId.format({} as any), 'resource ID part subscriptionId is undefined, not a string; pass { subscriptionId, resourceGroupName, providerNamespace, types: [...], names: [...] }'],
    ['ResourceId.format without names', () => ResourceId.format({ subscriptionId: 's', resourceGroupName: 'rg', providerNamespace: 'Microsoft.Compute', types: ['images'] } as any), 'resource ID part names is undefined, not an array of strings'],
    ['ResourceId.format of null', () => ResourceId.format(null as any), 'resource ID parts is null, not an object'],
    ['Duration.minutes of a string', () => Duration.minutes('5' as any), "duration amount is '5' (a string), not a number; pass a number, e.g. Duration.minutes(30)."],
    ['Duration.hours of undefined', () => Duration.hours(undefined as any), 'duration amount is undefined, not a number; pass a number, e.g. Duration.hours(1).'],
    ['Duration.parse of a number', () => Duration.parse(30 as any), "duration is 30 (a number), not an ISO 8601 duration string; write e.g. 'PT30M' or 'PT1H30M'."],
  ])('%s throws an InvalidValueError that says what the type should be', (_, make, message) => {
    expect(make).toThrow(InvalidValueError);
    expect(make).toThrow(message);
  });
});
