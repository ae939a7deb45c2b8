import * as fs from 'fs';
import * as path from 'path';

/** What a synthesized stack declares, by block type: `resource.azurerm_batch_pool` -> count. */
export interface OutputSummary {
  /** Bytes of the stack's `cdk.tf.json`. */
  readonly bytes: number;
  /** Count of each declared block, keyed `resource.<type>`, `data.<type>` or `provider.<name>`. */
  readonly blocks: { [key: string]: number };
  /** Annotations in the manifest, by level. */
  readonly annotations: { [level: string]: number };
}

/** Reads the synthesized stack `stackName` from `outdir`. */
export function summarizeOutput(outdir: string, stackName: string): OutputSummary {
  const file = path.join(outdir, 'stacks', stackName, 'cdk.tf.json');
  const text = fs.readFileSync(file, 'utf8');
  const config = JSON.parse(text);
  const blocks: { [key: string]: number } = {};
  for (const kind of ['resource', 'data']) {
    for (const [type, instances] of Object.entries<object>(config[kind] ?? {})) {
      blocks[`${kind}.${type}`] = Object.keys(instances).length;
    }
  }
  for (const [name, configs] of Object.entries<unknown[]>(config.provider ?? {})) {
    blocks[`provider.${name}`] = configs.length;
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
  const annotations: { [level: string]: number } = {};
  for (const annotation of manifest.stacks[stackName].annotations as Array<{ level: string }>) {
    annotations[annotation.level] = (annotations[annotation.level] ?? 0) + 1;
  }
  return { bytes: Buffer.byteLength(text), blocks, annotations };
}

/** Differences between the blocks two outputs declare; empty when they declare the same. */
export function blockDifferences(a: OutputSummary, b: OutputSummary): string[] {
  const keys = [...new Set([...Object.keys(a.blocks), ...Object.keys(b.blocks)])].sort();
  return keys.filter((k) => a.blocks[k] !== b.blocks[k]).map((k) => `${k}: ${a.blocks[k] ?? 0} vs ${b.blocks[k] ?? 0}`);
}
