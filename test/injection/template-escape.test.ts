import { TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { escapeTemplate, escapeTemplates } from '../../lib/core/template-escape';
import { readTemplate } from './support/template';

describe('escapeTemplate', () => {
  it('escapes template syntax so Terraform reads it literally', () => {
    expect(escapeTemplate('${var.secret}')).toBe('$${var.secret}');
    expect(escapeTemplate('%{ if true }x%{ endif }')).toBe('%%{ if true }x%%{ endif }');
    expect(escapeTemplate('$${already}')).toBe('$$${already}');
    expect(readTemplate(escapeTemplate('$${already}'))).toBe('$${already}');
  });

  it('leaves text without template syntax unchanged, quotes, newlines and unicode included', () => {
    for (const text of ['plain', 'cost: $5', '{"json": true}', '100%', 'say "hi"\nbye', 'ünï ☃ 😀', '']) {
      expect(escapeTemplate(text)).toBe(text);
    }
  });

  it('keeps tokens as expressions and escapes the literal text around them', () => {
    const stack = new TerraformStack(Testing.app(), 'Stack');
    const env = new TerraformVariable(stack, 'env', { type: 'string' }).stringValue;
    const values = { a: escapeTemplate(`${env}-\${HOME}`), b: escapeTemplate(`cost$${env}`), c: escapeTemplate(`\${${env}}`) };
    new TerraformOutput(stack, 'out', { value: values });
    const out = JSON.parse(Testing.synth(stack)).output.out.value;
    expect(out).toEqual({ a: '${var.env}-${"$"}{HOME}', b: 'cost${"$"}${var.env}', c: '${"$"}{${var.env}}' });
    expect(Object.values(out).map((v) => readTemplate(v as string))).toEqual(['{{var.env}}-${HOME}', 'cost${{var.env}}', '${{{var.env}}}']);
  });

  it('returns a string made only of tokens as it is, and still escapes literal text after tokens', () => {
    const stack = new TerraformStack(Testing.app(), 'Stack');
    const env = new TerraformVariable(stack, 'env', { type: 'string' }).stringValue;
    const region = new TerraformVariable(stack, 'region', { type: 'string' }).stringValue;
    for (const tokens of [env, `${env}${region}`]) expect(escapeTemplate(tokens)).toBe(tokens);
    const values = { both: escapeTemplate(`${env}${region}`), after: escapeTemplate(`${env}${region}\${x}`) };
    new TerraformOutput(stack, 'out', { value: values });
    const out = JSON.parse(Testing.synth(stack)).output.out.value;
    expect(out).toEqual({ both: '${var.env}${var.region}', after: '${var.env}${var.region}${"$"}{x}' });
  });
});

describe('escapeTemplates', () => {
  it('escapes keys and values of plain objects and arrays, and keeps class instances and tokens', () => {
    const stack = new TerraformStack(Testing.app(), 'Stack');
    const token = new TerraformVariable(stack, 'v', { type: 'string' }).stringValue;
    const config = { tags: { '${k}': '%{v}' }, list: ['${a}', 1, true, null, undefined], stack, token, nested: [{ x: '${y}' }] };
    const escaped = escapeTemplates(config);
    expect(escaped).toEqual({ tags: { '$${k}': '%%{v}' }, list: ['$${a}', 1, true, null, undefined], stack, token, nested: [{ x: '$${y}' }] });
    expect(escaped.stack).toBe(stack);
    expect(config.tags).toEqual({ '${k}': '%{v}' });
  });
});
