import * as fs from 'fs';
import * as path from 'path';
import { App, Manifest } from 'cdktf';
import { IConstruct } from 'constructs';

/*
 * The synthesized files of a cdktf output directory (`cdktf.out`): `manifest.json` and each
 * stack's `stacks/<stack>/cdk.tf.json` (or `cdk.tf` and `metadata.json` with HCL output).
 * Terraform's own files beside them (`.terraform`, the lock file) are never touched.
 */

const STACK_FILES = ['cdk.tf.json', 'cdk.tf', Manifest.stackMetadataPath];

/** Removes the manifest and every stack's synthesized files from `outdir`, so nothing stale can be deployed. */
export function removeSynthesizedStacks(outdir: string): void {
  fs.rmSync(path.join(outdir, Manifest.fileName), { force: true });
  const stacksDir = path.join(outdir, Manifest.stacksFolder);
  if (!fs.existsSync(stacksDir)) return;
  for (const entry of fs.readdirSync(stacksDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const file of STACK_FILES) fs.rmSync(path.join(stacksDir, entry.name, file), { force: true });
  }
}

const DISCARDED = new WeakSet<IConstruct>();

/**
 * The app `scope` belongs to has failed before synthesis (a construct rejected its props): the
 * stack files of an earlier synthesis in its output directory are not current any more, so they
 * are removed (once per App) for `cdktf deploy` not to take them for current.
 */
export function discardEarlierSynthesis(scope: IConstruct): void {
  const root = scope.node.root;
  if (!App.isApp(root) || DISCARDED.has(root)) return;
  DISCARDED.add(root);
  removeSynthesizedStacks(path.resolve(root.outdir));
}
