import { TerraformProvider, stringToTerraform, booleanToTerraform } from 'cdktf';
import { Construct } from 'constructs';

/** The azapi provider version this library's L1 was written against (2.x, pinned). */
export const AZAPI_PROVIDER_VERSION = '2.5.0';

/** Configuration of the `azapi` provider (the subset this library needs). */
export interface AzapiProviderConfig {
  /** Alias, when several azapi providers are configured. @default - none */
  readonly alias?: string;
  /** Subscription to deploy to. @default - from the environment (ARM_SUBSCRIPTION_ID / Azure CLI) */
  readonly subscriptionId?: string;
  /** Tenant to authenticate against. @default - from the environment */
  readonly tenantId?: string;
  /** Authenticate with the Azure CLI. @default - provider default (true) */
  readonly useCli?: boolean;
  /** Authenticate with a managed identity. @default - provider default (false) */
  readonly useMsi?: boolean;
  /** Authenticate with OIDC (workload identity federation). @default - provider default (false) */
  readonly useOidc?: boolean;
}

/**
 * L1 binding of the `azapi` Terraform provider (`Azure/azapi`), in the shape of a generated
 * cdktf binding. No prebuilt binding is published on npm, so this library carries one.
 *
 * @example
 * // Only to configure azapi yourself: add it before the library's constructs, which otherwise add a default one
 * new AzapiProvider(stack, 'azapi', { useOidc: true });
 */
export class AzapiProvider extends TerraformProvider {
  /** Terraform type of this provider. */
  public static readonly tfResourceType = 'azapi';

  private readonly config: AzapiProviderConfig;

  constructor(scope: Construct, id: string, config: AzapiProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'azapi',
      terraformGeneratorMetadata: {
        providerName: 'azapi',
        providerVersion: AZAPI_PROVIDER_VERSION,
        providerVersionConstraint: AZAPI_PROVIDER_VERSION,
      },
      terraformProviderSource: 'Azure/azapi',
    });
    this.config = config;
    this.alias = config.alias;
  }

  /** The provider block as Terraform JSON (snake_case arguments). */
  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      alias: stringToTerraform(this.alias),
      subscription_id: stringToTerraform(this.config.subscriptionId),
      tenant_id: stringToTerraform(this.config.tenantId),
      use_cli: booleanToTerraform(this.config.useCli),
      use_msi: booleanToTerraform(this.config.useMsi),
      use_oidc: booleanToTerraform(this.config.useOidc),
    };
  }
}
