import type { Column, NumericColumn } from '../../stats/column.ts';
import type { Dataset } from '../../stats/dataset.ts';
import { slotColumn, type RelatedLayout } from '../../stats/related/related-layout.ts';

/** A threshold must be a value at least this many members hold, so no rule names one person's value. */
const MIN_HOLDERS = 5;
/** Parent columns with more distinct values than this are amounts, not counts, and get no count rule. */
const MAX_COUNT_VALUES = 32;

/**
 * The rules every parent record of the data keeps between a count of its own
 * and its members (widen.ts's records): `P = count(members)` (a size), else
 * `P <= count(members where C < t)` and `P <= count(members where C >= t)`
 * with the tightest t every record allows (own children under 18, workers
 * aged 16 and over), and `count(members where C >= t) >= 1` with the largest
 * such t (an adult in every household). P is a whole-number parent column of
 * few values, C a numeric member column, t a value at least 5 members hold.
 * They are facts of the data, not guesses, and kept while sampling so that
 * synthetic households are as consistent as the real ones without the user
 * writing them (count-rules.ts reads the same syntax).
 */
export function mineRules(options: { wide: Dataset; layout: RelatedLayout }): string[] {
  const { wide, layout } = options;
  const n = wide.rowCount;
  const column = (name: string) => wide.columns.find((c) => c.name === name);
  const count = column(layout.count) as NumericColumn | undefined;
  if (!count || n === 0) return [];
  const members = Array.from(count.values, (v) => (Number.isNaN(v) ? 0 : v));
  const q = (name: string) => (/^[A-Za-z_][\w.]*$/.test(name) ? name : `"${name.replace(/(["\\])/g, '\\$1')}"`);
  const memberColumns = layout.columns.filter((c) => column(slotColumn(c, 1))?.type === 'numeric');
  // Each member column's slot values, looked up once: every threshold tried counts over them.
  const slotValues = new Map(
    memberColumns.map((c) => [c, Array.from({ length: layout.slots }, (_, k) => (column(slotColumn(c, k + 1)) as NumericColumn).values)]),
  );
  const thresholds = new Map(memberColumns.map((c) => [c, commonValues(slotValues.get(c) ?? [], members)]));
  const slotNames = new Set(layout.columns.flatMap((c) => Array.from({ length: layout.slots }, (_, k) => slotColumn(c, k + 1))));
  const countWhere = (c: string, test: (v: number) => boolean) => {
    const slots = slotValues.get(c) ?? [];
    return members.map((m, r) => {
      let k = 0;
      for (let s = 0; s < m && s < slots.length; s++) if (test(slots[s][r])) k++;
      return k;
    });
  };
  const rules: string[] = [];
  for (const p of wide.columns) {
    if (p.name === layout.count || slotNames.has(p.name) || !isCount(p)) continue;
    const values = (p as NumericColumn).values;
    const holds = (bound: readonly number[]) => values.every((v, r) => Number.isNaN(v) || v <= bound[r]);
    if (values.every((v, r) => v === members[r])) {
      rules.push(`${q(p.name)} = count(members)`);
      continue;
    }
    if (!holds(members)) continue;
    const before = rules.length;
    for (const c of memberColumns) {
      const ts = thresholds.get(c) ?? [];
      const below = ts.find((t) => holds(countWhere(c, (v) => v < t)));
      if (below !== undefined && below !== ts.at(-1)) rules.push(`${q(p.name)} <= count(members where ${q(c)} < ${below})`);
      const above = [...ts].reverse().find((t) => holds(countWhere(c, (v) => v >= t)));
      if (above !== undefined && above !== ts[0]) rules.push(`${q(p.name)} <= count(members where ${q(c)} >= ${above})`);
    }
    if (rules.length === before) rules.push(`${q(p.name)} <= count(members)`);
  }
  for (const c of memberColumns) {
    const ts = thresholds.get(c) ?? [];
    const at = [...ts].reverse().find((t) => countWhere(c, (v) => v >= t).every((k, r) => k >= 1 || members[r] === 0));
    if (at !== undefined && at !== ts[0]) rules.push(`count(members where ${q(c)} >= ${at}) >= 1`);
  }
  return rules;
}

/** Whole numbers of few distinct values: a count. */
function isCount(column: Column): boolean {
  if (column.type !== 'numeric') return false;
  const seen = new Set<number>();
  for (const v of column.values) {
    if (Number.isNaN(v)) continue;
    if (!Number.isInteger(v)) return false;
    seen.add(v);
    if (seen.size > MAX_COUNT_VALUES) return false;
  }
  return seen.size > 1;
}

/** The member values at least MIN_HOLDERS members hold, ascending. */
function commonValues(slots: readonly Float64Array[], members: readonly number[]): number[] {
  const tally = new Map<number, number>();
  members.forEach((m, r) => {
    for (let s = 0; s < m && s < slots.length; s++) {
      const v = slots[s][r];
      if (!Number.isNaN(v)) tally.set(v, (tally.get(v) ?? 0) + 1);
    }
  });
  return [...tally]
    .filter(([, k]) => k >= MIN_HOLDERS)
    .map(([v]) => v)
    .sort((a, b) => a - b);
}
