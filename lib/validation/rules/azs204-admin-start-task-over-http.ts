import { isUnresolved } from '../../core/tokens';
import { PoolDescription } from '../model';
import { finding, Rule, RuleResult, RuleSeverity, unresolved } from '../rule';
import { poolLabel, quotedList } from '../wording';

const PLAIN_HTTP = /^\s*http:\/\//i;

/**
 * AZS204: a start task that runs as administrator (root on Linux) and downloads resource files
 * over plain `http://`: anyone on the network path can swap a file and have it run with full
 * rights on every node.
 */
export const AZS204: Rule = {
  id: 'AZS204',
  severity: RuleSeverity.WARNING,
  title: 'Start task with admin elevation that downloads resource files over plain http://',
  source:
    'https://learn.microsoft.com/azure/batch/security-best-practices, https://learn.microsoft.com/azure/batch/batch-user-accounts ' +
    '(elevation level), https://learn.microsoft.com/rest/api/batchmanagement/pool/create#resourcefile',

  checkPool(pool: PoolDescription): RuleResult[] {
    const task = pool.startTask;
    if (!task || !task.elevatedAdmin) return [];
    const urls = task.resourceFiles.map((f) => f.url).filter((url): url is string => url !== undefined);
    const plain = urls.filter((url) => !isUnresolved(url) && PLAIN_HTTP.test(url));
    if (plain.length > 0) {
      return [
        finding(
          `the start task of ${poolLabel(pool)} runs with admin elevation and downloads ${quotedList(plain)} over plain HTTP, ` +
            'so anyone on the network path can replace what runs as administrator on every node',
          'serve the files over https:// (e.g. a blob URL with a SAS, or a storage container with userAssignedIdentityId), ' +
            'or run the start task with ElevationLevel.NON_ADMIN',
        ),
      ];
    }
    const token = urls.find(isUnresolved);
    return token === undefined ? [] : [unresolved('a resource file URL of the admin start task', token)];
  },
};
