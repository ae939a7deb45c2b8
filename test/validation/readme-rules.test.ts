import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../lib/validation/rules/index';
import { RETIRED_RULES } from '../../lib/validation/rules/retired';

describe('README rule table', () => {
  const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Rules\n'));
  /** The cells of the rows of the table that starts with `header`, up to the first blank line. */
  const table = (header: string): string[][] => {
    const start = section.indexOf(header);
    expect(start).toBeGreaterThan(0);
    return section
      .slice(start)
      .split('\n\n')[0]
      .split('\n')
      .filter((line) => /^\| AZ[BSW]\d{3} \|/.test(line))
      .map((line) => line.split('|').map((cell) => cell.trim()));
  };
  const rows = table('| ID | Severity | Images |');

  it('has a row with ID and severity for every rule, and no row for a rule that does not exist', () => {
    expect(readme).toContain('\n## Rules\n');
    expect(rows.map(([, id, severity]) => [id, severity])).toEqual(RULES.map((r) => [r.id, r.severity]));
  });

  it('says which images each rule applies to, what it checks and where it comes from', () => {
    for (const [, id, , images, what, source] of rows) {
      expect([id, ['managed images', 'gallery versions', 'both', '—'].includes(images), what.length > 20, source.length > 0]).toEqual([id, true, true, true]);
    }
    const images = Object.fromEntries(rows.map(([, id, , applies]) => [id, applies]));
    expect([images.AZB003, images.AZB004, images.AZB005, images.AZW109]).toEqual(['managed images', 'managed images', 'managed images', 'gallery versions']);
  });

  it('lists every retired rule ID with the reason, and no rule under a retired ID', () => {
    const retired = table('| Retired ID | Why |');
    expect(retired.map(([, id]) => id)).toEqual(RETIRED_RULES.map((r) => r.id));
    for (const [, id, why] of retired) expect([id, why.length > 40]).toEqual([id, true]);
  });
});
