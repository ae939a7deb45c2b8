import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../lib/validation/rules/index';

describe('README rule table', () => {
  const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Rules\n'));
  const rows = section
    .split('\n')
    .filter((line) => /^\| AZ[BSW]\d{3} \|/.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()));

  it('has a row with ID and severity for every rule, and no row for a rule that does not exist', () => {
    expect(readme).toContain('\n## Rules\n');
    expect(rows.map(([, id, severity]) => [id, severity])).toEqual(RULES.map((r) => [r.id, r.severity]));
  });

  it('says what each rule checks and where it comes from', () => {
    for (const [, id, , what, source] of rows) {
      expect([id, what.length > 20, source.length > 0]).toEqual([id, true, true]);
    }
  });
});
