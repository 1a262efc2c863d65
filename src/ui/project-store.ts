import { clear, createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { SavedRun } from '../workers/synth-api.ts';
import type { SetupFields } from './setup-fields.ts';

/** The settings form plus the consent to keep data, as saved between visits. */
export interface SavedSettings extends SetupFields {
  readonly keepData: boolean;
}

/** A loaded file, kept only when the user ticked "Keep data on this device". */
export interface KeptFile {
  readonly name: string;
  readonly kind: 'data' | 'stats';
  readonly bytes: Uint8Array;
}

/**
 * What survives a reload, in this browser's IndexedDB: settings, the last
 * run's checkpoint (aggregates and synthetic records) and, with consent, the
 * source file. Nothing is sent anywhere.
 */
export class ProjectStore {
  readonly #db: UseStore;

  constructor(name = 'synthor') {
    this.#db = createStore(name, 'project');
  }

  settings(): Promise<SavedSettings | undefined> {
    return get<SavedSettings>('settings', this.#db);
  }

  saveSettings(settings: SavedSettings): Promise<void> {
    return set('settings', settings, this.#db);
  }

  file(): Promise<KeptFile | undefined> {
    return get<KeptFile>('file', this.#db);
  }

  saveFile(file: KeptFile): Promise<void> {
    return set('file', file, this.#db);
  }

  forgetFile(): Promise<void> {
    return del('file', this.#db);
  }

  run(): Promise<SavedRun | undefined> {
    return get<SavedRun>('run', this.#db);
  }

  saveRun(run: SavedRun): Promise<void> {
    return set('run', run, this.#db);
  }

  forgetRun(): Promise<void> {
    return del('run', this.#db);
  }

  forgetEverything(): Promise<void> {
    return clear(this.#db);
  }
}
