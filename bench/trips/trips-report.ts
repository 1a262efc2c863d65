import { formatTable } from '../../src/cli/format-table.ts';
import { TRIP_DISTANCES } from './trip-distances.ts';
import { TRIP_CATEGORIES } from './trip-queries.ts';
import type { TripScores } from './score-trips.ts';
import type { SourceDistance } from './source-distances.ts';

export interface TripMethodResult {
  readonly id: string;
  readonly label: string;
  /** Medians over seeds (or splits), and each run's scores; null when the method could not run (`note` says why). */
  readonly scores: (TripScores & { readonly runs: readonly TripScores[] }) | null;
  readonly note?: string;
  /** Wall time of each run, when it was timed. */
  readonly ms?: readonly number[];
}

const fixed = (v: number | undefined, digits = 3) => (v === undefined || Number.isNaN(v) ? '-' : v.toFixed(digits));
const percent = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '-' : `${(100 * v).toFixed(1)}%`);

/** The bench's tables: per query, per category, the distances, the rules; then why a method did not run. */
export function describeTrips(options: {
  realTrips: number;
  /** Each query on all the real data, in TRIP_QUERIES order. */
  realValues: readonly number[];
  /** The real data's five largest OD pairs and top origin, so the od-top-k rows can be read. */
  topPairs: readonly string[];
  topOrigin: string;
  /** The source tables themselves against all real trips, where one table holds the distance's columns. */
  sourceDistances: readonly SourceDistance[];
  methods: readonly TripMethodResult[];
}): string {
  const { realTrips, realValues, methods } = options;
  const ran = methods.filter((m) => m.scores !== null);
  const names = ran.map((m) => m.label);
  const queryRows = (ran[0]?.scores?.queries.queries ?? []).map((q, i) => [
    q.id,
    q.category,
    fixed(realValues[i], 4),
    ...ran.map((m) => {
      const e = m.scores?.queries.queries[i];
      return e === undefined ? '-' : `${fixed(e.error)}${e.absolute ? ' (abs)' : ''}`;
    }),
  ]);
  const categoryRows = [
    ...TRIP_CATEGORIES.map((c) => [c, ...ran.map((m) => fixed(m.scores?.queries.categories[c]))]),
    ['overall (mean of queries)', ...ran.map((m) => fixed(m.scores?.queries.overall))],
    ...(ran[0]?.scores?.runs ?? []).map((_, k) => [`overall, run ${k + 1}`, ...ran.map((m) => fixed(m.scores?.runs[k]?.queries.overall))]),
  ];
  const sourceOf = (id: string) => {
    const s = options.sourceDistances.find((x) => x.id === id);
    return s === undefined ? '-' : `${fixed(s.value)} (${s.source})`;
  };
  const distanceRows = TRIP_DISTANCES.map((d, i) => [`TVD ${d.table}`, ...ran.map((m) => fixed(m.scores?.distances[i])), sourceOf(d.id)]);
  const rules = ran[0]?.scores?.violations.rules ?? [];
  const ruleRows = [
    ...rules.map((r, i) => [r.id, ...ran.map((m) => percent(m.scores?.violations.rules[i].share))]),
    ['any rule', ...ran.map((m) => percent(m.scores?.violations.any))],
    ['trips', ...ran.map((m) => String(m.scores?.trips ?? '-'))],
  ];
  const notes = methods.filter((m) => m.scores === null).map((m) => `${m.label}: not available (${m.note ?? 'no reason given'})`);
  return [
    `trips: real ${realTrips} trips. Largest OD pairs ${options.topPairs.join(', ')}; top origin ${options.topOrigin}.`,
    'Relative error |synthetic − real| / |real|; "(abs)" marks |synthetic − real| where the real value is 0.',
    formatTable(['query', 'category', 'real', ...names], queryRows),
    '',
    formatTable(['category: mean relative error', ...names], categoryRows),
    '',
    formatTable(['distance', ...names, 'source table itself'], distanceRows),
    '',
    formatTable(['rule: violation share', ...names], ruleRows),
    ...(notes.length > 0 ? ['', ...notes] : []),
  ].join('\n');
}
