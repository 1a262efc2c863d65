import * as Comlink from 'comlink';
import type { ChildSummary } from '../workers/synth-api.ts';
import type { SynthClient } from '../workers/synth-client.ts';
import { readChosenFile } from './read-chosen-file.ts';

/**
 * A child table beside the data file (households → persons): its summary, the
 * key column joining it to the data file, and why the last load failed. With
 * one loaded, a run synthesises both tables, each parent with its children.
 */
export class ChildState {
  summary = $state.raw<ChildSummary | null>(null);
  /** The column joining the two tables: the likeliest of the summary's keys until the user picks another. */
  key = $state('');
  loading = $state(false);
  error = $state<string | null>(null);
  readonly #client: SynthClient;

  constructor(client: SynthClient) {
    this.#client = client;
  }

  async loadFile(file: File): Promise<void> {
    await this.#load(file.name, () => readChosenFile(file));
  }

  /** A bundled child table, served from public/samples/. */
  async loadSample(fileName: string): Promise<void> {
    await this.#load(fileName, async () => {
      const response = await fetch(new URL(`samples/${fileName}`, document.baseURI));
      if (!response.ok) throw new Error(`${fileName}: the sample could not be read (HTTP ${response.status})`);
      return new Uint8Array(await response.arrayBuffer());
    });
  }

  /** Runs are of the data file alone again. */
  remove(): void {
    this.#client.api.dropChild();
    this.clear();
  }

  /** The data file changed or everything was forgotten: the worker dropped the child table already. */
  clear(): void {
    this.summary = null;
    this.key = '';
    this.error = null;
  }

  /** What a run's setup says about the child table: the key, or nothing without one. */
  related(): { key: string } | undefined {
    return this.summary && this.key ? { key: this.key } : undefined;
  }

  async #load(name: string, read: () => Promise<Uint8Array>): Promise<void> {
    this.loading = true;
    this.error = null;
    try {
      const bytes = await read();
      const result = await this.#client.api.loadChild(Comlink.transfer({ name, bytes }, [bytes.buffer]));
      if (result.ok) {
        this.summary = result.value;
        this.key = result.value.keys[0] ?? '';
      } else this.error = result.error.message;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.loading = false;
    }
  }
}
