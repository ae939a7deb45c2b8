// `npm run docs`: writes API.md from the .jsii assembly. jsii-docgen lists each kind of type
// alphabetically, which opened API.md with about a thousand lines of the azapi L1 bindings; this
// puts the library's constructs first, in the order of the main path, and moves the low-level
// bindings to a last section. Anchors and links stay as jsii-docgen writes them.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildOutputProblem, ROOT } from './build-output';

/** The constructs a reader looks for first, in the order the README's main path uses them. */
export const LEADING_CONSTRUCTS = [
  'ManagedImageFromSnapshots',
  'ComputeGallery',
  'GalleryImageDefinition',
  'GalleryImageVersion',
  'CustomImageBatchPool',
  'BatchAccount',
  'Snapshot',
  'ManagedImage',
  'AtomicApp',
];

/** Types of the hand-written azapi L1 bindings: documented last. */
const LOW_LEVEL = /^Azapi/;

const LOW_LEVEL_HEADING = '## Low-level bindings (azapi L1) <a name="Low-level bindings" id="low-level-bindings"></a>';
const LOW_LEVEL_INTRO =
  'The provider and resource of the `Azure/azapi` Terraform provider that `ManagedImageFromSnapshots` ' +
  'uses; it adds them for you. Use them directly only for ARM resources the library does not model.';

/** API.md as jsii-docgen writes it for the current build, reordered. */
export function renderApiMd(root: string = ROOT): string {
  const problem = buildOutputProblem(root);
  if (problem) throw new Error(`${problem}; run \`npm run build:jsii\` first`);
  const docgen = path.join(path.dirname(require.resolve('jsii-docgen/package.json')), 'bin', 'jsii-docgen');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'api-md-'));
  try {
    const generated = path.join(dir, 'API.md');
    const run = spawnSync(process.execPath, [docgen, '-o', generated], { cwd: root, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`jsii-docgen failed (exit ${run.status}): ${run.stderr}`);
    return reorderApiMd(fs.readFileSync(generated, 'utf8'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Splits `text` before every line that starts with `marker`; the first part is what precedes the first one. */
function splitBefore(text: string, marker: string): string[] {
  return text.split(new RegExp(`^(?=${marker} )`, 'm'));
}

const nameOf = (block: string) => /^### (\S+)/.exec(block)?.[1] ?? '';

/** Puts the leading constructs first in "Constructs" and moves every low-level type to a last section. */
export function reorderApiMd(text: string): string {
  const [head, ...sections] = splitBefore(text, '##');
  const lowLevel: string[] = [];
  const reordered = sections.map((section) => {
    const [intro, ...blocks] = splitBefore(section, '###');
    lowLevel.push(...blocks.filter((b) => LOW_LEVEL.test(nameOf(b))));
    const kept = blocks.filter((b) => !LOW_LEVEL.test(nameOf(b)));
    if (section.startsWith('## Constructs ')) {
      const rank = (b: string) => {
        const i = LEADING_CONSTRUCTS.indexOf(nameOf(b));
        return i < 0 ? LEADING_CONSTRUCTS.length : i;
      };
      kept.sort((a, b) => rank(a) - rank(b) || nameOf(a).localeCompare(nameOf(b)));
    }
    return intro + kept.join('');
  });
  const last = lowLevel.length > 0 ? [`${LOW_LEVEL_HEADING}\n\n${LOW_LEVEL_INTRO}\n\n${lowLevel.map(ensureBlankLineAtEnd).join('')}`] : [];
  return (head + [...reordered.map(ensureBlankLineAtEnd), ...last].join('')).replace(/\n+$/, '\n');
}

function ensureBlankLineAtEnd(block: string): string {
  return block.replace(/\n*$/, '\n\n');
}

if (require.main === module) {
  try {
    fs.writeFileSync(path.join(ROOT, 'API.md'), renderApiMd());
    console.log('docs: wrote API.md');
  } catch (e) {
    console.error(`docs: ${(e as Error).message}`);
    process.exit(1);
  }
}
