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

/** The SARIF report of the rules' findings (CustomImagePoolChecks writes it). */
export const SARIF_REPORT = 'batch-images.sarif';

/** Folder of the ARM/Bicep output in an output directory: ArmSynthesizer writes there. */
export const ARM_FOLDER = 'arm';

/** Removes the ARM/Bicep output of every stack from `outdir`. */
export function removeArmOutput(outdir: string): void {
  fs.rmSync(path.join(outdir, ARM_FOLDER), { recursive: true, force: true });
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
