import {
  TerraformResource,
  TerraformMetaArguments,
  stringToTerraform,
  booleanToTerraform,
  hashMapper,
  listMapper,
} from 'cdktf';
import { Construct } from 'constructs';
import { AZAPI_PROVIDER_VERSION } from './provider';

/** Configuration of an `azapi_resource` (the arguments this library uses). */
export interface AzapiResourceConfig extends TerraformMetaArguments {
  /** ARM resource type with API version, e.g. `Microsoft.Compute/images@2025-04-01`. */
  readonly type: string;
  /** Resource name. */
  readonly name: string;
  /** ID of the parent: the resource group ID for a top-level resource. */
  readonly parentId: string;
  /** Azure region. @default - none (for resources without a location) */
  readonly location?: string;
  /**
   * The ARM request body (everything except name, location and tags), as an object; keys keep
   * ARM's camelCase.
   */
  readonly body: { [key: string]: any };
  /** Resource tags. @default - none */
  readonly tags?: { [key: string]: string };
  /**
   * Whether azapi validates `body` against its embedded ARM schema at plan time.
   * @default - provider default (true)
   */
  readonly schemaValidationEnabled?: boolean;
  /** Paths in the response to export in `output`. @default - none */
  readonly responseExportValues?: string[];
}

/**
 * L1 binding of `azapi_resource`: any ARM resource, by type and API version, with an ARM body.
 * Used where azurerm cannot express a resource (a managed image from snapshots).
 *
 * @example
 * new AzapiResource(stack, 'Image', {
 *   type: 'Microsoft.Compute/images@2025-04-01',
 *   name: 'img-render',
 *   parentId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-batch-images',
 *   location: 'westeurope',
 *   body: { properties: { storageProfile: { osDisk: { osType: 'Linux', osState: 'Generalized', snapshot: { id: osSnapshotId } } } } },
 * });
 */
export class AzapiResource extends TerraformResource {
  /** Terraform type of this resource. */
  public static readonly tfResourceType = 'azapi_resource';

  private readonly config: AzapiResourceConfig;

  constructor(scope: Construct, id: string, config: AzapiResourceConfig) {
    super(scope, id, {
      terraformResourceType: 'azapi_resource',
      terraformGeneratorMetadata: {
        providerName: 'azapi',
        providerVersion: AZAPI_PROVIDER_VERSION,
        providerVersionConstraint: AZAPI_PROVIDER_VERSION,
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach,
    });
    this.config = config;
  }

  /** The ARM resource type with API version. */
  public get type(): string {
    return this.config.type;
  }

  /** The request body as configured (before token resolution). */
  public get bodyInput(): { [key: string]: any } {
    return this.config.body;
  }

  /** The ARM resource ID (known after apply). */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  /** The resource name. */
  public get name(): string {
    return this.getStringAttribute('name');
  }

  /** The resource arguments as Terraform JSON (snake_case). */
  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      type: stringToTerraform(this.config.type),
      name: stringToTerraform(this.config.name),
      parent_id: stringToTerraform(this.config.parentId),
      location: stringToTerraform(this.config.location),
      body: this.config.body,
      tags: hashMapper(stringToTerraform)(this.config.tags),
      schema_validation_enabled: booleanToTerraform(this.config.schemaValidationEnabled),
      response_export_values: listMapper(stringToTerraform, false)(this.config.responseExportValues),
    };
  }
}
