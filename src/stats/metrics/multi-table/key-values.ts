import type { Column } from '../../column.ts';

/**
 * A key column's values as text, so a parent and a child key match by written
 * value whatever kind each was read as; null is missing. pandas matches a
 * missing key with a missing key (merge and join on NaN), and so do we.
 */
export function keyValues(column: Column): (string | null)[] {
  if (column.type === 'categorical') return Array.from(column.codes, (code) => column.dictionary[code]);
  return Array.from(column.values, (v) => (Number.isNaN(v) ? null : String(v)));
}

/** Row indexes of each key value, in row order. */
export function rowsByKey(keys: readonly (string | null)[]): Map<string | null, number[]> {
  const rows = new Map<string | null, number[]>();
  keys.forEach((key, row) => {
    const list = rows.get(key);
    if (list) list.push(row);
    else rows.set(key, [row]);
  });
  return rows;
}
