import { targetsFromJson } from '../../src/stats/stats-json/targets-from-json.ts';
import { targetsToJson } from '../../src/stats/stats-json/targets-to-json.ts';
import { relatedTargets, synthesizeFromRelated } from '../../src/synth/related/synthesize-related.ts';
import type { Targets } from '../../src/stats/tables/targets.ts';
import { median } from '../ecommerce/median-metrics.ts';
import { writeResults } from '../write-results.ts';
import { describeHouseholds, type MethodResult } from './households-report.ts';
import { independentHouseholds } from './independent-households.ts';
import { loadHouseholds } from './load-households.ts';
import { POLICY_QUERIES } from './policy-queries.ts';
import { populationOf, type Population, type RelatedTables } from './population.ts';
import { referenceOf, type Reference } from './reference.ts';
import { medianScores, scoreHouseholds, type HouseholdScores } from './score-households.ts';
import { splitHouseholds } from './split-households.ts';

const SEEDS = [1, 2, 3];
const say = (s: string) => process.stderr.write(s + '\n');

/**
 * `npm run bench -- households`: the paper's population task (issue #13,
 * LLMSynthor §4.3). Policy-query relative errors by category, rule violations
 * per level, households identical to real ones; for two real halves scored
 * against each other (the noise a fresh sample has; split seeds 1–3, median),
 * the independent floor and Synthor (trained on all real households, 2,088 rows, median of seeds 1–3),
 * from the micro data and from its stats.json only (the aggregate-only run).
 * Reports; asserts nothing.
 */
export async function householdsBench(): Promise<void> {
  const data = await loadHouseholds();
  const real = populationOf(data);
  const reference = referenceOf(real);
  const rows = data.parent.rowCount;
  // Half A scored against half B: B stands in for the real data, A for a fresh sample of it.
  const halves = SEEDS.map((seed) => splitHouseholds(real, seed));
  const halvesRuns = halves.map(({ a, b }) => scoreHouseholds({ real: b, synthetic: a, reference }));
  const methods: MethodResult[] = [
    { id: 'halves', label: 'real half A vs B (noise)', scores: { ...medianScores(halvesRuns), runs: halvesRuns } },
    {
      id: 'independent',
      label: 'independent (floor)',
      scores: await seeded((seed) => Promise.resolve(independentHouseholds({ data, rows, seed })), { real, reference }),
    },
  ];
  // Trained once on all real households; from micro data the targets are used as built, from aggregates only as
  // `stats --child` writes them to stats.json and `generate --stats` reads them back (nothing else crosses).
  const targets = await relatedTargets(data);
  const statsJson = JSON.stringify(targetsToJson(targets));
  methods.push(await synthorMethod({ id: 'synthor', label: 'Synthor', make: () => targets, context: { data, real, reference } }));
  methods.push(
    await synthorMethod({
      id: 'synthor-stats',
      label: 'Synthor from stats.json',
      make: () => targetsFromJson(JSON.parse(statsJson), 'stats.json'),
      context: { data, real, reference },
    }),
  );
  process.stdout.write(
    describeHouseholds({ realHouseholds: rows, realPersons: real.persons.length, realValues: POLICY_QUERIES.map((q) => q.value(real, reference)), methods }) +
      '\n',
  );
  const file = writeResults({
    name: 'households',
    data: {
      seeds: SEEDS,
      rows,
      lowIncome: reference.lowIncome,
      halves: halves.map(({ a, b }) => ({ a: a.households.length, b: b.households.length })),
      methods,
    },
  });
  say(`wrote ${file}`);
}

/** Synthor from the given targets on every seed, or why a run threw. */
async function synthorMethod(options: {
  id: string;
  label: string;
  make: () => Targets;
  context: { data: RelatedTables; real: Population; reference: Reference };
}): Promise<MethodResult> {
  const { id, label, context } = options;
  const { data } = context;
  const rows = data.parent.rowCount;
  const ms: number[] = [];
  try {
    const scores = await seeded(async (seed) => {
      const start = performance.now();
      const out = await synthesizeFromRelated(options.make(), { rows, seed });
      ms.push(performance.now() - start);
      return { ...data, ...out };
    }, context);
    say(`${label}: median ${(median(ms) / 1000).toFixed(1)} s per run`);
    return { id, label, scores, ms };
  } catch (error) {
    return { id, label, scores: null, note: `run ${ms.length + 1} failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** One method's scores for every seed, and their medians (the `runs` keep each seed's). */
async function seeded(
  make: (seed: number) => Promise<RelatedTables>,
  context: { real: Population; reference: Reference },
): Promise<HouseholdScores & { runs: readonly HouseholdScores[] }> {
  const runs: HouseholdScores[] = [];
  for (const seed of SEEDS) runs.push(scoreHouseholds({ ...context, synthetic: populationOf(await make(seed)) }));
  return { ...medianScores(runs), runs };
}
