import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { Suppressions } from '../../lib/validation/suppressions';
import { testApp } from './support/fakes';

describe('Suppressions', () => {
  function tree() {
    const stack = new TerraformStack(testApp(), 'Stack');
    const group = new Construct(stack, 'Group');
    const pool = new Construct(group, 'Pool');
    return { stack, group, pool };
  }

  it('applies to the construct and everything below it, the nearest suppression winning', () => {
    const { stack, group, pool } = tree();
    Suppressions.add(stack, 'AZW103', 'shared images are intended here');
    Suppressions.add(group, 'AZW103', '  this group runs tiny pools  ');
    expect(Suppressions.reasonFor(pool, 'AZW103')).toBe('this group runs tiny pools');
    expect(Suppressions.reasonFor(stack, 'AZW103')).toBe('shared images are intended here');
    expect(Suppressions.reasonFor(pool, 'AZW101')).toBeUndefined();
  });

  it('rejects an ID that no rule has, listing the IDs', () => {
    const { pool } = tree();
    expect(() => Suppressions.add(pool, 'AZB999', 'a perfectly good reason')).toThrow(
      "[Stack/Group/Pool] cannot suppress 'AZB999': no rule has that ID; use one of AZB001, AZB002, AZB003, AZB004, AZB005, AZB007, " +
        'AZS201, AZS203, AZS204, AZW101, AZW102, AZW103, AZW104, AZW105, AZW106, AZW107, AZW108, AZW109 ' +
        '(add a custom rule with CustomImagePoolChecks.of(scope).addRule before suppressing it).',
    );
  });

  it('accepts a suppression of the retired AZS202 without effect, warning that it can be removed', () => {
    const { pool } = tree();
    expect(() => Suppressions.add(pool, 'AZS202', 'no default endpoints here')).not.toThrow();
    expect(Suppressions.reasonFor(pool, 'AZS202')).toBeUndefined();
    expect(pool.node.metadata.map((m) => [m.type, m.data])).toEqual([
      ['@cdktf/warn', expect.stringMatching(/^AZS202 is retired \(it warned about the default SSH\/RDP endpoints .*\); this suppression has no effect — remove it\.$/)],
    ]);
  });

  it('rejects a reason shorter than 10 characters', () => {
    const { pool } = tree();
    expect(() => Suppressions.add(pool, 'AZW101', ' too short ')).toThrow(
      "[Stack/Group/Pool] suppressing AZW101 needs a reason of at least 10 characters (got ' too short '); say why the rule does not apply here.",
    );
    expect(() => Suppressions.add(pool, 'AZW101', '0123456789')).not.toThrow();
  });
});
