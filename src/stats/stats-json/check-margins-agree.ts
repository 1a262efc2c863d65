import { coarseMap } from '../tables/coarse-map.ts';
import type { DisclosureReport } from '../privacy/disclosure-report.ts';
import { tableMargin } from '../tables/table-margin.ts';
import type { Table } from '../tables/table.ts';
import { tableName } from '../tables/table.ts';
import type { JsonReader } from './json-reader.ts';

/**
 * Share of the records a table's margin on a column may place in other cells
 * than the column's marginal does. Tables written from data agree exactly,
 * except for disclosure control's suppressed records (allowed on top, from the
 * file's own "disclosure" block), which are spread over each table separately.
 */
export const MARGIN_TOLERANCE = 0.01;
/**
 * The same under differential privacy (a "dp" block): noisy tables are raked
 * to agreed margins, which a joint with cells clipped to zero cannot always
 * meet; `synth stats --epsilon` left up to 3.5% in 40 runs on penguins
 * (ε 0.1 to 4, a three-way joint), so this leaves room for unluckier draws.
 */
export const DP_MARGIN_TOLERANCE = 0.1;
/** Records allowed on top, for tiny tables. */
const MARGIN_SLACK = 0.5;

/**
 * Checks that every table agrees with each of its columns' marginal (the first
 * one-column table on it) within the tolerance; a disagreement fails on
 * `tables` naming both tables and the column.
 */
export function checkMarginsAgree(options: { tables: JsonReader; read: readonly Table[]; rowCount: number; disclosure?: DisclosureReport; dp: boolean }): void {
  const { tables, read, rowCount, disclosure } = options;
  const tolerance = options.dp ? DP_MARGIN_TOLERANCE : MARGIN_TOLERANCE;
  const marginals = new Map<string, number>();
  read.forEach((t, i) => {
    if (t.axes.length === 1 && !marginals.has(t.axes[0].column)) marginals.set(t.axes[0].column, i);
  });
  const suppressed = new Map((disclosure?.suppressedCells ?? []).map((s) => [s.table, s.records]));
  read.forEach((table, ti) => {
    table.axes.forEach((axis, k) => {
      const mi = marginals.get(axis.column);
      if (mi === undefined || mi === ti) return;
      const marginal = read[mi];
      const margin = tableMargin(table, k);
      // A column the table holds on coarser bins is compared with its marginal on those bins.
      const map = coarseMap(marginal.axes[0], axis);
      const expected = map ? new Float64Array(margin.length) : marginal.counts;
      if (map) marginal.counts.forEach((c, i) => (expected[map[i]] += c));
      let moved = 0;
      for (let c = 0; c < margin.length; c++) moved += Math.abs(margin[c] - expected[c]) / 2;
      const allowed = tolerance * rowCount + MARGIN_SLACK + (suppressed.get(tableName(table)) ?? 0) + (suppressed.get(tableName(marginal)) ?? 0);
      if (moved > allowed) {
        tables
          .at(ti)
          .fail(
            `table "${tableName(table)}" and table "${tableName(marginal)}" (tables[${mi}]) disagree on column "${axis.column}": ${round(moved)} of ${round(rowCount)} records are in other cells (at most ${round(allowed)} may be); write the file again with synth stats`,
          );
      }
    });
  });
}

const round = (x: number): string => String(Math.round(x * 100) / 100);
