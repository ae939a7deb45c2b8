import '../support/sarif';
import * as fs from 'fs';
import * as path from 'path';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import {
  AtomicSynth,
  BatchAccount,
  CustomImageBatchPool,
  CustomImagePoolChecks,
  CustomRule,
  Finding,
  Findings,
  GalleryImageVersion,
  NodeAgentSku,
  OsType,
  PoolDescription,
  PoolScale,
  RuleSeverity,
  Suppressions,
} from '../../lib';

const SUB = '00000000-0000-0000-0000-000000000000';
/** One image per pool, so the pools share no lineage (no AZW103). */
const versionId = (stack: string, pool: string) => `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Compute/galleries/gal_${stack}/images/${pool}/versions/1.0.0`;
const ACCOUNT_ID = `/subscriptions/${SUB}/resourceGroups/rg-batch/providers/Microsoft.Batch/batchAccounts/acme`;

class RequiredMetadata extends CustomRule {
  constructor() {
    super({ id: 'ORG002', title: "Pools carry a 'costCenter' metadata entry", severity: RuleSeverity.WARNING, source: 'https://wiki.example.com/platform/tags' });
  }
  public checkPool(pool: PoolDescription): Finding[] {
    return pool.metadata?.costCenter ? [] : [Findings.of(`pool '${pool.poolName}' has no 'costCenter' metadata`, "add metadata: { costCenter: '<your cost center>' }")];
  }
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation?: { artifactLocation: { uri: string } }; logicalLocations: { fullyQualifiedName: string }[] }[];
  suppressions?: { kind: string; justification: string }[];
}

/** The library's rule IDs, in the order the SARIF driver lists them (custom rules follow). */
const builtIn = CustomImagePoolChecks.rules().map((r) => r.id);

function app(): App {
  return Testing.app({ context: { [CustomImagePoolChecks.EVALUATION_DATE_CONTEXT_KEY]: '2026-01-15' } });
}

/** A stack with two pools, each on an imported gallery version: AZW105 on each, ORG002 on 'bare'. */
function stackWithPools(scope: Construct, id: string, vmSize?: string): TerraformStack {
  const stack = new TerraformStack(scope, id);
  addPools(stack, vmSize);
  return stack;
}

/** Adds the provider, an imported account and the two pools of `stackWithPools` to `stack`. */
function addPools(stack: TerraformStack, vmSize = 'Standard_D4s_v5'): void {
  const id = stack.node.id;
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const account = BatchAccount.fromBatchAccountId(stack, 'Account', ACCOUNT_ID, { location: 'westeurope' });
  for (const [poolId, metadata] of [['Tagged', { costCenter: 'cc-1' }], ['Bare', undefined]] as const) {
    const image = GalleryImageVersion.fromVersionId(stack, `${poolId}Image`, versionId(id, poolId), { location: 'westeurope', osType: OsType.LINUX });
    new CustomImageBatchPool(stack, poolId, {
      account,
      image,
      poolName: poolId.toLowerCase(),
      vmSize,
      nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
      scale: PoolScale.fixed({ dedicatedNodes: 2 }),
      metadata,
    });
  }
}

function readSarif(a: App): { runs: { tool: { driver: { rules: { id: string; defaultConfiguration: { level: string }; properties: { tags: string[] } }[] } }; invocations: { ruleConfigurationOverrides: unknown[] }[]; results: SarifResult[] }[] } {
  return JSON.parse(fs.readFileSync(path.join(a.outdir, CustomImagePoolChecks.SARIF_FILE_NAME), 'utf8'));
}

describe('SARIF report', () => {
  it('is checked by a validator that rejects logs the schema forbids', () => {
    expect({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }).not.toBeValidSarifLog();
    expect({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ level: 'fatal', message: { text: 'm' } }] }] }).not.toBeValidSarifLog();
  });

  it('is written by synth, validates against the SARIF 2.1.0 schema, and lists findings and suppressions', () => {
    const a = app();
    const stack = stackWithPools(a, 'Stack');
    CustomImagePoolChecks.of(a).addPack({ name: 'acme-platform', rules: [new RequiredMetadata()] });
    Suppressions.add(stack.node.findChild('Tagged'), 'AZW105', 'the image version is locked by the image team');
    a.synth();

    const log = readSarif(a);
    expect(log).toBeValidSarifLog();
    const run = log.runs[0];
    const results = run.results.map((r) => [r.ruleId, r.level, r.locations[0].logicalLocations[0].fullyQualifiedName, r.suppressions?.[0]?.justification]);
    expect(results).toEqual([
      ['AZW105', 'warning', 'Stack/Tagged', 'the image version is locked by the image team'],
      ['AZW105', 'warning', 'Stack/Bare', undefined],
      ['ORG002', 'warning', 'Stack/Bare', undefined],
    ]);
    const org = run.results[2];
    expect(org.message.text).toBe("ORG002 pool 'bare' has no 'costCenter' metadata — add metadata: { costCenter: '<your cost center>' }");
    expect(run.results[0].suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'the image version is locked by the image team' }]);
    // Each result points at its rule in the driver, which lists the library's rules and the pack's.
    const rules = run.tool.driver.rules;
    for (const r of run.results) expect(rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(rules.map((r) => r.id)).toEqual([...CustomImagePoolChecks.rules().map((r) => r.id), 'ORG002']);
    expect(rules.find((r) => r.id === 'ORG002')).toMatchObject({ defaultConfiguration: { level: 'warning' }, properties: { tags: ['acme-platform'] }, helpUri: 'https://wiki.example.com/platform/tags' });
    expect(rules.find((r) => r.id === 'AZB001')).toMatchObject({ defaultConfiguration: { level: 'error' } });
    // Code scanning needs a file: the synthesized stack.
    expect(org.locations[0].physicalLocation!.artifactLocation.uri).toMatch(/stacks\/Stack\/cdk\.tf\.json$/);
  });

  it('lists a finding once when the checks run again, and keeps different findings of one construct', () => {
    const a = app();
    stackWithPools(a, 'Stack');
    CustomImagePoolChecks.of(a).addRule(new RequiredMetadata());
    a.synth();
    a.synth(); // the aspects run again over the same constructs
    const results = readSarif(a).runs[0].results.map((r) => [r.ruleId, r.locations[0].logicalLocations[0].fullyQualifiedName]);
    expect(results).toEqual([
      ['AZW105', 'Stack/Tagged'],
      ['AZW105', 'Stack/Bare'],
      ['ORG002', 'Stack/Bare'],
    ]);
  });

  it('holds every stack of the App in one file', () => {
    const a = app();
    stackWithPools(a, 'First');
    stackWithPools(a, 'Second');
    a.synth();
    const paths = readSarif(a).runs[0].results.map((r) => r.locations[0].logicalLocations[0].fullyQualifiedName);
    expect(paths).toEqual(['First/Tagged', 'First/Bare', 'Second/Tagged', 'Second/Bare']);
  });

  it('is written after the last stack in construct order, not the last to get the checks', () => {
    const a = app();
    // 'First' comes first in the tree but gets the checks (with its first pool) after 'Second':
    // cdktf synthesizes 'First' first, so the report is written after 'Second', holding both.
    const first = new TerraformStack(a, 'First');
    stackWithPools(a, 'Second');
    addPools(first);
    a.synth();
    const paths = readSarif(a).runs[0].results.map((r) => r.locations[0].logicalLocations[0].fullyQualifiedName);
    expect(paths).toEqual(['First/Tagged', 'First/Bare', 'Second/Tagged', 'Second/Bare']);
  });

  it('is written when the last stack with the checks was removed from the tree before synth', () => {
    const a = app();
    stackWithPools(a, 'Outer');
    // A stack inside a later stack, then removed: it would come last, but is not synthesized.
    const later = new TerraformStack(a, 'Later');
    stackWithPools(later, 'Inner');
    expect(later.node.tryRemoveChild('Inner')).toBe(true);
    a.synth();
    const paths = readSarif(a).runs[0].results.map((r) => r.locations[0].logicalLocations[0].fullyQualifiedName);
    expect(paths).toEqual(['Outer/Tagged', 'Outer/Bare']);
  });

  it('is written when synth fails on errors, with the severity overrides and their reasons', () => {
    const a = app();
    stackWithPools(a, 'Stack');
    CustomImagePoolChecks.of(a).addRule(new RequiredMetadata()).overrideSeverity('ORG002', RuleSeverity.ERROR);
    CustomImagePoolChecks.of(a).overrideSeverity('AZW105', RuleSeverity.WARNING, 'images are kept by the image team');
    expect(() => AtomicSynth.synth(a)).toThrow(/\[Stack\/Bare\] ORG002/);

    expect(fs.existsSync(path.join(a.outdir, 'manifest.json'))).toBe(false);
    const log = readSarif(a);
    expect(log).toBeValidSarifLog();
    expect(log.runs[0].results.filter((r) => r.ruleId === 'ORG002').map((r) => r.level)).toEqual(['error']);
    expect(log.runs[0].invocations[0].ruleConfigurationOverrides).toEqual([
      { descriptor: { id: 'ORG002', index: builtIn.length }, configuration: { level: 'error' }, properties: { scope: '(App)' } },
      { descriptor: { id: 'AZW105', index: builtIn.indexOf('AZW105') }, configuration: { level: 'warning' }, properties: { scope: '(App)', reason: 'images are kept by the image team' } },
    ]);
  });

  it("is kept by discard when this App wrote it, and removed when it is an earlier run's", () => {
    const a = app();
    stackWithPools(a, 'Stack');
    a.synth();
    const file = path.join(a.outdir, CustomImagePoolChecks.SARIF_FILE_NAME);
    AtomicSynth.discard(a);
    expect([fs.existsSync(file), fs.existsSync(path.join(a.outdir, 'manifest.json'))]).toEqual([true, false]);
    // The next run fails before synth: the report on disk is the earlier run's.
    AtomicSynth.discard(new App({ outdir: a.outdir }));
    expect(fs.existsSync(file)).toBe(false);
  });
});
