import * as fs from 'fs';
import * as path from 'path';
import { Manifest } from 'cdktf';

/*
 * The synthesized files of a cdktf output directory (`cdktf.out`): `manifest.json`, each
 * stack's `stacks/<stack>/cdk.tf.json` (or `cdk.tf` and `metadata.json` with HCL output) and
 * the ARM/Bicep output under `arm/` (see ArmSynthesizer), and the SARIF report of the rules' findings. Terraform's own files beside them
 * (`.terraform`, the lock file) are never touched.
 */

const STACK_FILES = ['cdk.tf.json', 'cdk.tf', Manifest.stackMetadataPath];

/** Folder of the ARM/Bicep output in an output directory: ArmSynthesizer writes there. */
export const ARM_FOLDER = 'arm';

/** The SARIF report of the rules' findings (CustomImagePoolChecks writes it). */
export const SARIF_REPORT = 'batch-images.sarif';

// The ARM folders written for an App in this process: they describe its current constructs, so
// a Terraform synthesis that runs after them keeps them (the two calls may come in any order).
const CURRENT_ARM_FOLDERS = new WeakMap<object, Set<string>>();

/** Records that `folder` (an `arm/<stack>` folder) now holds the ARM output of `app`'s current constructs. */
export function markArmFolderCurrent(app: object, folder: string): void {
  let folders = CURRENT_ARM_FOLDERS.get(app);
  if (!folders) {
    folders = new Set();
    CURRENT_ARM_FOLDERS.set(app, folders);
  }
  folders.add(path.resolve(folder));
}

/** Forgets the ARM folders recorded for `app` (its output was removed). */
export function forgetArmFolders(app: object): void {
  CURRENT_ARM_FOLDERS.delete(app);
}

/** Removes the ARM/Bicep output of every stack from `outdir`. */
export function removeArmOutput(outdir: string): void {
  fs.rmSync(path.join(outdir, ARM_FOLDER), { recursive: true, force: true });
}

/**
 * Removes the ARM/Bicep output under `outdir` except the folders written for `app` in this
 * process: those describe its current constructs, the others an earlier run's.
 */
export function removeStaleArmOutput(outdir: string, app: object): void {
  const current = CURRENT_ARM_FOLDERS.get(app);
  if (!current || current.size === 0) return removeArmOutput(outdir);
  const armDir = path.join(outdir, ARM_FOLDER);
  if (!fs.existsSync(armDir)) return;
  for (const entry of fs.readdirSync(armDir)) {
    const folder = path.resolve(armDir, entry);
    if (!current.has(folder)) fs.rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Removes the manifest, every stack's synthesized files, the ARM/Bicep output and (unless
 * `keepReport`) the SARIF report from `outdir`, so nothing stale can be deployed or reported.
 */
export function removeSynthesizedOutput(outdir: string, keepReport = false): void {
  fs.rmSync(path.join(outdir, Manifest.fileName), { force: true });
  if (!keepReport) fs.rmSync(path.join(outdir, SARIF_REPORT), { force: true });
  removeArmOutput(outdir);
  const stacksDir = path.join(outdir, Manifest.stacksFolder);
  if (!fs.existsSync(stacksDir)) return;
  for (const entry of fs.readdirSync(stacksDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const file of STACK_FILES) fs.rmSync(path.join(stacksDir, entry.name, file), { force: true });
  }
}
