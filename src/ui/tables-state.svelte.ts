import * as Comlink from 'comlink';
import type { LoadedFileSummary, TablesReconciliation } from '../workers/synth-api.ts';
import type { SynthClient } from '../workers/synth-client.ts';
import { readChosenFile } from './read-chosen-file.ts';

/**
 * Aggregate tables from several sources (docs/aggregate-tables.md): what
 * reconciling them did, shown beside the Data section, and why the last
 * import failed. A successful import becomes the app's loaded source
 * through `loaded` (the app replaces its summary and resets the run).
 */
export class TablesState {
  reconciliation = $state.raw<TablesReconciliation | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);
  readonly #client: SynthClient;
  readonly #loaded: (summary: LoadedFileSummary) => void;

  constructor(options: { client: SynthClient; loaded: (summary: LoadedFileSummary) => void }) {
    this.#client = options.client;
    this.#loaded = options.loaded;
  }

  async loadFiles(files: readonly File[]): Promise<void> {
    this.loading = true;
    this.error = null;
    try {
      const read = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await readChosenFile(f) })));
      const result = await this.#client.api.importTables(
        Comlink.transfer(
          read,
          read.map((f) => f.bytes.buffer),
        ),
      );
      if (result.ok) {
        this.reconciliation = result.value.reconciliation;
        this.#loaded(result.value.summary);
      } else this.error = result.error.message;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.loading = false;
    }
  }

  /** Another source was loaded, or everything forgotten: the reconciliation shown belonged to the tables. */
  clear(): void {
    this.reconciliation = null;
    this.error = null;
  }
}
