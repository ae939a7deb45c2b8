import { TerraformStack, TerraformVariable } from 'cdktf';
import { TOKEN } from './hostile';

/** Turns the TOKEN markers of generated values into real Terraform variables of one stack. */
export class Tokens {
  private count = 0;
  /** Every literal string handed to the library, so output checks can tell input from library text. */
  public readonly inputs = new Set<string>();

  constructor(private readonly stack: TerraformStack) {}

  /** A string: the value, or a string variable for TOKEN. */
  public str<T extends string | undefined>(value: T): T {
    if (value === TOKEN) return new TerraformVariable(this.stack, `s${this.count++}`, { type: 'string' }).stringValue as T;
    if (typeof value === 'string') this.inputs.add(value);
    return value;
  }

  /** A number: the value, or a number variable for TOKEN. */
  public num<T extends number | undefined>(value: T): T {
    if ((value as unknown) === TOKEN) return new TerraformVariable(this.stack, `n${this.count++}`, { type: 'number' }).numberValue as T;
    return value;
  }

  /** A string map whose values may be TOKEN. */
  public map(value: { [key: string]: string } | undefined): { [key: string]: string } | undefined {
    if (value === undefined) return undefined;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.str(k), this.str(v)]));
  }
}
