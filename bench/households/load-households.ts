import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/stats/dataset.ts';
import { loadDataset } from '../../src/stats/ingest/load-dataset.ts';
import type { RelatedTables } from './population.ts';

/** bench/data/households/: copies of ../shared/datasets/households (its README says where they come from). */
export const HOUSEHOLDS_DIR = new URL('../data/households/', import.meta.url);

/** The real households and persons, read with the project's own loader (schemas inferred, as `synth` reads them). */
export async function loadHouseholds(): Promise<RelatedTables> {
  return { parent: await read('households.csv'), child: await read('persons.csv'), key: 'hh_id' };
}

async function read(file: string): Promise<Dataset> {
  const url = new URL(file, HOUSEHOLDS_DIR);
  return (await loadDataset({ name: file, bytes: readFileSync(url) })).dataset;
}
