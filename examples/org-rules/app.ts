import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, TerraformStack } from 'cdktf';
// In your project: from 'cdktf-azure-batch-custom-images'.
import {
  AtomicSynth,
  BatchAccount,
  CustomImageBatchPool,
  CustomImagePoolChecks,
  GalleryImageVersion,
  NodeAgentSku,
  OsType,
  PoolScale,
  RuleSeverity,
} from '../../lib';
import { orgRules } from './index';

const SUBSCRIPTION = '00000000-0000-0000-0000-000000000000';

/**
 * An app of a team that uses the platform's pack: two pools on gallery images, checked by the
 * library's rules and the organisation's. Run it with `npx ts-node --transpile-only examples/org-rules/app.ts`.
 */
export function buildApp(app: App = new App()): App {
  // The pack applies to every stack of the App; missing metadata fails synth here.
  CustomImagePoolChecks.of(app)
    .addPack(orgRules({ allowedVmSizes: ['Standard_D4s_v5', 'Standard_D8s_v5'], requiredMetadataKeys: ['costCenter', 'owner'] }))
    .overrideSeverity('ORG002', RuleSeverity.ERROR);

  const stack = new TerraformStack(app, 'render-farm');
  new AzurermProvider(stack, 'azurerm', { features: [{}], subscriptionId: SUBSCRIPTION });
  const account = BatchAccount.fromBatchAccountId(
    stack,
    'Account',
    `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-batch/providers/Microsoft.Batch/batchAccounts/acmebatch`,
    { location: 'westeurope' },
  );
  for (const [id, vmSize] of [['Render', 'Standard_D8s_v5'], ['Preview', 'Standard_D4s_v5']]) {
    const image = GalleryImageVersion.fromVersionId(
      stack,
      `${id}Image`,
      `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-images/providers/Microsoft.Compute/galleries/gal/images/${id.toLowerCase()}/versions/1.0.0`,
      { location: 'westeurope', osType: OsType.LINUX },
    );
    new CustomImageBatchPool(stack, id, {
      account,
      image,
      poolName: id.toLowerCase(),
      vmSize,
      nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
      scale: PoolScale.fixed({ dedicatedNodes: 2 }),
      metadata: { costCenter: 'cc-render', owner: 'render-team' },
    });
  }
  return app;
}

if (require.main === module) {
  const app = buildApp();
  try {
    AtomicSynth.synth(app);
  } catch (e) {
    AtomicSynth.discard(app);
    throw e;
  }
}
