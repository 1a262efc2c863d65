import { jointLabel } from '../../src/stats/tables/joint-group.ts';
import { buildTargets } from '../../src/stats/tables/build-targets.ts';
import type { EcommerceMetrics } from './ecommerce-metrics.ts';
import type { EcommerceMethod, MethodScore } from './ecommerce-methods.ts';
import { ECOMMERCE_METHODS } from './ecommerce-methods.ts';
import { sampleEcommerce } from './ecommerce-process.ts';
import type { MethodSummary } from './ecommerce-report.ts';
import { metricsTable, verdictLines, verdicts } from './ecommerce-report.ts';
import { median, medianMetrics } from './median-metrics.ts';
import { writeResults } from '../write-results.ts';

/** The joints of the process (appendix A.1): what every method is given, the same tables for IPF and Synthor. */
export const ECOMMERCE_JOINTS = [
  ['age', 'gender', 'category'],
  ['category', 'price'],
  ['location', 'payment'],
] as const;

/** The paper's reference size. */
export const ECOMMERCE_ROWS = 2000;

interface EcommerceArgs {
  readonly seeds: number;
  readonly methods: readonly EcommerceMethod[];
}

/**
 * `npm run bench -- ecommerce [--seeds N] [--methods noise,independent,ipf,synthor]`:
 * the paper's controlled benchmark (LLMSynthor appendix A.1). Seed s draws a
 * fresh 2,000-row reference from the process, builds the targets (marginals
 * + the three joints, 6 quantile bins), and runs every method with seed s;
 * a method's score is the median over seeds (the noise floor: median over 20
 * fresh samples per seed, then over seeds).
 */
export async function ecommerceBench(argv: string[]): Promise<void> {
  const { seeds, methods } = parseArgs(argv);
  const say = (s: string) => process.stderr.write(s + '\n');
  const runs = new Map<EcommerceMethod, { score: MethodScore; ms: number }[]>(methods.map((m) => [m, []]));
  for (let seed = 1; seed <= seeds; seed++) {
    const reference = sampleEcommerce({ rows: ECOMMERCE_ROWS, seed });
    const targets = buildTargets(reference, { joints: ECOMMERCE_JOINTS.map((j) => [...j]) });
    for (const method of methods) {
      say(`seed ${seed}: ${method.label} …`);
      const start = performance.now();
      const score = await method.score({ reference, targets, rows: ECOMMERCE_ROWS, seed });
      if (score.joints) say(`seed ${seed}: ${method.label} chose ${score.joints.map((j) => `[${jointLabel(j)}]`).join(' ')}`);
      runs.get(method)?.push({ score, ms: performance.now() - start });
    }
  }
  const summaries: MethodSummary[] = methods.map((method) => {
    const list = runs.get(method) ?? [];
    return { method, metrics: medianMetrics(list.map((r) => r.score.metrics)), ms: median(list.map((r) => r.ms)) };
  });
  const verdictList = verdicts(summaries);
  const chosenList = verdicts(summaries, 'chosen');
  process.stdout.write(`e-commerce benchmark (LLMSynthor appendix A.1): ${ECOMMERCE_ROWS} rows, median over seeds 1…${seeds}\n\n`);
  process.stdout.write(
    metricsTable(summaries) +
      `\n\nSynthor given the process’s joints (${ECOMMERCE_JOINTS.map((j) => `[${j.join(', ')}]`).join(' ')}):\n` +
      verdictLines(verdictList) +
      '\n',
  );
  if (chosenList.length > 0) process.stdout.write('\nSynthor choosing its own joints (IPF is still given the process’s):\n' + verdictLines(chosenList) + '\n');
  const file = writeResults({
    name: 'ecommerce',
    data: {
      rows: ECOMMERCE_ROWS,
      seeds,
      joints: ECOMMERCE_JOINTS,
      medians: Object.fromEntries(summaries.map((s) => [s.method.id, { ...s.metrics, msPerRun: s.ms }])),
      verdicts: verdictList,
      chosenVerdicts: chosenList,
      chosenJoints: (runs.get(ECOMMERCE_METHODS.find((m) => m.id === 'chosen') as EcommerceMethod) ?? []).map((r) => r.score.joints ?? []),
      runs: Object.fromEntries(
        [...runs].map(([method, list]) => [
          method.id,
          list.map((r, i): { seed: number; ms: number; details: Record<string, number> } & EcommerceMetrics => ({
            seed: i + 1,
            ms: r.ms,
            details: r.score.details,
            ...r.score.metrics,
          })),
        ]),
      ),
    },
  });
  say(`wrote ${file}`);
}

function parseArgs(argv: string[]): EcommerceArgs {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const seeds = Number(value('--seeds') ?? 5);
  if (!Number.isInteger(seeds) || seeds < 1 || seeds > 999) throw new RangeError(`bench: --seeds must be an integer from 1 to 999, got ${value('--seeds')}`);
  const ids = (value('--methods') ?? ECOMMERCE_METHODS.map((m) => m.id).join(',')).split(',').map((s) => s.trim());
  const methods = ids.map((id) => {
    const method = ECOMMERCE_METHODS.find((m) => m.id === id);
    if (!method) throw new RangeError(`bench: unknown method "${id}" (methods: ${ECOMMERCE_METHODS.map((m) => m.id).join(', ')})`);
    return method;
  });
  return { seeds, methods };
}
