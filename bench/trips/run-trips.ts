import { synthesizeFromTables } from '../../src/synth/aggregates/synthesize-from-tables.ts';
import { median } from '../ecommerce/median-metrics.ts';
import { writeResults } from '../write-results.ts';
import { independentTrips } from './independent-trips.ts';
import { loadTrips, SOURCE_FILES, type TripsData } from './load-trips.ts';
import { medianTripScores, scoreTrips, type TripScores } from './score-trips.ts';
import { sourceDistances } from './source-distances.ts';
import { splitTrips } from './split-trips.ts';
import { TRIP_QUERIES } from './trip-queries.ts';
import { tripsReferenceOf, type TripsReference } from './trip-reference.ts';
import { tripsOf, type Trips } from './trips.ts';
import { describeTrips, type TripMethodResult } from './trips-report.ts';

const SEEDS = [1, 2, 3];
const say = (s: string) => process.stderr.write(s + '\n');

/**
 * `npm run bench -- trips`: the paper's mobility task (issue #14, LLMSynthor
 * §4.1) on real flights between 20 airport zones. Query relative errors by
 * category, TVDs of the OD, time × delay and OD × time tables, rule
 * violations; for two real halves scored against each other (the noise of a
 * fresh sample; split seeds 1–3, median), the independent floor drawn from
 * the source tables' marginals and Synthor from the two source tables only
 * (seeds 1–3, median). Every method but the halves is scored against all of
 * trips.csv. Reports; asserts nothing.
 */
export async function tripsBench(): Promise<void> {
  const data = await loadTrips();
  const real = tripsOf(data.trips);
  const reference = tripsReferenceOf(real);
  const rows = data.trips.rowCount;
  const sources = sourceDistances({
    real,
    sources: [
      { name: SOURCE_FILES.odTime, table: data.odTime },
      { name: SOURCE_FILES.timeDelay, table: data.timeDelay },
    ],
  });
  const halvesRuns = SEEDS.map((seed) => {
    const { a, b } = splitTrips(real, seed);
    return scoreTrips({ real: b, synthetic: a, reference });
  });
  const methods: TripMethodResult[] = [
    { id: 'halves', label: 'real half A vs B (noise)', scores: { ...medianTripScores(halvesRuns), runs: halvesRuns } },
    {
      id: 'independent',
      label: 'independent (floor)',
      scores: await seeded((seed) => Promise.resolve(independentTrips({ odTime: data.odTime, timeDelay: data.timeDelay, rows, seed })), { real, reference }),
    },
    await synthorMethod(data, { real, reference }),
  ];
  process.stdout.write(
    describeTrips({
      realTrips: rows,
      realValues: TRIP_QUERIES.map((q) => q.value(real, reference)),
      topPairs: reference.topPairs,
      topOrigin: reference.topOrigin,
      sourceDistances: sources,
      methods,
    }) + '\n',
  );
  const file = writeResults({
    name: 'trips',
    data: {
      seeds: SEEDS,
      rows,
      sources: data.sources.map((s) => s.name),
      topPairs: reference.topPairs,
      topOrigin: reference.topOrigin,
      sourceDistances: sources,
      methods,
    },
  });
  say(`wrote ${file}`);
}

/** synthesizeFromTables on the two source tables for every seed, or why a run threw. */
async function synthorMethod(data: TripsData, context: { real: Trips; reference: TripsReference }): Promise<TripMethodResult> {
  const id = 'synthor';
  const label = 'Synthor (from the source tables)';
  const ms: number[] = [];
  try {
    const scores = await seeded(async (seed) => {
      const start = performance.now();
      const { dataset } = await synthesizeFromTables({ tables: data.sources, rows: data.trips.rowCount, seed });
      ms.push(performance.now() - start);
      return tripsOf(dataset);
    }, context);
    say(`${label}: median ${(median(ms) / 1000).toFixed(1)} s per run`);
    return { id, label, scores, ms };
  } catch (error) {
    return { id, label, scores: null, note: `run ${ms.length + 1} failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** One method's scores for every seed, and their medians (the `runs` keep each seed's). */
async function seeded(
  make: (seed: number) => Promise<Trips>,
  context: { real: Trips; reference: TripsReference },
): Promise<TripScores & { runs: readonly TripScores[] }> {
  const runs: TripScores[] = [];
  for (const seed of SEEDS) runs.push(scoreTrips({ ...context, synthetic: await make(seed) }));
  return { ...medianTripScores(runs), runs };
}
