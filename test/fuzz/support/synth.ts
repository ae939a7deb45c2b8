import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { AtomicSynth } from '../../../lib/synth/atomic-synth';
import { EVALUATION_DATE_CONTEXT_KEY } from '../../../lib/validation/evaluation-date';
import { expectLibraryError, expectNoLeaks } from './oracle';
import { Tokens } from './tokens';

const OUTDIR = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-synth-'));
afterAll(() => fs.rmSync(OUTDIR, { recursive: true, force: true }));

/** One fuzz case: an App with a stack `fuzz` (with the azurerm provider) and its token maker. */
export interface FuzzCase {
  readonly app: App;
  readonly stack: TerraformStack;
  readonly tokens: Tokens;
}

/** A stack with the azurerm provider. */
export function providerStack(app: App, id: string): TerraformStack {
  const stack = new TerraformStack(app, id);
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  return stack;
}

/**
 * Builds a case with `build` and synthesizes it the way the example app does (AtomicSynth into
 * a real output directory). Returns each stack's Terraform JSON by stack name, or undefined when
 * the library rejected the input with one of its own errors (and then left no stack file
 * behind; `onRejected` gets its message). Any other failure, or output with leaked `undefined`/`NaN`, fails the property.
 */
export function synthApp(
  evaluationDate: string,
  build: (c: FuzzCase) => void,
  onRejected?: (message: string) => void,
): { [stack: string]: any } | undefined {
  const outdir = path.join(OUTDIR, 'cdktf.out');
  const app = new App({ outdir, context: { [EVALUATION_DATE_CONTEXT_KEY]: evaluationDate } });
  const stack = providerStack(app, 'fuzz');
  const tokens = new Tokens(stack);
  try {
    build({ app, stack, tokens });
    AtomicSynth.synth(app);
  } catch (error) {
    AtomicSynth.discard(app);
    expectLibraryError(error);
    if (stackFiles(outdir).length > 0) throw new Error(`a failed synth left stack files behind: ${stackFiles(outdir).join(', ')}`);
    onRejected?.((error as Error).message);
    return undefined;
  }
  const result: { [stack: string]: any } = {};
  for (const file of stackFiles(outdir)) {
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    expectNoLeaks(json, tokens.inputs);
    result[path.basename(path.dirname(file))] = json;
  }
  return result;
}

/** `synthApp` for a case whose resources are all in the stack `fuzz`: that stack's JSON. */
export function synthCase(evaluationDate: string, build: (c: FuzzCase) => void, onRejected?: (message: string) => void): any | undefined {
  return synthApp(evaluationDate, build, onRejected)?.fuzz;
}

/** The resources of `type` in synthesized JSON. */
export function resources(json: any, type: string): any[] {
  return Object.values(json.resource?.[type] ?? {});
}

function stackFiles(outdir: string): string[] {
  const stacks = path.join(outdir, 'stacks');
  if (!fs.existsSync(stacks)) return [];
  return fs
    .readdirSync(stacks)
    .map((name) => path.join(stacks, name, 'cdk.tf.json'))
    .filter((file) => fs.existsSync(file));
}
