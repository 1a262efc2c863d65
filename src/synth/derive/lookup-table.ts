import { rowLabel } from '../../stats/ingest/row-label.ts';
import { InputError } from '../../stats/input-error.ts';
import type { RawTable } from '../../stats/raw-table.ts';
import type { Derivation } from './derivation.ts';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A lookup derivation from a table the user gives: the column to derive and,
 * as keys, every other column (distances.csv: origin, destination,
 * distance_mi). Refused: no such column, no key column, a key combination
 * twice, an empty key cell.
 */
export function lookupFromTable(raw: RawTable, column: string): Extract<Derivation, { kind: 'lookup' }> {
  const source = raw.source;
  const value = raw.columns.find((c) => c.name === column);
  if (!value)
    throw new InputError(`${source}: no column "${column}" (columns: ${raw.columns.map((c) => c.name).join(', ')}); the lookup needs the column it derives`);
  const keys = raw.columns.filter((c) => c !== value);
  if (keys.length === 0) throw new InputError(`${source}: only "${column}"; add the columns it is looked up by (e.g. origin, destination)`);
  const values = new Map<string, string>();
  const first = new Map<string, number>();
  let numeric = true;
  for (let r = 0; r < raw.rowCount; r++) {
    const parts = keys.map((k) => k.values[k.codes[r]]);
    const empty = parts.findIndex((p) => p === '');
    if (empty >= 0) throw new InputError(`${source}: ${rowLabel(raw, r)}, column "${keys[empty].name}" is empty; every row names a value of every key column`);
    const key = parts.join('\u0000');
    const seen = first.get(key);
    if (seen !== undefined)
      throw new InputError(
        `${source}: ${rowLabel(raw, r)} repeats ${rowLabel(raw, seen)} (${keys.map((k, i) => `${k.name}=${parts[i]}`).join(', ')}); give each key once`,
      );
    first.set(key, r);
    const v = value.values[value.codes[r]];
    if (v !== '' && !NUMBER.test(v.trim())) numeric = false;
    values.set(key, v);
  }
  return { kind: 'lookup', column, keys: keys.map((k) => k.name), values, numeric, source };
}
