import type { LoadedFileSummary } from '../workers/synth-api.ts';
import type { SynthClient } from '../workers/synth-client.ts';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Bundled samples, served from public/samples/. */
export const SAMPLES = [
  { file: 'penguins.csv', label: 'Penguins (344 rows)' },
  { file: 'seattle-weather.csv', label: 'Seattle weather (1,461 rows)' },
] as const;

/** The app's state; components render it and call its methods. */
export class AppState {
  status = $state<LoadStatus>('idle');
  /** Replaced whole on every load, so raw state (no deep proxy). */
  summary = $state.raw<LoadedFileSummary | null>(null);
  error = $state<string | null>(null);
  loadingName = $state<string | null>(null);

  readonly #client: SynthClient;

  constructor(client: SynthClient) {
    this.#client = client;
  }

  async loadFile(file: File): Promise<void> {
    await this.#load(file.name, async () => new Uint8Array(await file.arrayBuffer()));
  }

  async loadSample(fileName: string): Promise<void> {
    await this.#load(fileName, async () => {
      // A relative URL keeps the app working from any sub-path.
      const response = await fetch(new URL(`samples/${fileName}`, document.baseURI));
      if (!response.ok) throw new Error(`${fileName}: the sample could not be read (HTTP ${response.status})`);
      return new Uint8Array(await response.arrayBuffer());
    });
  }

  async #load(name: string, read: () => Promise<Uint8Array>): Promise<void> {
    this.status = 'loading';
    this.loadingName = name;
    this.error = null;
    try {
      const bytes = await read();
      const result = await this.#client.api.loadFile({ name, bytes });
      if (result.ok) {
        this.summary = result.value;
        this.status = 'ready';
      } else {
        // The previous table stays loaded: a bad file never costs the user their work.
        this.error = result.error.message;
        this.status = this.summary ? 'ready' : 'error';
      }
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      this.status = this.summary ? 'ready' : 'error';
    } finally {
      this.loadingName = null;
    }
  }
}
