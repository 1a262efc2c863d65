import * as Comlink from 'comlink';
import type { IterationReport, RunReportData, SavedRun, SetupOptions, SetupSummary } from '../workers/synth-api.ts';
import type { SynthClient } from '../workers/synth-client.ts';
import type { WorkerResult } from '../workers/worker-error.ts';
import type { ProjectStore } from './project-store.ts';
import { saveTextFile } from './save-text-file.ts';

export type RunStatus = 'idle' | 'preparing' | 'running' | 'paused' | 'done' | 'error';
export type DownloadKind = 'csv' | 'report' | 'recipe' | 'targets';

/** Checkpoints are saved at most this often while running (and always on pause and at the end). */
const SAVE_EVERY_MS = 2000;

/** One synthesis run as the UI sees it: status, the iteration reports, the final report. */
export class RunState {
  status = $state<RunStatus>('idle');
  summary = $state.raw<SetupSummary | null>(null);
  /** Replaced whole on every iteration. */
  history = $state.raw<readonly IterationReport[]>([]);
  report = $state.raw<RunReportData | null>(null);
  error = $state<string | null>(null);
  /** A saved, unfinished run found at start-up, offered for resuming. */
  pending = $state.raw<SavedRun | null>(null);
  /** True once the latest pause or finish is safely in IndexedDB. */
  saved = $state(false);

  readonly #client: SynthClient;
  readonly #store: ProjectStore;
  #fileName = '';
  #lastSave = 0;

  constructor(options: { client: SynthClient; store: ProjectStore }) {
    this.#client = options.client;
    this.#store = options.store;
  }

  get rowsWanted(): number {
    return this.summary?.rowsWanted ?? 0;
  }

  get latest(): IterationReport | null {
    return this.history.at(-1) ?? null;
  }

  reset(): void {
    this.status = 'idle';
    this.summary = null;
    this.history = [];
    this.report = null;
    this.error = null;
    this.saved = false;
  }

  async synthesize(options: { setup: SetupOptions; fileName: string }): Promise<void> {
    this.reset();
    this.pending = null;
    this.status = 'preparing';
    this.#fileName = options.fileName;
    const prepared = await this.#client.api.setup(options.setup);
    if (!this.#accept(prepared)) return;
    this.summary = prepared.value;
    await this.#drive();
  }

  /** Continues the run found at start-up from its checkpoint. */
  async resumePending(): Promise<void> {
    const saved = this.pending;
    if (!saved) return;
    this.reset();
    this.pending = null;
    this.status = 'preparing';
    this.#fileName = saved.fileName;
    const restored = await this.#client.api.restore(saved);
    if (!this.#accept(restored)) return;
    this.summary = restored.value;
    this.history = saved.checkpoint.history;
    await this.#drive();
  }

  async discardPending(): Promise<void> {
    this.pending = null;
    await this.#store.forgetRun();
  }

  async pause(): Promise<void> {
    if (this.status !== 'running') return;
    this.status = 'paused';
    this.saved = false;
    await this.#client.api.pause();
    await this.#save();
  }

  async resume(): Promise<void> {
    if (this.status !== 'paused') return;
    this.status = 'running';
    this.saved = false;
    await this.#client.api.resume();
  }

  async stop(): Promise<void> {
    if (this.status === 'running' || this.status === 'paused') await this.#client.api.stop();
  }

  async download(kind: DownloadKind): Promise<void> {
    const base = this.#fileName.replace(/\.[^.]*$/, '') || 'synthetic';
    if (kind === 'report') {
      if (this.report) saveTextFile({ text: JSON.stringify(this.report, null, 2) + '\n', name: `${base}-report.json`, type: 'application/json' });
      return;
    }
    const api = this.#client.api;
    const result = kind === 'csv' ? await api.exportCsv() : kind === 'recipe' ? await api.exportRecipe() : await api.exportTargets();
    if (!result.ok) {
      this.error = result.error.message;
      return;
    }
    const files = { csv: [`${base}-synthetic.csv`, 'text/csv'], recipe: [`${base}-recipe.json`, 'application/json'], targets: [`${base}-stats.json`, 'application/json'] };
    const [name, type] = files[kind];
    saveTextFile({ text: result.value, name, type });
  }

  async #drive(): Promise<void> {
    this.status = 'running';
    this.#lastSave = performance.now();
    const onProgress = async (report: IterationReport) => {
      this.history = [...this.history, report];
      if (performance.now() - this.#lastSave > SAVE_EVERY_MS) await this.#save();
    };
    const end = await this.#client.api.start(Comlink.proxy(onProgress));
    if (!this.#accept(end)) return;
    await this.#save();
    const report = await this.#client.api.report();
    if (!this.#accept(report)) return;
    this.report = report.value;
    this.status = 'done';
  }

  async #save(): Promise<void> {
    const checkpoint = await this.#client.api.checkpoint();
    if (!checkpoint.ok) return;
    this.#lastSave = performance.now();
    await this.#store.saveRun(checkpoint.value);
    this.saved = true;
  }

  #accept<T>(result: WorkerResult<T>): result is { ok: true; value: T } {
    if (result.ok) return true;
    this.error = result.error.message;
    this.status = 'error';
    return false;
  }
}
