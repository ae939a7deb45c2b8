import * as fs from 'fs';
import * as path from 'path';
import { CustomImagePoolChecks } from '../../../lib/validation/checks';
import { RuleSeverity } from '../../../lib/validation/rule-info';
import { RULES } from '../../../lib/validation/rules/index';
import { RETIRED_RULES } from '../../../lib/validation/rules/retired';

describe('rule registry', () => {
  const ids = RULES.map((r) => r.id);

  it('lists every rule once, in ID order', () => {
    expect(ids).toEqual([...new Set(ids)].sort());
    expect(ids).toEqual([
      'AZB001', 'AZB002', 'AZB003', 'AZB004', 'AZB005', 'AZB007',
      'AZS201', 'AZS203', 'AZS204',
      'AZW101', 'AZW102', 'AZW103', 'AZW104', 'AZW105', 'AZW106', 'AZW107', 'AZW108', 'AZW109',
    ]);
  });

  it('gives AZB rules error severity, AZW rules warning severity, and AZS rules the severity of their risk', () => {
    for (const rule of RULES.filter((r) => !r.id.startsWith('AZS'))) {
      expect([rule.id, rule.severity]).toEqual([rule.id, rule.id.startsWith('AZB') ? RuleSeverity.ERROR : RuleSeverity.WARNING]);
    }
    expect(RULES.filter((r) => r.id.startsWith('AZS')).map((r) => [r.id, r.severity])).toEqual([
      ['AZS201', RuleSeverity.ERROR],
      ['AZS203', RuleSeverity.WARNING],
      ['AZS204', RuleSeverity.WARNING],
    ]);
  });

  it('keeps each rule in its own file named after its ID', () => {
    const files = fs.readdirSync(path.join(__dirname, '../../../lib/validation/rules'));
    for (const id of ids) {
      expect(files.filter((f) => f.startsWith(`${id.toLowerCase()}-`) && f.endsWith('.ts'))).toHaveLength(1);
    }
  });

  it('cites a fact and an Azure documentation page for every rule a fact stands behind', () => {
    const toolRules = ['AZW106', 'AZW108'];
    for (const rule of RULES.filter((r) => !toolRules.includes(r.id) && !r.id.startsWith('AZS'))) {
      expect(rule.source).toMatch(/^[FG]\d+(, [FG]\d+)*; https:\/\/learn\.microsoft\.com\/azure\//);
      expect(rule.title.length).toBeGreaterThan(10);
    }
  });

  it('cites the azurerm documentation behind AZW108, a fact of the Terraform provider rather than of Azure', () => {
    const rule = RULES.find((r) => r.id === 'AZW108')!;
    expect(rule.source).toContain('https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/batch_pool');
  });

  it('cites the Azure documentation page behind every security rule', () => {
    for (const rule of RULES.filter((r) => r.id.startsWith('AZS'))) {
      expect(rule.source).toMatch(/^https:\/\/learn\.microsoft\.com\/azure\/batch\//);
      expect(rule.title.length).toBeGreaterThan(10);
    }
  });

  it('keeps retired IDs reserved: no rule reuses one, and no file of a retired rule remains', () => {
    const files = fs.readdirSync(path.join(__dirname, '../../../lib/validation/rules'));
    expect(RETIRED_RULES.map((r) => r.id)).toEqual(['AZS202']);
    for (const retired of RETIRED_RULES) {
      expect(ids).not.toContain(retired.id);
      expect(files.filter((f) => f.startsWith(`${retired.id.toLowerCase()}-`))).toEqual([]);
    }
  });

  it('is published as plain rule information', () => {
    expect(CustomImagePoolChecks.rules()).toEqual(
      RULES.map((r) => ({ id: r.id, severity: r.severity, title: r.title, source: r.source })),
    );
  });
});
