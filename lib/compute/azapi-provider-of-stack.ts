import { TerraformProvider, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { AzapiProvider } from '../providers/azapi/provider';

const HAS_AZAPI = new WeakSet<TerraformStack>();

/**
 * Adds a default `azapi` provider to the stack of `scope` unless the stack already configures
 * one, so users of azapi-backed constructs need not know azapi is involved. Its construct ID is
 * named after this library, not one users pick; a provider the user adds later, after such a
 * construct, would still be a second default azapi configuration: add yours first.
 */
export function ensureAzapiProvider(scope: IConstruct): void {
  const stack = TerraformStack.of(scope);
  if (HAS_AZAPI.has(stack)) return;
  const configured = stack.node
    .findAll()
    .some((c) => c instanceof TerraformProvider && c.terraformResourceType === AzapiProvider.tfResourceType);
  if (!configured) new AzapiProvider(stack, 'batch_images_azapi');
  HAS_AZAPI.add(stack);
}
