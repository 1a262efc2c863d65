import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import type { TargetsJson } from '../../../src/stats/stats-json/targets-json.ts';
import { targetsToJson } from '../../../src/stats/stats-json/targets-to-json.ts';
import { makeDataset } from '../tables/make-dataset.ts';

const data = makeDataset({ s: ['a', 'b', 'a', 'b'], t: ['u', 'u', 'v', 'v'], x: [1, 2, 3, 4] });
/** Marginals s, t, x, then the joint s × t. */
export const baseStats = (): TargetsJson => JSON.parse(JSON.stringify(targetsToJson(buildTargets(data, { joints: [['s', 't']] })))) as TargetsJson;

/** A categorical axis of `n` made-up categories (labels as the reader expects them). */
function wideAxis(j: TargetsJson, index: number, n: number): void {
  const axis = j.axes[index] as { categories: string[]; labels: string[]; other: boolean };
  axis.categories = Array.from({ length: n }, (_, i) => `c${i}`);
  axis.other = false;
  axis.labels = [...axis.categories, '(missing)'];
}

/**
 * stats.json files (their text) that must be refused with one InputError line, each made so
 * that allocating what it claims would take far more memory than there is.
 */
export const HOSTILE_STATS: readonly { readonly name: string; readonly text: () => string; readonly message: string }[] = [
  {
    name: 'two-axes-of-60000.json',
    text: () => {
      const j = baseStats();
      wideAxis(j, 0, 60_000);
      wideAxis(j, 1, 60_000);
      j.tables = [{ columns: ['s', 't'], shape: [60_001, 60_001], counts: [4], total: 4 }];
      return JSON.stringify(j);
    },
    message: `two-axes-of-60000.json: axes[0].categories: column "s" has 60000 categories, more than the 10000 an axis may have; write it again with a smaller --top-k`,
  },
  {
    name: 'joint-of-25-million-cells.json',
    text: () => {
      const j = baseStats();
      wideAxis(j, 0, 5000);
      wideAxis(j, 1, 5000);
      j.tables = [{ columns: ['s', 't'], shape: [5001, 5001], counts: [4], total: 4 }];
      return JSON.stringify(j);
    },
    message: `joint-of-25-million-cells.json: tables[0].columns: table "s × t" has 25010001 cells (the product of its axes' sizes), more than the 1000000 a table may have; use fewer or coarser columns`,
  },
  {
    name: 'one-column-40-times.json',
    text: () => {
      const j = baseStats();
      j.tables[3] = { columns: Array.from({ length: 40 }, () => 'x'), shape: Array.from({ length: 40 }, () => 4), counts: [4], total: 4 };
      return JSON.stringify(j);
    },
    message: `one-column-40-times.json: tables[3].columns[1]: table "x × x × x × x × … (40 columns)" names column "x" twice; a table's columns must be distinct`,
  },
  {
    name: 'counts-not-a-list.json',
    text: () => {
      const j = baseStats();
      (j.tables[3] as { counts: unknown }).counts = { length: 1e12 };
      return JSON.stringify(j);
    },
    message: `counts-not-a-list.json: tables[3].counts: expected an array`,
  },
  {
    name: 'infinite-count.json',
    text: () => JSON.stringify(baseStats()).replace('"counts":[2,2,0]', '"counts":[1e999,2,0]'),
    message: `infinite-count.json: tables[0].counts[0]: expected a finite number, got Infinity`,
  },
  {
    name: 'no-records.json',
    text: () => {
      const j = baseStats();
      (j as { rowCount: number }).rowCount = 0;
      for (const t of j.tables) {
        t.counts.fill(0);
        t.total = 0;
      }
      return JSON.stringify(j);
    },
    message: `no-records.json: rowCount: 0 records; a stats file describes at least one, so nothing can be synthesised from it; write it again with synth stats`,
  },
  {
    name: 'records-1e300.json',
    text: () => {
      const j = baseStats();
      j.rowCount = 1e300;
      for (const t of j.tables) {
        t.counts = t.counts.map((c) => c * 2.5e299);
        t.total = 1e300;
      }
      return JSON.stringify(j);
    },
    message: `records-1e300.json: rowCount: 1e+300 records, more than the 9,007,199,254,740,991 up to which counts stay exact; write it again with synth stats`,
  },
  {
    name: 'marginal-and-joint-disagree.json',
    text: () => {
      const j = baseStats();
      // The marginal of s says a, a, b, b; the joint puts every record on a.
      j.tables[3].counts = [2, 2, 0, 0, 0, 0, 0, 0, 0];
      return JSON.stringify(j);
    },
    message: `marginal-and-joint-disagree.json: tables[3]: table "s × t" and table "s" (tables[0]) disagree on column "s": 2 of 4 records are in other cells (at most 0.54 may be); write the file again with synth stats`,
  },
];
