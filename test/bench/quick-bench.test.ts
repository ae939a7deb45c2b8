import * as fs from 'fs';
import * as path from 'path';
import { BenchBuild, buildForBench } from '../../bench/build';
import { measureSynth, SynthResult } from '../../bench/measure-synth';
import { ModeName } from '../../bench/modes';

const ROOT = path.resolve(__dirname, '..', '..');
const MODES: ModeName[] = ['ts-node', 'compiled', 'cdktn-fast'];

// The bench's quick mode: every mode and scenario at a few pools, one run per side. It checks
// that each mode runs on its framework and that L1 and L2 declare the same blocks in all of them.
describe('npm run bench, quick mode', () => {
  let build: BenchBuild;
  beforeAll(() => {
    build = buildForBench(ROOT);
  }, 300_000);
  afterAll(() => {
    if (build) fs.rmSync(build.root, { recursive: true, force: true });
  });

  it('loads the library as the built package (JavaScript with declarations), never lib/ sources', () => {
    const pkg = path.join(build.root, 'lib');
    expect(fs.existsSync(path.join(pkg, 'index.js'))).toBe(true);
    expect(fs.existsSync(path.join(pkg, 'index.d.ts'))).toBe(true);
    expect(fs.readdirSync(pkg, { recursive: true }).filter((f) => String(f).endsWith('.ts') && !String(f).endsWith('.d.ts'))).toEqual([]);
    expect(fs.realpathSync(path.join(build.tsDir, 'lib'))).toBe(fs.realpathSync(pkg));
  });

  // Every mode runs the gallery scenario; the other scenarios differ only in the app, not in how
  // the process is started, so they run compiled only (ts-node runs cost seconds each).
  const variants = [
    { name: 'gallery, own image per pool', poolsPerImage: 1, imagePath: 'gallery' as const, warnings: 4, modes: MODES },
    { name: 'gallery, 2 pools per image', poolsPerImage: 2, imagePath: 'gallery' as const, warnings: 8, modes: ['compiled' as const] },
    { name: 'managed image (legacy)', poolsPerImage: 1, imagePath: 'managed-image' as const, warnings: 4, modes: ['compiled' as const] },
  ];
  it.each(variants)('measures $name, with the same output on both sides', (variant) => {
    const result: SynthResult = measureSynth(ROOT, build, variant.modes, 4, variant, 1, { warmUp: false, nestedControl: false });
    expect(result.modes.map((m) => m.mode)).toEqual(variant.modes);
    for (const m of result.modes) {
      expect(m.l1.runsMs).toHaveLength(1);
      expect(m.timeRatio).toBeGreaterThan(0);
      expect(m.l1.annotations).toEqual({});
      // Gallery pools replaced in place on a new version (AZW108), sharing an image (F5) and
      // managed-image pools before retirement (F9) each warn once per pool.
      expect(m.l2.annotations['@cdktf/warn'] ?? 0).toBe(variant.warnings);
    }
    expect(result.blocks['resource.azurerm_batch_pool']).toBe(4);
    expect(result.blocks['resource.azurerm_shared_image_version'] ?? 0).toBe(variant.imagePath === 'gallery' ? 4 / variant.poolsPerImage : 0);
  }, 600_000);
});
