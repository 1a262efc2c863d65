/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { loadDataset } from '../stats/ingest/load-dataset.ts';
import type { Dataset } from '../stats/dataset.ts';
import type { LoadedFileSummary, SynthApi } from './synth-api.ts';
import { profileColumns } from '../stats/schema/profile-columns.ts';
import { settle } from './worker-error.ts';

// The only place raw rows live: the UI gets summaries, never the dataset itself.
let current: Dataset | null = null;

const api: SynthApi = {
  loadFile(file) {
    return settle(async (): Promise<LoadedFileSummary> => {
      const { dataset, raw, warnings } = await loadDataset(file);
      current = dataset;
      return {
        fileName: file.name,
        rowCount: dataset.rowCount,
        schema: dataset.schema,
        columns: profileColumns(raw),
        warnings,
      };
    });
  },
};

Comlink.expose(api);
