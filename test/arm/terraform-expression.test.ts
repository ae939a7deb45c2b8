import { parseTerraformTemplate, terraformText } from '../../lib/arm/terraform-expression';

describe('reading the Terraform expressions cdktf writes for tokens', () => {
  it('splits a template into literal text and expressions', () => {
    expect(parseTerraformTemplate('/subscriptions/${data.azurerm_client_config.current.subscription_id}/x')).toEqual([
      '/subscriptions/',
      { kind: 'traversal', root: 'data', steps: ['azurerm_client_config', 'current', 'subscription_id'] },
      '/x',
    ]);
  });

  it("reads Terraform's escapes $${ and %%{ as literal text", () => {
    expect(parseTerraformTemplate('echo $${HOME} %%{x}')).toEqual(['echo ${HOME} %{x}']);
  });

  it('reads function calls, string arguments, numbers and indexes', () => {
    const [call] = parseTerraformTemplate('${element(split("/", var.id), 8)}');
    expect(terraformText(call as any)).toBe('element(split("/", var.id), 8)');
    expect(parseTerraformTemplate('${var.ids[0]}')).toEqual([{ kind: 'traversal', root: 'var', steps: ['ids', 0] }]);
  });

  it('reports what it does not read, with the text', () => {
    expect(() => parseTerraformTemplate('${var.a + 1}')).toThrow("'+' where '}' was expected (operators and conditionals are not translated) in '${var.a + 1}'");
    expect(() => parseTerraformTemplate('%{ if var.a }x%{ endif }')).toThrow('a template directive');
  });
});
