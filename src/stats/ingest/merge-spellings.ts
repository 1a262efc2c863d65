import type { RawColumn } from '../raw-table.ts';

/**
 * A column whose codes may repeat a spelling (RawColumn.repeats) with one
 * code per spelling, as a column read by look-up has them: codes merged into
 * the first code of their text, in order of first appearance. Any other
 * column is returned as it is.
 */
export function mergeSpellings(column: RawColumn): RawColumn {
  if (!column.repeats) return column;
  const first = new Map<string, number>();
  const values: string[] = [];
  const merged = Uint32Array.from(column.values, (text) => {
    let to = first.get(text);
    if (to === undefined) first.set(text, (to = values.push(text) - 1));
    return to;
  });
  const codes = column.codes.map((code) => merged[code]);
  const { name, missingSpellings } = column;
  return { name, values, codes, ...(missingSpellings ? { missingSpellings } : {}) };
}
