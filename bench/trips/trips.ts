import type { Column } from '../../src/stats/column.ts';
import type { Dataset } from '../../src/stats/dataset.ts';

/** The columns the bench reads, by their names in trips.csv (and in what a synthesizer returns). */
export const TRIP_COLUMNS = { origin: 'origin', destination: 'destination', timeBin: 'time_bin', delayStatus: 'delay_status' } as const;

/**
 * Trips as the queries, distances and rules read them: one entry per trip in
 * each array, as written in the file. A missing value is '' so it matches no
 * zone, bin or status (and breaks a rule) rather than being skipped.
 */
export interface Trips {
  readonly origin: readonly string[];
  readonly destination: readonly string[];
  readonly timeBin: readonly string[];
  readonly delayStatus: readonly string[];
}

export const tripCount = (trips: Trips): number => trips.origin.length;

/** The four columns of a Dataset by name; a missing column is an error naming the columns there are. */
export function tripsOf(dataset: Dataset): Trips {
  const read = (name: string) => textsOf(dataset, name);
  return {
    origin: read(TRIP_COLUMNS.origin),
    destination: read(TRIP_COLUMNS.destination),
    timeBin: read(TRIP_COLUMNS.timeBin),
    delayStatus: read(TRIP_COLUMNS.delayStatus),
  };
}

/** The trips at the kept indices, in order. */
export function subTrips(trips: Trips, keep: (index: number) => boolean): Trips {
  const pick = (values: readonly string[]) => values.filter((_, i) => keep(i));
  return { origin: pick(trips.origin), destination: pick(trips.destination), timeBin: pick(trips.timeBin), delayStatus: pick(trips.delayStatus) };
}

function textsOf(dataset: Dataset, name: string): string[] {
  const column = dataset.columns.find((c) => c.name === name);
  if (!column) throw new RangeError(`bench: the trips table has no column "${name}" (columns: ${dataset.columns.map((c) => c.name).join(', ')})`);
  return Array.from({ length: dataset.rowCount }, (_, i) => textAt(column, i));
}

function textAt(column: Column, i: number): string {
  if (column.type === 'categorical') return column.dictionary[column.codes[i]] ?? '';
  const v = column.values[i];
  return Number.isNaN(v) ? '' : String(v);
}
