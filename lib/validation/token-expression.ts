import { DefaultTokenResolver, StringConcat, Tokenization } from 'cdktf';
import { IConstruct } from 'constructs';

/**
 * The Terraform expression a token stands for in the stack of `scope`, e.g. `${var.location}`
 * or `${azurerm_snapshot.os.id}`; undefined when it cannot be resolved. Resolving does not
 * prepare cross-stack references, so it has no side effects and may run at construction.
 */
export function terraformExpression(scope: IConstruct, value: unknown): string | undefined {
  try {
    const resolved = Tokenization.resolve(value, { scope, resolver: new DefaultTokenResolver(new StringConcat()) });
    return typeof resolved === 'string' ? resolved : JSON.stringify(resolved);
  } catch {
    return undefined;
  }
}
