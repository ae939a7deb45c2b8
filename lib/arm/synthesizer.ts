import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { ARM_FOLDER, markArmFolderCurrent } from '../core/synth-output';
import { buildArmModel } from './build-model';
import { MAIN_BICEP, renderBicep } from './template-bicep';
import { renderTemplateJson } from './template-json';
import { assertNoErrors } from './validation-gate';

/** File name of the ARM deployment template of a stack. */
const TEMPLATE_JSON = 'template.json';

/** Options of `ArmSynthesizer.synth`. */
export interface ArmSynthesisOptions {
  /**
   * Directory under which each stack's `arm/<stack>/` folder is written.
   *
   * @default - the App's outdir (`cdktf.out` unless configured otherwise)
   */
  readonly outdir?: string;
}

/** The ARM files written for one stack. */
export interface ArmStackFiles {
  /** Name (construct ID) of the stack. */
  readonly stackName: string;
  /** Path of the ARM deployment template, `<outdir>/arm/<stack>/template.json`. */
  readonly templateFile: string;
  /** Path of the Bicep file, `<outdir>/arm/<stack>/main.bicep`. */
  readonly bicepFile: string;
}

/**
 * Synthesizes the library's constructs to an Azure Resource Manager template and to Bicep, for
 * pipelines that deploy with `az deployment group create` instead of Terraform. Both files are
 * rendered from one model of the stack, so they declare the same resources.
 *
 * - Resources: `Microsoft.Compute/images` (2025-04-01, from snapshots), `Microsoft.Compute/galleries`,
 *   `galleries/images` and `galleries/images/versions` (2025-03-03), `Microsoft.Batch/batchAccounts`
 *   and `batchAccounts/pools` (2025-06-01), with `dependsOn` following the Terraform graph.
 *   Resources imported by ID are referenced, not declared. An image with `preventDestroy` gets a
 *   `CanNotDelete` lock (`Microsoft.Authorization/locks`, 2020-05-01) scoped to it, the ARM
 *   counterpart of Terraform's `prevent_destroy`.
 * - The template deploys into the resource group of the first resource declared; resources of
 *   other resource groups (e.g. a pool of a Batch account imported from another group) are
 *   deployed by nested deployments (Bicep modules under `modules/`).
 * - Terraform variables become template parameters of the same name; the azurerm provider's
 *   subscription becomes the deployment's. Any other Terraform-only value (a resource this
 *   library does not model, a data source, a Terraform function) is rejected with an error
 *   naming the construct, the property and the expression.
 * - The library's rules run first; a stack with any error annotation writes nothing.
 *
 * The simplest way to get both outputs is `new AtomicApp({ armTemplates: true })` and `app.synth()`.
 * Called by hand, it may run before or after `AtomicSynth.synth(app)`: the Terraform synthesis
 * keeps the ARM folders written for the same App in this process and removes only older ones.
 * Its own rule check fails on the same errors that fail the Terraform synthesis.
 *
 * @see https://learn.microsoft.com/azure/azure-resource-manager/templates/syntax
 * @see https://learn.microsoft.com/azure/azure-resource-manager/bicep/file
 */
export class ArmSynthesizer {
  /**
   * Writes `<outdir>/arm/<stack>/template.json` and `main.bicep` (and `modules/*.bicep` when a
   * stack spans resource groups) for `scope`, a stack or an App (every stack of it that declares
   * ARM resources). Every stack is checked before any file is written: if one fails, nothing is
   * written, the ARM folders of these stacks from earlier runs are removed (so nothing stale can
   * be deployed), and the error is thrown. A stack's folder is replaced as a whole.
   */
  public static synth(scope: IConstruct, options: ArmSynthesisOptions = {}): ArmStackFiles[] {
    const stacks = scope instanceof TerraformStack ? [scope] : scope.node.findAll().filter((c): c is TerraformStack => c instanceof TerraformStack);
    const app = App.of(scope);
    const outdir = options.outdir ?? app.outdir;
    const folder = (stack: TerraformStack) => path.join(outdir, ARM_FOLDER, stack.node.id);
    let rendered: Array<{ stack: TerraformStack; files: { [path: string]: string } }>;
    try {
      rendered = stacks.map((stack) => ({ stack, files: ArmSynthesizer.render(stack) }));
    } catch (e) {
      stacks.forEach((stack) => fs.rmSync(folder(stack), { recursive: true, force: true }));
      throw e;
    }
    return rendered
      .filter(({ files }) => Object.keys(files).length > 0)
      .map(({ stack, files }) => {
        const dir = folder(stack);
        fs.rmSync(dir, { recursive: true, force: true });
        for (const [file, text] of Object.entries(files)) {
          fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
          fs.writeFileSync(path.join(dir, file), text);
        }
        markArmFolderCurrent(app, dir);
        return { stackName: stack.node.id, templateFile: path.join(dir, TEMPLATE_JSON), bicepFile: path.join(dir, MAIN_BICEP) };
      });
  }

  /**
   * The ARM files of one stack, by path relative to its folder (`template.json`, `main.bicep`,
   * `modules/<deployment>.bicep`), without writing them; empty when the stack declares no ARM
   * resource. Runs the same checks as `synth` and throws on the same problems.
   */
  public static render(stack: TerraformStack): { [path: string]: string } {
    assertNoErrors(stack);
    const model = buildArmModel(stack);
    if (!model) return {};
    return {
      [TEMPLATE_JSON]: `${JSON.stringify(renderTemplateJson(model), null, 2)}\n`,
      ...renderBicep(model),
    };
  }

  private constructor() {}
}
