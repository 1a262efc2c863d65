import * as Comlink from 'comlink';
import { STATS_FORMAT, TABLE_ITERATIONS, type DataPreview, type LoadedFileSummary, type SetupOptions } from '../workers/synth-api.ts';
import type { SynthClient } from '../workers/synth-client.ts';
import { ProjectStore, type KeptFile } from './project-store.ts';
import { ChildState } from './child-state.svelte.ts';
import { LlmState } from './llm-state.svelte.ts';
import { RunState } from './run-state.svelte.ts';
import { SchemaEditState } from './schema-edit-state.svelte.ts';
import type { SetupFields } from './setup-fields.ts';
import { savedSettings } from './saved-settings.ts';
import { RuleSuggestionsState } from './rule-suggestions-state.svelte.ts';
import { ScenarioEditsState } from './scenario-edits-state.svelte.ts';
import { SetupState } from './setup-state.svelte.ts';
import { TablesState } from './tables-state.svelte.ts';
import { readChosenFile } from './read-chosen-file.ts';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Bundled samples, served from public/samples/. */
export const SAMPLES = [
  { file: 'penguins.csv', label: 'Penguins (344 rows)' },
  { file: 'seattle-weather.csv', label: 'Seattle weather (1,461 rows)' },
  { file: 'ecommerce.csv', label: 'E-commerce (2,000 rows)' },
] as const;

/** Bundled pairs of a data file and its child table, joined by a key. */
export const RELATED_SAMPLES = [{ file: 'households.csv', child: 'persons.csv', label: 'Households with their persons (2,088 + 5,705 rows)' }] as const;

/** Rows the Preview asks the worker for after a load (it sends at most 50). */
const PREVIEW_ROWS = 10;

/** The app's state; components render it and call its methods. */
export class AppState {
  status = $state<LoadStatus>('idle');
  /** Replaced whole on every load, so raw state (no deep proxy). */
  summary = $state.raw<LoadedFileSummary | null>(null);
  error = $state<string | null>(null);
  /** The first rows of the loaded data file, as written; null for imported stats. */
  preview = $state.raw<DataPreview | null>(null);
  loadingName = $state<string | null>(null);
  /** Share of the file's bytes read so far (0..1) while loading; null once the worker parses (or for a sample). */
  loadProgress = $state<number | null>(null);
  /** Consent to keep the source file in this browser between visits. */
  keepData = $state(false);
  /** Another tab forgot everything: this tab's data is no longer kept (shown until the next forget or consent). */
  forgottenElsewhere = $state(false);
  /** True while start-up reads IndexedDB; the data controls wait for it, so nothing races the saved project. */
  restoring = $state(false);

  readonly setup = new SetupState();
  /** The free-text what-if written as scenario lines by the loaded model, for the user to check. */
  readonly scenarioEdits: ScenarioEditsState;
  /** Rules the loaded model suggests, each for the user to accept, edit or reject. */
  readonly ruleSuggestions: RuleSuggestionsState;
  /** A child table of the data file (households → persons), synthesised with it. */
  readonly child: ChildState;
  /** Aggregate tables from several sources, reconciled: the source of the run when imported. */
  readonly tables: TablesState;
  readonly run: RunState;
  /** The language model, started only when the user picks an LLM planner. */
  readonly llm: LlmState;
  /** The user's corrections to the inferred schema; a re-typed file replaces the summary. */
  readonly schemaEdit: SchemaEditState;
  readonly #client: SynthClient;
  readonly #store: ProjectStore;
  #kept: KeptFile | null = null;

  constructor(client: SynthClient, store: ProjectStore = new ProjectStore()) {
    this.#client = client;
    this.#store = store;
    this.run = new RunState({ client, store, keep: () => this.keepData });
    this.child = new ChildState(client);
    this.scenarioEdits = new ScenarioEditsState(client);
    this.ruleSuggestions = new RuleSuggestionsState(client);
    this.tables = new TablesState({ client, loaded: (summary) => this.#useTables(summary) });
    store.onForgottenElsewhere(() => void this.#forgottenElsewhere());
    this.llm = new LlmState({ synth: client });
    this.schemaEdit = new SchemaEditState({
      client,
      retyped: (summary) => {
        this.summary = summary;
        // A finished run was made from the old typing.
        this.run.reset();
      },
    });
  }

  /** Start-up: settings, the kept file and an unfinished run come back from IndexedDB. */
  async restore(): Promise<void> {
    this.restoring = true;
    try {
      const settings = await this.#store.settings();
      if (settings) {
        this.setup.apply(settings);
        this.keepData = settings.keepData;
      }
      if (!this.keepData) {
        // Without consent nothing of the data may stay on disk, a record left by an older version included.
        if ((await this.#store.file()) || (await this.#store.run())) await this.#store.forgetData();
        return;
      }
      const file = await this.#store.file();
      if (file) await this.#load(file.name, { kind: file.kind, read: async () => file.bytes });
      const run = await this.#store.run();
      if (run && !run.checkpoint.done) this.run.pending = run;
    } finally {
      this.restoring = false;
    }
  }

  async saveSettings(): Promise<void> {
    await this.#store.saveSettings(savedSettings(this.setup.fields(), this.keepData));
  }

  async setKeepData(keep: boolean): Promise<void> {
    this.keepData = keep;
    this.forgottenElsewhere = false;
    await this.saveSettings();
    // Unticked: the file and the run's checkpoint go; the run on screen goes on in memory.
    if (!keep) await this.#store.forgetData();
    else if (this.#kept) await this.#store.saveFile(this.#kept);
  }

  async forgetEverything(): Promise<void> {
    // State first: a save started after this click must not be undone by the clear (IndexedDB runs them in order).
    this.keepData = false;
    this.forgottenElsewhere = false;
    this.setup.apply({});
    this.run.pending = null;
    this.#kept = null;
    // Nothing of the project stays on screen or in the worker either.
    this.#client.api.forget();
    this.summary = null;
    this.preview = null;
    this.tables.clear();
    this.#sourceGone();
    this.error = null;
    this.status = 'idle';
    await this.#store.forgetEverything();
    // The model server allowed is a setting of this browser too.
    await this.llm.endpoint.forget();
  }

  /** Another tab forgot everything: this one keeps its screen but stops keeping data, and clears after its own last write. */
  async #forgottenElsewhere(): Promise<void> {
    this.keepData = false;
    this.run.pending = null;
    this.#kept = null;
    this.forgottenElsewhere = true;
    await this.#store.clearIfOwner();
  }

  async loadFile(file: File): Promise<void> {
    await this.#load(file.name, { kind: 'data', read: () => this.#readFile(file) });
  }

  async importStats(file: File): Promise<void> {
    await this.#load(file.name, { kind: 'stats', read: () => this.#readFile(file) });
  }

  /** A file dropped on the Data section: a stats.json (by name, or a .json naming the stats format near its start) is imported, anything else loaded. */
  async dropFile(file: File): Promise<void> {
    const name = file.name.toLowerCase();
    const stats = /(^|\.)stats\.json$/.test(name) || (name.endsWith('.json') && (await file.slice(0, 4096).text()).includes(STATS_FORMAT));
    await (stats ? this.importStats(file) : this.loadFile(file));
  }

  async loadSample(fileName: string): Promise<void> {
    await this.#load(fileName, {
      kind: 'data',
      read: async () => {
        // A relative URL keeps the app working from any sub-path.
        const response = await fetch(new URL(`samples/${fileName}`, document.baseURI));
        if (!response.ok) throw new Error(`${fileName}: the sample could not be read (HTTP ${response.status})`);
        return new Uint8Array(await response.arrayBuffer());
      },
    });
  }

  /** A bundled data file with its child table. */
  async loadRelatedSample(sample: (typeof RELATED_SAMPLES)[number]): Promise<void> {
    await this.loadSample(sample.file);
    if (this.summary?.fileName === sample.file) await this.child.loadSample(sample.child);
  }

  async synthesize(): Promise<void> {
    if (!this.summary) return;
    await this.saveSettings();
    await this.run.synthesize({ setup: this.#setupOptions(), fileName: this.summary.fileName });
  }

  /** The what-if written as edits by the loaded model, added to the Scenarios box (not run): the user reads them first. */
  async writeScenarioEdits(): Promise<void> {
    const model = this.llm.model;
    if (!this.summary || !model) return;
    if (await this.scenarioEdits.ask(this.setup, { ...this.#setupOptions(), planner: model })) await this.saveSettings();
  }

  /** Rules the loaded model suggests for the loaded source, shown one by one (none enforced until accepted). */
  async suggestRules(): Promise<void> {
    const model = this.llm.model;
    if (!this.summary || !model) return;
    await this.ruleSuggestions.ask({ ...this.#setupOptions(), planner: model });
  }

  /** A suggested rule joins the Rules box, and the settings keep it. */
  async acceptRule(index: number): Promise<void> {
    if (this.ruleSuggestions.accept(index, this.setup)) await this.saveSettings();
  }

  #setupOptions(): SetupOptions {
    const related = this.child.related();
    return { ...this.setup.options(), planner: this.llm.choice(this.setup.planner, this.setup.llmPlans), ...(related ? { related } : {}) };
  }

  async choosePlanner(source: SetupFields['planner']): Promise<void> {
    this.setup.planner = source;
    await this.saveSettings();
    await this.llm.choose(source);
  }

  async #load(name: string, options: { kind: 'data' | 'stats'; read: () => Promise<Uint8Array> }): Promise<void> {
    this.status = 'loading';
    this.loadingName = name;
    this.error = null;
    try {
      const bytes = await options.read();
      // Reading is done: the worker's parse has no progress to tell.
      this.loadProgress = null;
      // The worker gets a copy to own; `bytes` stays here in case the user keeps the file.
      const copy = bytes.slice();
      const file = Comlink.transfer({ name, bytes: copy }, [copy.buffer]);
      const result = options.kind === 'data' ? await this.#client.api.loadFile(file) : await this.#client.api.importStats(file);
      if (result.ok) {
        this.summary = result.value;
        this.preview = options.kind === 'data' ? await this.#preview() : null;
        // The worker dropped the child table with the file it belonged to, and the tables with the source they were.
        this.tables.clear();
        this.#sourceGone();
        this.status = 'ready';
        this.#kept = { name, kind: options.kind, bytes };
        if (this.keepData) await this.#store.saveFile(this.#kept);
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
      this.loadProgress = null;
    }
  }

  /** Imported aggregate tables are the source now; their sparse joints want more iterations than the usual default. */
  #useTables(summary: LoadedFileSummary): void {
    this.summary = summary;
    this.preview = null;
    this.#sourceGone();
    this.error = null;
    this.status = 'ready';
    // Not kept on the device (yet): the file kept for the previous source goes, so a reload brings back nothing stale.
    this.#kept = null;
    if (this.keepData) void this.#store.forgetData();
    this.setup.maxIterations = Math.max(this.setup.maxIterations, TABLE_ITERATIONS);
  }

  /** What belonged to the previous source goes with it: child table, the model's edits and rules, schema edits, the run. */
  #sourceGone(): void {
    this.child.clear();
    this.scenarioEdits.clear();
    this.ruleSuggestions.clear();
    this.schemaEdit.reset();
    this.run.reset();
  }

  /** The file's bytes, streamed so `loadProgress` follows the bytes read. */
  async #readFile(file: File): Promise<Uint8Array> {
    return readChosenFile(file, (fraction) => (this.loadProgress = fraction));
  }

  async #preview(): Promise<DataPreview | null> {
    const result = await this.#client.api.preview(PREVIEW_ROWS);
    return result.ok ? result.value : null;
  }
}
