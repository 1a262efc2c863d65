import { TABLE_ITERATIONS, targetsFromTables } from '../../src/synth/aggregates/synthesize-from-tables.ts';
import { applyScenario } from '../../src/synth/scenario/apply-scenario.ts';
import { parseScenario } from '../../src/synth/scenario/parse-scenario.ts';
import { synthesize } from '../../src/synth/synthesize.ts';
import type { Targets } from '../../src/stats/tables/targets.ts';
import { median } from '../ecommerce/median-metrics.ts';
import { writeResults } from '../write-results.ts';
import { independentTrips } from './independent-trips.ts';
import { loadTrips, SOURCE_FILES } from './load-trips.ts';
import { medianTripScores, scoreTrips, type TripScores } from './score-trips.ts';
import { sourceDistances } from './source-distances.ts';
import type { Dataset } from '../../src/stats/dataset.ts';
import { derivedCheck } from './derived-check.ts';
import { describeScenario, SCENARIO, scenarioCheck } from './scenario-check.ts';
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
  ];
  // From the two source tables alone; the scenario edits the same targets before the loop.
  const { targets } = await targetsFromTables({ tables: data.sources, rows });
  const scenarioTargets = applyScenario(targets, parseScenario(SCENARIO)).targets;
  const baseline = await synthorMethod({ id: 'synthor', label: 'Synthor (from the source tables)', targets, rows }, { real, reference });
  const scenario = await synthorMethod({ id: 'synthor-scenario', label: `Synthor, scenario`, targets: scenarioTargets, rows }, { real, reference });
  methods.push(baseline.method);
  const halves = methods[0].scores?.queries.queries ?? [];
  const derived = baseline.first ? derivedCheck({ synthetic: baseline.first, real: data.trips, seed: SEEDS[0] }) : null;
  const check = scenarioCheck({ baseline: baseline.trips, scenario: scenario.trips, reference, noise: new Map(halves.map((q) => [q.id, q.error])) });
  process.stdout.write(
    describeTrips({
      realTrips: rows,
      realValues: TRIP_QUERIES.map((q) => q.value(real, reference)),
      topPairs: reference.topPairs,
      topOrigin: reference.topOrigin,
      sourceDistances: sources,
      methods,
    }) +
      '\n\n' +
      describeScenario(check) +
      '\n\n' +
      (derived
        ? `derived columns (seed ${SEEDS[0]}, as generate --derive adds them): ${derived.trips} trips; wrong distance ${derived.wrongDistance}, haul not cut from distance ${derived.wrongHaul}, departure outside its bin ${derived.outsideBin}`
        : '') +
      '\n',
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
      scenario: { text: SCENARIO, queries: check },
      derived,
    },
  });
  say(`wrote ${file}`);
}

/** The loop on the given targets for every seed: the scores, and each seed's trips (for the scenario's side by side). */
async function synthorMethod(
  options: { id: string; label: string; targets: Targets; rows: number },
  context: { real: Trips; reference: TripsReference },
): Promise<{ method: TripMethodResult; trips: Trips[]; first: Dataset | null }> {
  const { id, label, targets, rows } = options;
  const ms: number[] = [];
  const trips: Trips[] = [];
  let first: Dataset | null = null;
  const scores = await seeded(async (seed) => {
    const start = performance.now();
    const { dataset } = await synthesize({ targets, rows, seed, maxIterations: TABLE_ITERATIONS });
    ms.push(performance.now() - start);
    first ??= dataset;
    trips.push(tripsOf(dataset));
    return trips[trips.length - 1];
  }, context);
  say(`${label}: median ${(median(ms) / 1000).toFixed(1)} s per run`);
  return { method: { id, label, scores, ms }, trips, first };
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
