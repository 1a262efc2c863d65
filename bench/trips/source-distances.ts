import type { Dataset } from '../../src/stats/dataset.ts';
import { COUNT_COLUMN } from './load-trips.ts';
import { cellKeys, TRIP_DISTANCES } from './trip-distances.ts';
import { TRIP_COLUMNS, type Trips } from './trips.ts';
import { tvd } from './tvd.ts';

export interface SourceDistance {
  readonly id: string;
  readonly table: string;
  /** The source file whose columns make the table. */
  readonly source: string;
  /** TVD between that source's cells (weighted by count) and all real trips. */
  readonly value: number;
}

/**
 * What the source tables themselves miss the real data by, for each distance
 * a single table holds all the columns of: the best a synthesizer that
 * reproduces its inputs exactly can do (source A is half the trips, source B
 * a fifth). Read Synthor's distances against these, not against 0.
 */
export function sourceDistances(options: { real: Trips; sources: readonly { name: string; table: Dataset }[] }): SourceDistance[] {
  const out: SourceDistance[] = [];
  for (const d of TRIP_DISTANCES) {
    const names = d.fields.map((f) => TRIP_COLUMNS[f]);
    const source = options.sources.find((s) => names.every((n) => s.table.columns.some((c) => c.name === n)));
    if (!source) continue;
    out.push({ id: d.id, table: d.table, source: source.name, value: tvd(cellKeys(options.real, d.fields), expandedKeys(source.table, names)) });
  }
  return out;
}

/** Each cell's key (its values joined by "|") repeated count times. */
function expandedKeys(table: Dataset, names: readonly string[]): string[] {
  const counts = table.columns.find((c) => c.name === COUNT_COLUMN);
  if (counts?.type !== 'numeric') throw new RangeError(`bench: the source table has no numeric column "${COUNT_COLUMN}"`);
  const columns = names.map((n) => table.columns.find((c) => c.name === n));
  const keys: string[] = [];
  for (let i = 0; i < table.rowCount; i++) {
    const key = columns.map((c) => (c?.type === 'categorical' ? (c.dictionary[c.codes[i]] ?? '') : '')).join('|');
    for (let k = 0; k < counts.values[i]; k++) keys.push(key);
  }
  return keys;
}
