import { formatTable } from '../../src/cli/format-table.ts';
import { CATEGORIES } from './policy-queries.ts';
import type { HouseholdScores } from './score-households.ts';

export interface MethodResult {
  readonly id: string;
  readonly label: string;
  /** Medians over seeds, and each seed's scores; null when the method could not run (`note` says why). */
  readonly scores: (HouseholdScores & { readonly runs: readonly HouseholdScores[] }) | null;
  readonly note?: string;
  /** Wall time of each run, when it was timed. */
  readonly ms?: readonly number[];
}

const fixed = (v: number | undefined, digits = 3) => (v === undefined || Number.isNaN(v) ? '-' : v.toFixed(digits));
const percent = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '-' : `${(100 * v).toFixed(1)}%`);

/** "yes" when there are as many households as real ones and every household's members number its hh_size. */
function exact(scores: HouseholdScores | null, realHouseholds: number): string {
  if (scores === null) return '-';
  const memberCount = scores.violations.rules.find((r) => r.id === 'member-count');
  return scores.households === realHouseholds && memberCount?.count === 0 ? 'yes' : 'no';
}

/** The bench's tables: per query, per category, per rule, then counts and copies. */
export function describeHouseholds(options: {
  realHouseholds: number;
  realPersons: number;
  /** Each policy query on all the real data, in POLICY_QUERIES order. */
  realValues: readonly number[];
  methods: readonly MethodResult[];
}): string {
  const { realHouseholds, realPersons, realValues, methods } = options;
  const ran = methods.filter((m) => m.scores !== null);
  const names = ran.map((m) => m.label);
  const anyQueries = ran[0]?.scores?.queries.queries ?? [];
  const queryRows = anyQueries.map((q, i) => [
    q.id,
    q.category,
    fixed(realValues[i], realValues[i] > 100 ? 0 : 3),
    ...ran.map((m) => {
      const e = m.scores?.queries.queries[i];
      return e === undefined ? '-' : `${fixed(e.error)}${e.absolute ? ' (abs)' : ''}`;
    }),
  ]);
  const categoryRows = [
    ...CATEGORIES.map((c) => [c, ...ran.map((m) => fixed(m.scores?.queries.categories[c]))]),
    ['overall (mean of queries)', ...ran.map((m) => fixed(m.scores?.queries.overall))],
    ...(ran[0]?.scores?.runs ?? []).map((_, k) => [`overall, run ${k + 1}`, ...ran.map((m) => fixed(m.scores?.runs[k]?.queries.overall))]),
  ];
  const rules = ran[0]?.scores?.violations.rules ?? [];
  const ruleRows = [
    ...rules.map((r, i) => [r.id, r.level, ...ran.map((m) => percent(m.scores?.violations.rules[i].share))]),
    ['any household rule', 'household', ...ran.map((m) => percent(m.scores?.violations.household))],
    ['any person rule', 'person', ...ran.map((m) => percent(m.scores?.violations.person))],
  ];
  const countRows = [
    ['households', ...ran.map((m) => String(m.scores?.households ?? '-'))],
    ['persons', ...ran.map((m) => String(m.scores?.persons ?? '-'))],
    ['exact count, members = sizes', ...ran.map((m) => (m.id === 'halves' ? '-' : exact(m.scores, realHouseholds)))],
    ['identical to a real household', ...ran.map((m) => percent(m.scores?.identical))],
  ];
  const notes = methods.filter((m) => m.scores === null).map((m) => `${m.label}: not available (${m.note ?? 'no reason given'})`);
  return [
    `households: real ${realHouseholds} households, ${realPersons} persons. Relative error |synthetic − real| / |real|; "(abs)" marks |synthetic − real| where the real value is 0.`,
    formatTable(['query', 'category', 'real', ...names], queryRows),
    '',
    formatTable(['category: mean relative error', ...names], categoryRows),
    '',
    formatTable(['rule: violation share', 'level', ...names], ruleRows),
    '',
    formatTable(['counts', ...names], countRows),
    ...(notes.length > 0 ? ['', ...notes] : []),
  ].join('\n');
}
