import { TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { ConstructValidationError, InvalidValueError, withConstructPath } from '../../lib/core/errors';

describe('errors', () => {
  const stack = new TerraformStack(Testing.app(), 'Stack');
  const scope = new Construct(stack, 'Image');

  it('ConstructValidationError starts with the construct path', () => {
    const error = new ConstructValidationError(scope, "name 'x' is bad; rename it.");
    expect(error.message).toBe("[Stack/Image] name 'x' is bad; rename it.");
    expect(error.constructPath).toBe('Stack/Image');
    expect(error.name).toBe('ConstructValidationError');
    expect(error).toBeInstanceOf(Error);
  });

  it('withConstructPath adds the path to value errors', () => {
    expect(() =>
      withConstructPath(scope, () => {
        throw new InvalidValueError("'x' is not an ID");
      }),
    ).toThrow(new ConstructValidationError(scope, "'x' is not an ID"));
    expect(() =>
      withConstructPath(scope, () => {
        throw new InvalidValueError("'x' is not an ID");
      }),
    ).toThrow("[Stack/Image] 'x' is not an ID");
  });

  it('withConstructPath returns the value and leaves other errors alone', () => {
    expect(withConstructPath(scope, () => 42)).toBe(42);
    const other = new TypeError('bug');
    expect(() =>
      withConstructPath(scope, () => {
        throw other;
      }),
    ).toThrow(other);
  });
});
