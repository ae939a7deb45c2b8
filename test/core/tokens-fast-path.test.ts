import { Token } from 'cdktf';
import { isUnresolved } from '../../lib/core/tokens';

// isUnresolved answers literals without asking cdktf; it must still agree with cdktf.
describe('isUnresolved on literals that look like tokens', () => {
  it('agrees with cdktf on negative, fractional, huge and special numbers', () => {
    for (const n of [-1, -0.5, 0, 2 ** 53, -(2 ** 53) - 2, -1e300, -Number.MAX_VALUE, -Infinity, NaN]) {
      expect(isUnresolved(n)).toBe(Token.isUnresolved(n));
    }
    expect(isUnresolved(Token.asNumber('${var.x}'))).toBe(true);
  });

  it('agrees with cdktf on strings with template or marker-like text', () => {
    for (const s of ['${var.x}', '#{TfToken[TOKEN.1]}', 'TfToken[', '${TfToken[', '${TfToken[TOKEN.999999]}']) {
      expect(isUnresolved(s)).toBe(Token.isUnresolved(s));
    }
    expect(isUnresolved(`a-${Token.asString({ resolve: () => 'x' })}`)).toBe(true);
  });
});
