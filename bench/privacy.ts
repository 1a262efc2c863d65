import { formatTable } from '../src/cli/format-table.ts';
import { privateTargets } from '../src/stats/privacy/private-targets.ts';
import { buildTargets } from '../src/stats/tables/build-targets.ts';
import type { Targets } from '../src/stats/tables/targets.ts';
import { createRng } from '../src/synth/rng.ts';
import { synthesize } from '../src/synth/synthesize.ts';
import { ECOMMERCE_METRIC_NAMES, ecommerceMetrics, type EcommerceMetrics } from './ecommerce/ecommerce-metrics.ts';
import { sampleEcommerce } from './ecommerce/ecommerce-process.ts';
import { medianMetrics } from './ecommerce/median-metrics.ts';
import { ECOMMERCE_JOINTS, ECOMMERCE_ROWS } from './ecommerce/run-ecommerce.ts';
import { privacyAdultBench } from './privacy-adult.ts';
import { writeResults } from './write-results.ts';

/** The budgets the issue asks for; Infinity = no DP (exact tables). */
const EPSILONS = [0.5, 1, 2, 4, 8, Infinity];
/** Public bounds from the process definition (appendix A.1), not from the data. */
const BOUNDS = new Map<string, readonly [number, number]>([
  ['age', [18, 90]],
  ['price', [0, 2000]],
]);

/**
 * `npm run bench -- privacy [adult|ecommerce] [--seeds N]`: Adult's two-way
 * error, shapes and TSTR under DP beside MST (privacy-adult.ts), and the
 * e-commerce benchmark's nine metrics when the target tables carry Laplace
 * noise for ε-DP, against exact tables (median over seeds). Both by default.
 */
export async function privacyBench(argv: string[]): Promise<void> {
  const which = argv.find((a) => !a.startsWith('--') && argv[argv.indexOf(a) - 1] !== '--seeds');
  if (which !== undefined && which !== 'adult' && which !== 'ecommerce') {
    process.stderr.write(`bench: privacy: unknown part "${which}" (parts: adult, ecommerce)\n`);
    process.exit(2);
  }
  if (which !== 'ecommerce') await privacyAdultBench();
  if (which !== 'adult') await privacyEcommerce(argv);
}

async function privacyEcommerce(argv: string[]): Promise<void> {
  const seedsFlag = argv.indexOf('--seeds');
  const seeds = seedsFlag >= 0 ? Number(argv[seedsFlag + 1]) : 5;
  const joints = ECOMMERCE_JOINTS.map((j) => [...j]);
  const results = new Map<number, EcommerceMetrics[]>(EPSILONS.map((e) => [e, []]));
  for (let seed = 1; seed <= seeds; seed++) {
    const reference = sampleEcommerce({ rows: ECOMMERCE_ROWS, seed });
    for (const epsilon of EPSILONS) {
      process.stderr.write(`seed ${seed}: ε = ${epsilon} …\n`);
      const noise = createRng(10_000 + seed);
      const targets: Targets = Number.isFinite(epsilon)
        ? privateTargets(reference, { joints, dp: { epsilon, bounds: BOUNDS, random: () => noise.next() } })
        : buildTargets(reference, { joints });
      const { dataset } = await synthesize({ targets, rows: ECOMMERCE_ROWS, seed });
      results.get(epsilon)?.push(ecommerceMetrics(reference, dataset));
    }
  }
  const medians = EPSILONS.map((e) => medianMetrics(results.get(e) ?? []));
  const label = (e: number) => (Number.isFinite(e) ? `ε = ${e}` : 'no DP');
  const rows = ECOMMERCE_METRIC_NAMES.map((name) => [
    name,
    ...medians.map((m) => (name === 'copiedShare' ? `${(100 * m[name]).toFixed(2)}%` : m[name].toFixed(4))),
  ]);
  process.stdout.write(formatTable(['metric', ...EPSILONS.map(label)], rows) + '\n');
  const file = writeResults({
    name: 'privacy',
    data: { seeds, bounds: Object.fromEntries(BOUNDS), results: EPSILONS.map((e, i) => ({ epsilon: Number.isFinite(e) ? e : null, metrics: medians[i] })) },
  });
  process.stdout.write(`wrote ${file}\n`);
}
