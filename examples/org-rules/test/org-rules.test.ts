import * as fs from 'fs';
import * as path from 'path';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import '../../../test/support/sarif';
import {
  BatchAccount,
  CustomImageBatchPool,
  CustomImagePoolChecks,
  GalleryImageVersion,
  NodeAgentSku,
  OsType,
  PoolScale,
  Suppressions,
} from '../../../lib';
import { buildApp } from '../app';
import { AllowedVmSizes, orgRules, RequiredPoolMetadata } from '../index';

const SUB = '00000000-0000-0000-0000-000000000000';

function testApp(): App {
  return Testing.app({ context: { [CustomImagePoolChecks.EVALUATION_DATE_CONTEXT_KEY]: '2026-01-15' } });
}

/** One pool with the given VM size and metadata, in a stack whose checks run the pack. */
function poolStack(vmSize: string, metadata?: { [key: string]: string }): { app: App; stack: TerraformStack } {
  const app = testApp();
  const stack = new TerraformStack(app, 'Stack');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  new CustomImageBatchPool(stack, 'Pool', {
    account: BatchAccount.fromBatchAccountId(stack, 'Account', `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Batch/batchAccounts/acme`, { location: 'westeurope' }),
    image: GalleryImageVersion.fromVersionId(stack, 'Image', `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/i/versions/1.0.0`, {
      location: 'westeurope',
      osType: OsType.LINUX,
    }),
    poolName: 'render',
    vmSize,
    nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
    scale: PoolScale.fixed({ dedicatedNodes: 2 }),
    metadata,
  });
  CustomImagePoolChecks.of(app).addPack(orgRules({ allowedVmSizes: ['Standard_D4s_v5'], requiredMetadataKeys: ['costCenter', 'owner'] }));
  return { app, stack };
}

/** `[level, message]` of the pack's annotations on the pool. */
function orgFindings(stack: TerraformStack): string[][] {
  Testing.synth(stack);
  const pool = stack.node.findChild('Pool');
  const levels: { [type: string]: string } = { '@cdktf/error': 'error', '@cdktf/warn': 'warning', '@cdktf/info': 'info' };
  return pool.node.metadata
    .filter((m) => levels[m.type] && /^(AZW106 )?ORG|^suppressed ORG/.test(String(m.data)))
    .map((m) => [levels[m.type], String(m.data)]);
}

describe('ORG001 AllowedVmSizes', () => {
  it('accepts an approved size, ignoring case', () => {
    expect(orgFindings(poolStack('standard_d4s_V5', { costCenter: 'cc', owner: 'me' }).stack)).toEqual([]);
  });

  it('rejects another size as an error that names the approved ones', () => {
    expect(orgFindings(poolStack('Standard_M128s', { costCenter: 'cc', owner: 'me' }).stack)).toEqual([
      ['error', "ORG001 pool 'render' uses VM size 'Standard_M128s', which is not approved — use one of 'Standard_D4s_v5', or ask the platform team to approve 'Standard_M128s'"],
    ]);
  });

  it('does not guess a VM size that is a Terraform variable', () => {
    const app = testApp();
    const stack = new TerraformStack(app, 'Stack');
    const size = new TerraformVariable(stack, 'size', { type: 'string' });
    new CustomImageBatchPool(stack, 'Pool', {
      account: BatchAccount.fromBatchAccountId(stack, 'Account', `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Batch/batchAccounts/acme`, { location: 'westeurope' }),
      image: GalleryImageVersion.fromVersionId(stack, 'Image', `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/i/versions/1.0.0`),
      poolName: 'render',
      vmSize: size.stringValue,
      nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
      scale: PoolScale.fixed({ dedicatedNodes: 2 }),
      metadata: { costCenter: 'cc', owner: 'me' },
    });
    CustomImagePoolChecks.of(app).addRule(new AllowedVmSizes(['Standard_D4s_v5']));
    expect(orgFindings(stack)).toEqual([
      ['warning', "AZW106 ORG001 could not be evaluated: the VM size of pool 'Stack/Pool' is '${var.size}', known only at plan time — use a literal value to have ORG001 checked, or suppress AZW106 with a reason."],
    ]);
  });

  it('needs at least one size', () => {
    expect(() => new AllowedVmSizes([])).toThrow('AllowedVmSizes needs at least one VM size');
  });
});

describe('ORG002 RequiredPoolMetadata', () => {
  it('warns about every missing key in one finding', () => {
    expect(orgFindings(poolStack('Standard_D4s_v5', { owner: 'me' }).stack)).toEqual([
      ['warning', "ORG002 pool 'render' has no metadata 'costCenter' — add metadata: { costCenter: '...' } to the pool"],
    ]);
    expect(orgFindings(poolStack('Standard_D4s_v5').stack)).toEqual([
      ['warning', "ORG002 pool 'render' has no metadata 'costCenter', 'owner' — add metadata: { costCenter: '...', owner: '...' } to the pool"],
    ]);
  });

  it('can be suppressed on a pool with a reason', () => {
    const { stack } = poolStack('Standard_D4s_v5');
    Suppressions.add(stack.node.findChild('Pool'), 'ORG002', 'scratch pool, deleted after the demo');
    expect(orgFindings(stack)).toEqual([['info', 'suppressed ORG002: scratch pool, deleted after the demo']]);
  });

  it('comes in the pack after ORG001, under the pack name SARIF reports', () => {
    const pack = orgRules({ allowedVmSizes: ['Standard_D4s_v5'], requiredMetadataKeys: ['owner'] });
    expect(pack.name).toBe('acme-platform');
    expect(pack.rules.map((r) => [r.id, r.constructor.name])).toEqual([
      ['ORG001', 'AllowedVmSizes'],
      ['ORG002', RequiredPoolMetadata.name],
    ]);
  });
});

describe('the example app', () => {
  it('synthesizes with the pack and no findings of it, and reports the pack in its SARIF file', () => {
    const app = buildApp(testApp());
    app.synth();
    const sarif = JSON.parse(fs.readFileSync(path.join(app.outdir, CustomImagePoolChecks.SARIF_FILE_NAME), 'utf8'));
    expect(sarif).toBeValidSarifLog();
    const run = sarif.runs[0];
    expect(run.results.filter((r: { ruleId: string }) => r.ruleId.startsWith('ORG'))).toEqual([]);
    expect(run.tool.driver.rules.filter((r: { id: string }) => r.id.startsWith('ORG')).map((r: { id: string; properties: { tags: string[] } }) => [r.id, r.properties.tags])).toEqual([
      ['ORG001', ['acme-platform']],
      ['ORG002', ['acme-platform']],
    ]);
    expect(run.invocations[0].ruleConfigurationOverrides).toEqual([
      { descriptor: { id: 'ORG002', index: CustomImagePoolChecks.rules().length + 1 }, configuration: { level: 'error' }, properties: { scope: '(App)' } },
    ]);
  });
});
