import { readFileSync } from 'node:fs';
import { formatTable } from '../src/cli/format-table.ts';
import type { Dataset } from '../src/stats/dataset.ts';
import { rankPairs } from '../src/stats/dependence/rank-pairs.ts';
import { loadDataset } from '../src/stats/ingest/load-dataset.ts';
import { buildTargets } from '../src/stats/tables/build-targets.ts';
import type { Targets } from '../src/stats/tables/targets.ts';
import { sampleEcommerce } from './ecommerce/ecommerce-process.ts';
import { ECOMMERCE_JOINTS, ECOMMERCE_ROWS } from './ecommerce/run-ecommerce.ts';
import { writeResults } from './write-results.ts';

const SEED = 1;
const DEFAULT_SIZES = [10_000, 100_000];
/** Joints for penguins: the three most dependent pairs, fixed so speed is compared on the same tables across versions. */
const PENGUIN_JOINTS = 3;

interface SpeedRow {
  readonly source: string;
  readonly rows: number;
  readonly ms: number;
  readonly rowsPerSecond: number;
  readonly iterations: number;
}

/**
 * `npm run bench -- speed [--rows 10000,100000]`: rows per second of
 * `synthesize` (statistical planner) from penguins (targets with the top 3
 * pairs by rankPairs as joints) and from a 2,000-row e-commerce reference
 * (the three joints of appendix A.1). Wall time of one call, seed 1.
 */
export async function speedBench(argv: string[]): Promise<void> {
  const flag = argv.indexOf('--rows');
  const sizes = flag >= 0 ? argv[flag + 1].split(',').map(Number) : DEFAULT_SIZES;
  if (!sizes.every((n) => Number.isInteger(n) && n > 0))
    throw new RangeError(`bench: --rows must be positive integers separated by commas, got ${argv[flag + 1]}`);
  const say = (s: string) => process.stderr.write(s + '\n');
  const { synthesize } = await import('../src/synth/synthesize.ts');
  const sources = [await penguinTargets(), ecommerceTargets()];
  const rows: SpeedRow[] = [];
  for (const { source, targets } of sources) {
    for (const n of sizes) {
      say(`${source}: ${n} rows …`);
      const start = performance.now();
      const result = await synthesize({ targets, rows: n, seed: SEED });
      const ms = performance.now() - start;
      if (result.dataset.rowCount !== n) throw new Error(`bench: synthesize returned ${result.dataset.rowCount} rows for ${n} asked`);
      rows.push({ source, rows: n, ms, rowsPerSecond: (1000 * n) / ms, iterations: result.iterations });
    }
  }
  const header = ['source', 'rows', 'ms', 'rows/s', 'iterations'];
  const lines = rows.map((r) => [r.source, String(r.rows), r.ms.toFixed(0), r.rowsPerSecond.toFixed(0), String(r.iterations)]);
  process.stdout.write(formatTable(header, lines) + '\n');
  const file = writeResults({ name: 'speed', data: { seed: SEED, sources: sources.map((s) => ({ source: s.source, joints: s.joints })), rows } });
  say(`wrote ${file}`);
}

async function penguinTargets(): Promise<{ source: string; targets: Targets; joints: string[][] }> {
  const path = new URL('../test/fixtures/datasets/penguins.csv', import.meta.url);
  const { dataset } = await loadDataset({ name: 'penguins.csv', bytes: new Uint8Array(readFileSync(path)) });
  const joints = rankPairs(dataset)
    .slice(0, PENGUIN_JOINTS)
    .map((p) => [p.a, p.b]);
  return { source: 'penguins', targets: buildTargets(dataset, { joints }), joints };
}

function ecommerceTargets(): { source: string; targets: Targets; joints: string[][] } {
  const reference: Dataset = sampleEcommerce({ rows: ECOMMERCE_ROWS, seed: SEED });
  const joints = ECOMMERCE_JOINTS.map((j) => [...j]);
  return { source: 'e-commerce', targets: buildTargets(reference, { joints }), joints };
}
