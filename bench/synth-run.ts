/*
 * One measurement, in a fresh process:
 * `synth-run <l1|l1-nested|l2> <pools> <poolsPerImage> <gallery|managed-image> <outdir>`, run with
 * plain node, ts-node or on CDK Terrain (see modes.ts).
 * Loads the modules first (cold start is measured separately), then times building the app
 * and `app.synth()`. Prints one JSON line.
 */
import { performance } from 'perf_hooks';
import { App, TerraformStack } from 'cdktf';
import { summarizeOutput } from './output-summary';
import { EVALUATION_DATE, ImagePath, Scenario } from './scenario';

const STACK = 'bench';

function main(): void {
  const [impl, pools, poolsPerImage, imagePath, outdir] = process.argv.slice(2);
  if (!['l1', 'l1-nested', 'l2'].includes(impl) || !['gallery', 'managed-image'].includes(imagePath) || !outdir) {
    throw new Error('usage: synth-run <l1|l1-nested|l2> <pools> <poolsPerImage> <gallery|managed-image> <outdir>');
  }
  const scenario: Scenario = { pools: Number(pools), poolsPerImage: Number(poolsPerImage), imagePath: imagePath as ImagePath };

  // Only the side being measured is loaded: the L1 process never loads the library.
  const l2 = impl === 'l2' ? (require('./l2-stack') as typeof import('./l2-stack')) : undefined;
  const l1 = impl !== 'l2' ? (require('./l1-stack') as typeof import('./l1-stack')) : undefined;

  const start = performance.now();
  const startCpu = process.cpuUsage();
  const context = l2 ? { [l2.EVALUATION_DATE_CONTEXT_KEY]: EVALUATION_DATE } : {};
  const app = new App({ outdir, context });
  const stack = new TerraformStack(app, STACK);
  if (l2) l2.buildL2(stack, scenario);
  else l1!.buildL1(stack, scenario, impl === 'l1-nested' ? l1!.L1Layout.NESTED_LIKE_L2 : l1!.L1Layout.FLAT);
  const constructMs = performance.now() - start;
  app.synth();
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(startCpu);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;

  // The package `cdktf` resolved to: `cdktn` when CDK Terrain's resolution hook is loaded.
  const framework: string = require('cdktf/package.json').name;
  process.stdout.write(`${JSON.stringify({ ms, cpuMs, constructMs, maxRssMb, framework, output: summarizeOutput(outdir, STACK) })}\n`);
}

main();
