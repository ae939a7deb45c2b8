import { evaluate, interpolation } from '../../support/hcl-evaluator';

describe('the test evaluator of guard expressions', () => {
  it("follows Terraform's operator precedence and conditional", () => {
    expect(evaluate('1 + 2 * 3 <= 7 && !false || false', {})).toBe(true);
    expect(evaluate('(1 + 2) * 3', {})).toBe(9);
    expect(evaluate('var.n > 2 ? "big" : "small"', { 'var.n': 3 })).toBe('big');
  });

  it('reads string escapes and escaped template markers', () => {
    expect(evaluate('"a\\"b$${c}%%{d}"', {})).toBe('a"b${c}%{d}');
    expect(() => evaluate('"\\s"', {})).toThrow(/invalid escape/);
  });

  it('fails on unknown references and functions rather than guessing', () => {
    expect(() => evaluate('var.missing == 1', {})).toThrow(/unknown reference var.missing/);
    expect(() => evaluate('upper("a")', {})).toThrow(/function upper is not supported/);
    expect(() => evaluate('lower("a", "b")', {})).toThrow(/takes 1 arguments/);
  });

  it('implements the functions the guards use', () => {
    expect(evaluate('contains(split(",", lower(replace("East US,West Europe", " ", ""))), "westeurope")', {})).toBe(true);
    expect(evaluate('trimprefix(element(split(" ", trimspace("  batch.node.el 9")), 0), "batch.node.")', {})).toBe('el');
    expect(evaluate('join("-", ["a", "b"])', {})).toBe('a-b');
    expect(evaluate('length([1, 2, 3])', {})).toBe(3);
  });

  it('unwraps a single interpolation', () => {
    expect(interpolation('${var.a == 1}')).toBe('var.a == 1');
    expect(() => interpolation('x ${var.a}')).toThrow(/not a single interpolation/);
  });
});
