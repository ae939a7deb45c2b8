// `npm run docs:check`: fails when the committed API.md is not what `npm run docs` makes of the
// current .jsii assembly. Fix a failure with `npm run build:jsii && npm run docs`.
import * as fs from 'fs';
import * as path from 'path';
import { renderApiMd } from './api-md';
import { ROOT } from './build-output';

/** Where the committed API.md first differs from a fresh one, or undefined when it is current. */
export function apiMdDifference(root: string = ROOT): string | undefined {
  const expected = renderApiMd(root).split('\n');
  const committedFile = path.join(root, 'API.md');
  if (!fs.existsSync(committedFile)) return 'API.md does not exist';
  const committed = fs.readFileSync(committedFile, 'utf8').split('\n');
  const length = Math.max(expected.length, committed.length);
  for (let i = 0; i < length; i++) {
    if (expected[i] !== committed[i]) {
      return `line ${i + 1} is ${JSON.stringify(committed[i] ?? '<end of file>')} but should be ${JSON.stringify(expected[i] ?? '<end of file>')}`;
    }
  }
  return undefined;
}

if (require.main === module) {
  let difference: string | undefined;
  try {
    difference = apiMdDifference();
  } catch (e) {
    console.error(`docs:check: ${(e as Error).message}`);
    process.exit(1);
  }
  if (difference) {
    console.error(`docs:check: API.md is stale: ${difference}.\nRun \`npm run docs\` and commit API.md.`);
    process.exitCode = 1;
  } else {
    console.log('docs:check: API.md matches the .jsii assembly.');
  }
}
