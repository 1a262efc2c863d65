import * as Comlink from 'comlink';
import type { AuditEntry, IterationReport, RunReportData, SavedRun, SetupOptions, SetupSummary } from '../workers/synth-api.ts';
import type { SynthClient } from '../workers/synth-client.ts';
import type { WorkerResult } from '../workers/worker-error.ts';
import type { ProjectStore } from './project-store.ts';
import { reportDocument } from './report-download.ts';
import { saveTextFile } from './save-text-file.ts';
import { OTHER_TAB_TEXT, storageErrorText } from './storage-text.ts';
import { UtilityState } from './utility-state.svelte.ts';

export type RunStatus = 'idle' | 'preparing' | 'running' | 'paused' | 'done' | 'error';
export type DownloadKind = 'csv' | 'child' | 'report' | 'html' | 'recipe' | 'targets' | 'audit';

/** Checkpoints are saved at most this often while running (and always on pause and at the end). */
const SAVE_EVERY_MS = 2000;

/** One synthesis run as the UI sees it: status, the iteration reports, the final report. */
export class RunState {
  status = $state<RunStatus>('idle');
  summary = $state.raw<SetupSummary | null>(null);
  /** Replaced whole on every iteration. */
  history = $state.raw<readonly IterationReport[]>([]);
  report = $state.raw<RunReportData | null>(null);
  /** While the finished run's report is computed: the worker's latest step ("synthetic vs training rows: scoring column pairs 12/66"); null otherwise. */
  reportProgress = $state<string | null>(null);
  error = $state<string | null>(null);
  /** A saved, unfinished run found at start-up, offered for resuming. */
  pending = $state.raw<SavedRun | null>(null);
  /** True once the latest pause or finish is safely in IndexedDB. */
  saved = $state(false);
  /** Why the run paused on its own (the model's worker or GPU was lost); null otherwise. */
  interruption = $state<string | null>(null);
  /** Why progress is not being saved (storage full, project open in another tab); null while saving works. */
  storage = $state<string | null>(null);
  /** Every request to the model so far (refreshed on pause and at the end); empty for the statistical planner. */
  audit = $state.raw<readonly AuditEntry[]>([]);
  /** The report's utility section (train on synthetic, test on real), run on request. */
  readonly utility: UtilityState;

  readonly #client: SynthClient;
  readonly #store: ProjectStore;
  /** The consent to keep data on this device, read at every save: without it no checkpoint reaches disk. */
  readonly #keep: () => boolean;
  #fileName = '';
  #seed = 0;
  #lastSave = 0;

  constructor(options: { client: SynthClient; store: ProjectStore; keep: () => boolean }) {
    this.#client = options.client;
    this.#store = options.store;
    this.#keep = options.keep;
    this.utility = new UtilityState(options.client);
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
    this.reportProgress = null;
    this.error = null;
    this.saved = false;
    this.interruption = null;
    this.audit = [];
    this.utility.offer([]);
  }

  async synthesize(options: { setup: SetupOptions; fileName: string }): Promise<void> {
    this.reset();
    this.pending = null;
    this.status = 'preparing';
    this.#fileName = options.fileName;
    this.#seed = options.setup.seed;
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
    this.#seed = saved.setup.seed;
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
    await this.#refreshAudit();
  }

  async resume(): Promise<void> {
    if (this.status !== 'paused' || this.interruption) return;
    this.status = 'running';
    this.saved = false;
    await this.#client.api.resume();
  }

  async stop(): Promise<void> {
    if (this.status !== 'running' && this.status !== 'paused') return;
    await this.#client.api.stop();
    // An interrupted run has no drive going: start one, which finishes at once with the exact row count.
    if (this.interruption) await this.#continue();
  }

  /** After the model was lost: the rest of the run comes from the statistical planner, from where it paused. */
  async continueStatistical(): Promise<void> {
    if (!this.interruption) return;
    const swapped = await this.#client.api.continueWith({ kind: 'statistical' });
    if (!this.#accept(swapped)) return;
    this.summary = swapped.value;
    await this.#continue();
  }

  async #continue(): Promise<void> {
    this.interruption = null;
    this.saved = false;
    await this.#drive();
  }

  async download(kind: DownloadKind): Promise<void> {
    const base = this.#fileName.replace(/\.[^.]*$/, '') || 'synthetic';
    if (kind === 'report') {
      if (this.report) saveTextFile({ text: JSON.stringify(this.report, null, 2) + '\n', name: `${base}-report.json`, type: 'application/json' });
      return;
    }
    if (kind === 'html') {
      if (!this.report) return;
      const facts = {
        fileName: this.#fileName,
        report: this.report,
        history: this.history,
        seed: this.#seed,
        planner: this.summary?.planner ?? '',
        utility: this.utility.result,
      };
      saveTextFile({ text: await reportDocument(facts), name: `${base}-report.html`, type: 'text/html' });
      return;
    }
    if (kind === 'audit') {
      await this.#refreshAudit();
      const log = { format: 'synthor-audit-log', version: 1, planner: this.summary?.planner ?? '', entries: this.audit };
      saveTextFile({ text: JSON.stringify(log, null, 2) + '\n', name: `${base}-audit-log.json`, type: 'application/json' });
      return;
    }
    const api = this.#client.api;
    const exports = { csv: () => api.exportCsv(), child: () => api.exportChildCsv(), recipe: () => api.exportRecipe(), targets: () => api.exportTargets() };
    const result = await exports[kind]();
    if (!result.ok) {
      this.error = result.error.message;
      return;
    }
    // A related run's tables are named after their input files.
    const stem = (name: string | undefined) => name?.replace(/\.[^.]*$/, '') || base;
    const files = {
      csv: [`${stem(this.report?.related?.files.parent)}-synthetic.csv`, 'text/csv'],
      child: [`${stem(this.report?.related?.files.child)}-synthetic.csv`, 'text/csv'],
      recipe: [`${base}-recipe.json`, 'application/json'],
      targets: [`${base}-stats.json`, 'application/json'],
    };
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
    if (this.#keep() && !(await this.#store.claim())) this.storage = OTHER_TAB_TEXT;
    const end = await this.#client.api.start(Comlink.proxy(onProgress));
    if (!this.#accept(end)) return;
    await this.#refreshAudit();
    if (end.value.interrupted) {
      this.status = 'paused';
      this.interruption = `${end.value.interrupted.message}. The run is paused with its progress kept; continue with the statistical planner, or stop it here.`;
      await this.#save();
      return;
    }
    await this.#save();
    // The lines come through their own port: one may arrive after the answer, and is dropped then.
    let computing = true;
    this.reportProgress = 'starting';
    const report = await this.#client.api.report(Comlink.proxy((line: string) => void (computing && (this.reportProgress = line))));
    computing = false;
    this.reportProgress = null;
    if (!this.#accept(report)) return;
    this.report = report.value;
    this.utility.offer(report.value.utilityTargets);
    this.status = 'done';
  }

  async #save(): Promise<void> {
    // Without consent the run lives in this tab's memory only: nothing derived from the data is written.
    if (!this.#keep() || !(await this.#store.claim())) return;
    const checkpoint = await this.#client.api.checkpoint();
    if (!checkpoint.ok) return;
    this.#lastSave = performance.now();
    try {
      await this.#store.saveRun(checkpoint.value);
    } catch (e) {
      // Storage full or refused: the run goes on; the record saved before stays whole (one key, one write).
      this.storage = storageErrorText(e);
      return;
    }
    this.storage = null;
    this.saved = true;
  }

  async #refreshAudit(): Promise<void> {
    const audit = await this.#client.api.audit();
    if (audit.ok) this.audit = audit.value;
  }

  #accept<T>(result: WorkerResult<T>): result is { ok: true; value: T } {
    if (result.ok) return true;
    this.error = result.error.message;
    this.status = 'error';
    return false;
  }
}
