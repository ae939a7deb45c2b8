import * as fs from 'fs';
import * as path from 'path';
import { AnnotationMetadataEntryType, App, IManifest, Manifest } from 'cdktf';
import { removeArmOutput, removeSynthesizedOutput, SARIF_REPORT } from '../core/synth-output';
import { isReportOf, noteReportWritten } from '../validation/sarif';

/**
 * Synthesizes a cdktf App so that its output directory only ever holds a complete, current
 * synthesis, never a partial or stale one that `cdktf deploy` (or `terraform apply` in a stack
 * directory, or `az deployment group create` on `arm/<stack>/template.json`) could take for current.
 *
 * Plain `app.synth()` writes stack by stack: when a later stack has an error annotation, the
 * earlier stacks are already written and the failing stack's file from a previous run is left
 * in place; under the cdktf CLI (which sets `CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS`) every
 * stack is written, errors included.
 *
 * An app can also fail before or after this synthesis: a construct rejecting its props (a
 * `ConstructValidationError`), or `ArmSynthesizer.synth` rejecting a value. Call `discard` on
 * every failure of the app, so the previous run's output goes too:
 *
 * ```ts
 * const app = new App();
 * try {
 *   // ... define the stacks ...
 *   AtomicSynth.synth(app);
 *   ArmSynthesizer.synth(app);
 * } catch (e) {
 *   AtomicSynth.discard(app);
 *   throw e;
 * }
 * ```
 */
export class AtomicSynth {
  /**
   * Synthesizes `app` into a staging directory beside its output directory and moves the result
   * in only when no stack has an error annotation. The ARM/Bicep output of an earlier run
   * (`arm/`) is removed in any case, as it describes the earlier constructs: run
   * `ArmSynthesizer.synth` afterwards to write the current one. On failure it removes what
   * `discard` removes, keeps this run's SARIF report (`batch-images.sarif`: a report of the
   * failure, which CI can upload, and nothing that can be deployed), then throws an error
   * listing the error annotations.
   */
  public static synth(app: App): void {
    const outdir = path.resolve(app.outdir);
    const parent = path.dirname(outdir);
    fs.mkdirSync(parent, { recursive: true });
    const staging = fs.mkdtempSync(path.join(parent, `.${path.basename(outdir)}.staging-`));
    const original = { outdir: app.outdir, manifest: app.manifest };
    const redirected = app as { outdir: string; manifest: Manifest };
    try {
      redirected.outdir = staging;
      redirected.manifest = new Manifest(app.manifest.version, staging, app.hclOutput);
      app.synth();
      const errors = errorAnnotations(staging);
      if (errors.length > 0) {
        throw new Error(`Synthesis failed, so ${outdir} keeps no stack file (none would be current). Error annotations:\n${errors.join('\n')}`);
      }
      removeArmOutput(outdir);
      moveInto(staging, outdir);
      removeOrphanedStacks(outdir);
    } catch (e) {
      removeSynthesizedOutput(outdir);
      keepReport(app, staging, outdir);
      throw e;
    } finally {
      redirected.outdir = original.outdir;
      redirected.manifest = original.manifest;
      fs.rmSync(staging, { recursive: true, force: true });
    }
  }

  /**
   * Removes every synthesized file from `app`'s output directory: the manifest, each stack's
   * Terraform JSON (or HCL and its metadata), the ARM/Bicep output under `arm/` and the SARIF
   * report of an earlier run (the one this App wrote in this run stays: it says why the run
   * failed), keeping Terraform's working files such as `.terraform`. Call it when the app fails anywhere (while
   * defining its constructs, in `synth`, or writing ARM output), so that no file of an earlier
   * run can pass for current. Nothing else removes files: catching an error does not.
   */
  public static discard(app: App): void {
    const outdir = path.resolve(app.outdir);
    // The report this App wrote in this run is current: it says why the run failed.
    removeSynthesizedOutput(outdir, isReportOf(app, path.join(outdir, SARIF_REPORT)));
  }

  private constructor() {}
}

/** Moves this run's SARIF report, if synth wrote one, from `staging` to `outdir`. */
function keepReport(app: App, staging: string, outdir: string): void {
  const report = path.join(staging, SARIF_REPORT);
  if (!fs.existsSync(report)) return;
  fs.mkdirSync(outdir, { recursive: true });
  fs.renameSync(report, path.join(outdir, SARIF_REPORT));
  noteReportWritten(app, path.join(outdir, SARIF_REPORT));
}

/** The error annotations of every stack in the manifest under `dir`, as `[path] message`. */
function errorAnnotations(dir: string): string[] {
  const manifest = readManifest(dir);
  if (!manifest) return [];
  return Object.values(manifest.stacks).flatMap((stack) =>
    stack.annotations.filter((a) => a.level === AnnotationMetadataEntryType.ERROR).map((a) => `[${a.constructPath}] ${a.message}`),
  );
}

function readManifest(dir: string): IManifest | undefined {
  const file = path.join(dir, Manifest.fileName);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as IManifest) : undefined;
}

/** Moves every file under `from` to the same place under `to`, replacing files one rename each; the manifest last. */
function moveInto(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  const entries = fs.readdirSync(from, { withFileTypes: true }).sort((a, b) => Number(a.name === Manifest.fileName) - Number(b.name === Manifest.fileName));
  for (const entry of entries) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      if (fs.existsSync(target) && !fs.statSync(target).isDirectory()) fs.rmSync(target, { force: true });
      moveInto(source, target);
    } else {
      fs.renameSync(source, target);
    }
  }
}

/** Removes stack directories the new manifest does not list, as the cdktf CLI does. */
function removeOrphanedStacks(outdir: string): void {
  const manifest = readManifest(outdir);
  const stacksDir = path.join(outdir, Manifest.stacksFolder);
  if (!manifest || !fs.existsSync(stacksDir)) return;
  const current = new Set(Object.values(manifest.stacks).map((s) => path.resolve(outdir, s.workingDirectory)));
  for (const entry of fs.readdirSync(stacksDir, { withFileTypes: true })) {
    const dir = path.join(stacksDir, entry.name);
    if (entry.isDirectory() && !current.has(dir)) fs.rmSync(dir, { recursive: true, force: true });
  }
}
