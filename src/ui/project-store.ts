import { clear, createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { SavedRun } from '../workers/synth-api.ts';
import type { SetupFields } from './setup-fields.ts';

/** The one message on the project's BroadcastChannel: another tab forgot everything. */
const FORGET = 'forget';

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
 * What survives a reload, in this browser's IndexedDB: settings and, only
 * with the user's consent ("Keep data on this device"), the source file and
 * the last run's checkpoint (target tables and synthetic records). Nothing is
 * sent anywhere.
 *
 * One tab writes a project at a time: the first to write holds a Web Lock on
 * it until it closes; in another tab every write is skipped (read-only), so
 * a second tab never overwrites the first's run mid-run. The run record is
 * one key written in one transaction: a failed write (storage full) leaves
 * the previous record whole. Forgetting works from any tab.
 */
export class ProjectStore {
  readonly #db: UseStore;
  readonly #lockName: string;
  #owner: Promise<boolean> | null = null;
  #release: (() => void) | null = null;
  #broadcast: BroadcastChannel | null = null;

  constructor(name = 'synthor') {
    this.#db = createStore(name, 'project');
    this.#lockName = `synthor-project:${name}`;
  }

  /** Whether this tab may write the project (held until `release` once true). False: another tab has it open (asked again next time). */
  claim(): Promise<boolean> {
    this.#owner ??= new Promise<boolean>((resolve) => {
      // Without Web Locks (old browsers) there is no one to share with.
      if (!navigator.locks) return resolve(true);
      void navigator.locks.request(this.#lockName, { ifAvailable: true }, (lock) => {
        if (!lock) this.#owner = null;
        resolve(lock !== null);
        return lock ? new Promise<void>((done) => (this.#release = done)) : undefined;
      });
    });
    return this.#owner;
  }

  /** Lets another tab write the project (closing the tab does the same). */
  release(): void {
    this.#release?.();
    this.#release = null;
    this.#owner = null;
  }

  async #write(write: () => Promise<void>): Promise<void> {
    if (await this.claim()) await write();
  }

  settings(): Promise<SavedSettings | undefined> {
    return get<SavedSettings>('settings', this.#db);
  }

  saveSettings(settings: SavedSettings): Promise<void> {
    return this.#write(() => set('settings', settings, this.#db));
  }

  file(): Promise<KeptFile | undefined> {
    return get<KeptFile>('file', this.#db);
  }

  saveFile(file: KeptFile): Promise<void> {
    return this.#write(() => set('file', file, this.#db));
  }

  forgetFile(): Promise<void> {
    return this.#write(() => del('file', this.#db));
  }

  run(): Promise<SavedRun | undefined> {
    return get<SavedRun>('run', this.#db);
  }

  saveRun(run: SavedRun): Promise<void> {
    return this.#write(() => set('run', run, this.#db));
  }

  forgetRun(): Promise<void> {
    return this.#write(() => del('run', this.#db));
  }

  /** The file and the run's checkpoint: everything derived from the data (settings stay). */
  forgetData(): Promise<void> {
    return this.#write(async () => {
      await del('file', this.#db);
      await del('run', this.#db);
    });
  }

  /**
   * Clears the project from any tab: clearing needs no lock (IndexedDB orders
   * it after writes begun before it). The other tabs are told, so the one that
   * writes stops keeping data and clears once more after any write in flight.
   */
  async forgetEverything(): Promise<void> {
    await clear(this.#db);
    this.#channel().postMessage(FORGET);
  }

  /** Calls `forgotten` whenever another tab forgets this project. */
  onForgottenElsewhere(forgotten: () => void): void {
    this.#channel().addEventListener('message', (e) => {
      if (e.data === FORGET) forgotten();
    });
  }

  /** This tab's own clear after another tab forgot the project; skipped unless this tab writes it. */
  clearIfOwner(): Promise<void> {
    return this.#write(() => clear(this.#db));
  }

  #channel(): BroadcastChannel {
    this.#broadcast ??= new BroadcastChannel(this.#lockName);
    return this.#broadcast;
  }
}
