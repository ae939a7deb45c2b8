import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, TerraformStack, Testing } from 'cdktf';
// Consumer-style: only the package's public entry point.
import {
  BatchAccount,
  CustomImageBatchPool,
  CustomImagePoolChecks,
  CustomRule,
  Finding,
  Findings,
  GalleryImageVersion,
  IRule,
  IRuleContext,
  NodeAgentSku,
  OsType,
  PoolDescription,
  PoolScale,
  RuleSeverity,
  Suppressions,
} from '../../lib';
import { annotationsOf, synthAnnotations } from './support/annotations';

const SUB = '00000000-0000-0000-0000-000000000000';
const VERSION_ID = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Compute/galleries/gal/images/render/versions/1.0.0`;
const ACCOUNT_ID = `/subscriptions/${SUB}/resourceGroups/rg-batch/providers/Microsoft.Batch/batchAccounts/acme`;

/** A platform team's rule: pools must use an approved VM size. */
class ApprovedVmSizes extends CustomRule {
  constructor(private readonly approved: string[]) {
    super({ id: 'ORG001', title: 'Pools use an approved VM size', severity: RuleSeverity.ERROR, source: 'ACME platform policy P-12' });
  }

  public checkPool(pool: PoolDescription, _context: IRuleContext): Finding[] {
    if (this.approved.includes(pool.vmSize)) return [];
    return [Findings.of(`pool '${pool.poolName}' uses VM size '${pool.vmSize}', which is not approved`, `use one of ${this.approved.join(', ')}`)];
  }
}

function app(): App {
  return Testing.app({ context: { [CustomImagePoolChecks.EVALUATION_DATE_CONTEXT_KEY]: '2026-01-15' } });
}

/** A stack with the azurerm provider, as a full synth needs. */
function newStack(app: App, id = 'Stack'): TerraformStack {
  const stack = new TerraformStack(app, id);
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  return stack;
}

function pool(stack: TerraformStack, id = 'Pool', vmSize = 'Standard_D4s_v5', metadata?: { [key: string]: string }): CustomImageBatchPool {
  const account = (stack.node.tryFindChild('Account') as BatchAccount | undefined) ?? BatchAccount.fromBatchAccountId(stack, 'Account', ACCOUNT_ID, { location: 'westeurope' });
  const image = stack.node.tryFindChild('Image') ?? GalleryImageVersion.fromVersionId(stack, 'Image', VERSION_ID, { location: 'westeurope', osType: OsType.LINUX });
  return new CustomImageBatchPool(stack, id, {
    account,
    image: image as ReturnType<typeof GalleryImageVersion.fromVersionId>,
    poolName: id.toLowerCase(),
    vmSize,
    nodeAgentSkuId: NodeAgentSku.UBUNTU_22_04,
    scale: PoolScale.fixed({ dedicatedNodes: 2 }),
    metadata,
  });
}

describe('custom rules', () => {
  it('reports a consumer rule on a pool, with its ID, at its severity', () => {
    const a = app();
    const stack = newStack(a, 'Stack');
    pool(stack, 'Good');
    pool(stack, 'Big', 'Standard_M128s');
    CustomImagePoolChecks.of(stack).addRule(new ApprovedVmSizes(['Standard_D4s_v5']));
    expect(annotationsOf(stack, 'ORG001')).toEqual([
      {
        level: 'error',
        path: 'Stack/Big',
        message: "ORG001 pool 'big' uses VM size 'Standard_M128s', which is not approved — use one of Standard_D4s_v5",
      },
    ]);
    expect(() => a.synth()).toThrow(/\[Stack\/Big\] ORG001 pool 'big' uses VM size 'Standard_M128s'/);
  });

  it('reads the pool spec: name, VM size, node agent SKU, metadata, scale and image', () => {
    const a = app();
    const stack = newStack(a, 'Stack');
    pool(stack, 'Pool', 'Standard_D4s_v5', { costCenter: 'cc-42' });
    const seen: PoolDescription[] = [];
    const spy: IRule = {
      id: 'SPY001',
      title: 'Records what it sees',
      severity: RuleSeverity.WARNING,
      source: 'test',
      checkPool: (p) => (seen.push(p), []),
      checkImage: () => [],
      checkAccount: () => [],
    };
    CustomImagePoolChecks.of(a).addRule(spy);
    synthAnnotations(stack);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      constructPath: 'Stack/Pool',
      poolName: 'pool',
      vmSize: 'Standard_D4s_v5',
      nodeAgentSkuId: 'batch.node.ubuntu 22.04',
      metadata: { costCenter: 'cc-42' },
      scale: { mode: 'fixed', dedicatedNodes: 2, bounded: true },
      image: { constructPath: 'Stack/Image', kind: 'GalleryImageVersion', imageId: VERSION_ID, osType: OsType.LINUX },
      account: { constructPath: 'Stack/Account', accountName: 'acme' },
    });
  });

  it('applies a rule added to the App to every stack, and one added to a stack to that stack only', () => {
    const a = app();
    const first = newStack(a, 'First');
    const second = newStack(a, 'Second');
    pool(first, 'Pool', 'Standard_M128s');
    pool(second, 'Pool', 'Standard_M128s');
    CustomImagePoolChecks.of(a).addRule(new ApprovedVmSizes(['Standard_D4s_v5']));
    CustomImagePoolChecks.of(second).addRule(
      new (class extends CustomRule {
        public checkPool(): Finding[] {
          return [Findings.of('second-stack finding', 'nothing to fix', RuleSeverity.WARNING)];
        }
      })({ id: 'ORG900', title: 'Second stack only', severity: RuleSeverity.ERROR, source: 'test' }),
    );
    expect(annotationsOf(first, 'ORG001').map((x) => x.path)).toEqual(['First/Pool']);
    expect(annotationsOf(second, 'ORG001').map((x) => x.path)).toEqual(['Second/Pool']);
    expect(annotationsOf(first, 'ORG900')).toEqual([]);
    expect(annotationsOf(second, 'ORG900').map((x) => [x.level, x.path])).toEqual([['warning', 'Second/Pool']]);
  });

  it('adds a pack of rules; adding the same pack again changes nothing', () => {
    const a = app();
    const stack = newStack(a, 'Stack');
    pool(stack, 'Pool', 'Standard_M128s');
    const pack = { name: 'acme-platform', rules: [new ApprovedVmSizes(['Standard_D4s_v5'])] };
    CustomImagePoolChecks.of(a).addPack(pack).addPack(pack);
    expect(annotationsOf(stack, 'ORG001')).toHaveLength(1);
  });

  it('checks images and accounts too, and reports a token the rule could not check as AZW106', () => {
    const a = app();
    const stack = newStack(a, 'Stack');
    pool(stack);
    CustomImagePoolChecks.of(stack).addRule(
      new (class extends CustomRule {
        public checkImage(): Finding[] {
          return [Findings.of('image finding', 'fix the image')];
        }
        public checkAccount(account: { accountName: string }): Finding[] {
          return [Findings.unresolved(`the name of account '${account.accountName}'`, '${TfToken[TOKEN.1]}')];
        }
      })({ id: 'ORG002', title: 'Images and accounts', severity: RuleSeverity.WARNING, source: 'test' }),
    );
    const annotations = synthAnnotations(stack);
    expect(annotations.filter((x) => x.message.startsWith('ORG002')).map((x) => [x.level, x.path])).toEqual([['warning', 'Stack/Image']]);
    expect(annotations.filter((x) => x.message.startsWith('AZW106 ORG002')).map((x) => [x.level, x.path])).toEqual([['warning', 'Stack/Account']]);
  });

  it('suppresses a custom rule with a reason, as the library rules', () => {
    const a = app();
    const stack = newStack(a, 'Stack');
    const big = pool(stack, 'Big', 'Standard_M128s');
    CustomImagePoolChecks.of(a).addRule(new ApprovedVmSizes(['Standard_D4s_v5']));
    Suppressions.add(big, 'ORG001', 'approved by the platform board, ticket PLAT-7');
    expect(annotationsOf(stack, 'ORG001')).toEqual([
      { level: 'info', path: 'Stack/Big', message: 'suppressed ORG001: approved by the platform board, ticket PLAT-7' },
    ]);
  });

  it('names the rule and the construct when a rule throws', () => {
    const a = app();
    const stack = newStack(a, 'Stack');
    pool(stack);
    CustomImagePoolChecks.of(stack).addRule(
      new (class extends CustomRule {
        public checkPool(): Finding[] {
          throw new Error('boom');
        }
      })({ id: 'ORG003', title: 'Throws', severity: RuleSeverity.ERROR, source: 'test' }),
    );
    expect(() => synthAnnotations(stack)).toThrow('[Stack/Pool] rule ORG003 failed while checking this construct: boom');
  });
});

describe('rule registration errors', () => {
  const rule = (id: string): IRule => new ApprovedVmSizesWithId(id);
  class ApprovedVmSizesWithId extends CustomRule {
    constructor(id: string) {
      super({ id, title: 'Any', severity: RuleSeverity.ERROR, source: 'test' });
    }
  }

  it.each(['AZB100', 'azs900', 'AZW'])('rejects the library prefix in %s', (id) => {
    const a = app();
    expect(() => CustomImagePoolChecks.of(a).addRule(rule(id))).toThrow(
      new RegExp(`rule ID '${id}' starts with '${id.slice(0, 3).toUpperCase()}', which is reserved for this library's rules \\(AZB, AZS, AZW\\); use your organisation's own prefix`),
    );
  });

  it('rejects an invalid ID, a duplicate ID, and a rule without checks', () => {
    const a = app();
    const stack = newStack(a, 'Stack');
    expect(() => CustomImagePoolChecks.of(stack).addRule(rule('1bad id'))).toThrow("[Stack] rule ID '1bad id' is not valid");
    CustomImagePoolChecks.of(a).addRule(rule('ORG010'));
    expect(() => CustomImagePoolChecks.of(stack).addRule(rule('ORG010'))).toThrow("[Stack] rule ID 'ORG010' is already registered (by 'Any')");
    const partial = { id: 'ORG011', title: 't', severity: RuleSeverity.ERROR, source: 's', checkPool: () => [] } as unknown as IRule;
    expect(() => CustomImagePoolChecks.of(stack).addRule(partial)).toThrow('rule ORG011 has no checkImage method; implement all three checks, or extend CustomRule');
  });

  it('rejects a suppression of a custom rule that is not registered', () => {
    const a = app();
    const stack = newStack(a, 'Stack');
    expect(() => Suppressions.add(stack, 'ORG404', 'a reason long enough')).toThrow(/cannot suppress 'ORG404': no rule has that ID.*add a custom rule/);
  });

  it('refuses registration on a hand-made instance', () => {
    expect(() => new CustomImagePoolChecks().addRule(rule('ORG012'))).toThrow('addRule: get the checks with CustomImagePoolChecks.of(appOrStack)');
  });
});

describe('severity overrides', () => {
  it('makes an AZW warning fail synth when overridden to ERROR', () => {
    const a = app();
    const stack = newStack(a, 'Stack');
    pool(stack); // imported gallery version: AZW105 (image lifetime not managed here)
    expect(annotationsOf(stack, 'AZW105').map((x) => x.level)).toEqual(['warning']);

    const strict = app();
    const strictStack = newStack(strict, 'Stack');
    pool(strictStack);
    CustomImagePoolChecks.of(strict).overrideSeverity('AZW105', RuleSeverity.ERROR);
    expect(annotationsOf(strictStack, 'AZW105').map((x) => x.level)).toEqual(['error']);
    expect(() => strict.synth()).toThrow(/\[Stack\/Pool\] AZW105 /);
  });

  it('lets a stack override win over the App, and lowers a severity only with a reason', () => {
    const a = app();
    const stack = newStack(a, 'Stack');
    pool(stack, 'Big', 'Standard_M128s');
    const checks = CustomImagePoolChecks.of(a).addRule(new ApprovedVmSizes(['Standard_D4s_v5']));
    expect(() => CustomImagePoolChecks.of(stack).overrideSeverity('ORG001', RuleSeverity.WARNING)).toThrow(
      "[Stack] making ORG001 a warning needs a reason of at least 10 characters (got ''); say why its findings may pass synth.",
    );
    checks.overrideSeverity('ORG001', RuleSeverity.ERROR);
    CustomImagePoolChecks.of(stack).overrideSeverity('ORG001', RuleSeverity.WARNING, 'sandbox stack, deleted nightly');
    expect(annotationsOf(stack, 'ORG001').map((x) => x.level)).toEqual(['warning']);
  });

  it('rejects an override of an unknown rule', () => {
    const a = app();
    expect(() => CustomImagePoolChecks.of(a).overrideSeverity('ORG404', RuleSeverity.ERROR)).toThrow(
      /cannot override the severity of 'ORG404': no rule has that ID; add the rule first/,
    );
  });
});
