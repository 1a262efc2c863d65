import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/stats/dataset.ts';
import { loadDataset } from '../../src/stats/ingest/load-dataset.ts';

/** bench/data/trips/: copies of the shared trips dataset (its README says where they come from). */
export const TRIPS_DIR = new URL('../data/trips/', import.meta.url);

/** The two aggregate sources (README, "Mixed sources"): OD × time from half A, time × delay from a subsample of half B. */
export const SOURCE_FILES = { odTime: 'source_a_od_time.csv', timeDelay: 'source_b_time_delay.csv' } as const;

/** The name of the count column in both source tables. */
export const COUNT_COLUMN = 'count';

export interface TripsData {
  /** trips.csv: every real trip. */
  readonly trips: Dataset;
  /** The source tables' bytes, as a synthesizer from aggregates is given them. */
  readonly sources: readonly { readonly name: string; readonly bytes: Uint8Array }[];
  /** The same tables read as Datasets (for the independent floor). */
  readonly odTime: Dataset;
  readonly timeDelay: Dataset;
}

/** The real trips and both source tables, read with the project's own loader (schemas inferred, as `synth` reads them). */
export async function loadTrips(): Promise<TripsData> {
  const sources = [SOURCE_FILES.odTime, SOURCE_FILES.timeDelay].map((name) => ({ name, bytes: bytesOf(name) }));
  const [odTime, timeDelay] = await Promise.all(sources.map(async (file) => (await loadDataset(file)).dataset));
  return { trips: (await loadDataset({ name: 'trips.csv', bytes: bytesOf('trips.csv') })).dataset, sources, odTime, timeDelay };
}

function bytesOf(file: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(file, TRIPS_DIR)));
}
