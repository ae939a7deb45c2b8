/*
 * One cold-start measurement, in a fresh process: `node cold-start.js <module>...` requires the
 * given modules in order and prints the time it took and the peak RSS, as one JSON line.
 */
import { performance } from 'perf_hooks';

const modules = process.argv.slice(2);
const start = performance.now();
for (const name of modules) require(name);
const ms = performance.now() - start;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ ms, maxRssMb })}\n`);
