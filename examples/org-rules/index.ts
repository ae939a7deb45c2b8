// In your project: from 'cdktf-azure-batch-custom-images'.
import { RulePack } from '../../lib';
import { AllowedVmSizes } from './allowed-vm-sizes';
import { RequiredPoolMetadata } from './required-pool-metadata';

export { AllowedVmSizes } from './allowed-vm-sizes';
export { RequiredPoolMetadata } from './required-pool-metadata';

/** What the organisation allows and requires. */
export interface OrgRulesOptions {
  /** VM sizes pools may use. */
  readonly allowedVmSizes: string[];
  /** Metadata keys every pool must carry. */
  readonly requiredMetadataKeys: string[];
}

/** The organisation's rule pack: add it with `CustomImagePoolChecks.of(app).addPack(orgRules(...))`. */
export function orgRules(options: OrgRulesOptions): RulePack {
  return {
    name: 'acme-platform',
    rules: [new AllowedVmSizes(options.allowedVmSizes), new RequiredPoolMetadata(options.requiredMetadataKeys)],
  };
}
