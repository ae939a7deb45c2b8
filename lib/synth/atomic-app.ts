import * as path from 'path';
import { App, AppConfig } from 'cdktf';
import { ArmSynthesizer } from '../arm/synthesizer';
import { AtomicSynth } from './atomic-synth';

/** Props of `AtomicApp`. */
export interface AtomicAppProps extends AppConfig {
  /**
   * Also write each stack as an ARM template and as Bicep (`<outdir>/arm/<stack>/template.json`
   * and `main.bicep`), for pipelines that deploy with `az deployment group create`.
   *
   * @default false
   */
  readonly armTemplates?: boolean;
}

/**
 * A cdktf `App` whose `synth()` leaves the output directory either complete and current or
 * empty of synthesized files, never stale: one call does the Terraform synthesis, the ARM/Bicep
 * output when asked, and the clean-up on failure.
 *
 * - Creating it removes the previous run's synthesized files from its outdir (Terraform's
 *   working files such as `.terraform` stay), so a construct that rejects its props while the
 *   stacks are defined leaves nothing that `cdktf deploy` or `az deployment group create` could
 *   take for current.
 * - `synth()` runs `AtomicSynth.synth` (all stacks or none, no stale stack) and then, with
 *   `armTemplates`, `ArmSynthesizer.synth`; any failure removes what was written and rethrows,
 *   so the message reaches the terminal with a non-zero exit code.
 *
 * @example
 * import { TerraformStack } from 'cdktf';
 * import { AtomicApp } from 'cdktf-azure-batch-custom-images';
 *
 * const app = new AtomicApp({ armTemplates: true });
 * const stack = new TerraformStack(app, 'batch-images');
 * // ... the library's constructs ...
 * app.synth();
 */
export class AtomicApp extends App {
  private readonly armTemplates: boolean;

  public constructor(props: AtomicAppProps = {}) {
    super(props);
    this.armTemplates = props.armTemplates ?? false;
    // The app may fail while its stacks are defined, before synth() can clean up.
    AtomicSynth.discard(this);
  }

  /** Synthesizes every stack atomically, then the ARM/Bicep output when asked; on failure removes what was written and rethrows. */
  public synth(): void {
    try {
      AtomicSynth.synth(this);
      if (this.armTemplates) ArmSynthesizer.synth(this, { outdir: path.resolve(this.outdir) });
    } catch (e) {
      AtomicSynth.discard(this);
      throw e;
    }
  }
}
