import { DefaultTokenResolver, StringConcat, TerraformStack, Testing, Tokenization } from 'cdktf';
import { IConstruct } from 'constructs';

/** A fresh app and stack for one test. */
export function newStack(): TerraformStack {
  return new TerraformStack(Testing.app(), 'Test');
}

/** The synthesized stack as parsed Terraform JSON. */
export function synthJson(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack));
}

/** The only resource of `type` in the synthesized stack. */
export function onlyResource(stack: TerraformStack, type: string): any {
  const resources = synthJson(stack).resource?.[type] ?? {};
  const values = Object.values(resources);
  if (values.length !== 1) throw new Error(`expected one ${type}, found ${values.length}`);
  return values[0];
}

/** A token as the Terraform expression it stands for, e.g. `${var.x}`. */
export function resolve(scope: IConstruct, value: unknown): unknown {
  return Tokenization.resolve(value, { scope, resolver: new DefaultTokenResolver(new StringConcat()) });
}
