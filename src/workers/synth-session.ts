import type { Dataset } from '../stats/dataset.ts';
import { InputError } from '../stats/input-error.ts';
import type { SchemaOverrides } from '../stats/schema/schema-overrides.ts';
import { checkTableSize } from '../stats/ingest/table-size-limit.ts';
import { targetsFromJson } from '../stats/stats-json/targets-from-json.ts';
import { targetsToJson } from '../stats/stats-json/targets-to-json.ts';
import { AuditLog } from '../synth/audit/audit-log.ts';
import type { AuditEntry } from '../synth/audit/audit-entry.ts';
import type { RunCheckpoint } from '../synth/loop/run-checkpoint.ts';
import { SynthesisRun } from '../synth/loop/synthesis-run.ts';
import { LlmConnection } from './llm-connection.ts';
import { LoadedData } from './loaded-data.ts';
import { createPlanner, type PlannerChoice, type PlannerForRun } from './planner-factory.ts';
import { assertPromptSafe } from '../llm/prompt-safety.ts';
import { runTargets, sourceForSetup, type Source } from './run-source.ts';
import { scenarioEditsForSetup } from './scenario-from-text.ts';
import { rulesForSetup } from './rules-from-model.ts';
import { withSetupScenarios } from './setup-scenarios.ts';
import { readTablesFiles } from './tables-source.ts';
import type { PreparedTargets } from './prepare-targets.ts';
import { RunController } from './run-controller.ts';
import { setupSummary } from './setup-summary.ts';
import { runReport } from './run-report.ts';
import { runUtility } from './run-utility.ts';
import { splitHoldout } from './split-holdout.ts';
import { readChild } from './related-run.ts';
import { latestRows } from './latest-rows.ts';
import { loopOptions, recipeText, runCsv, targetsText } from './run-exports.ts';
import { readStatsFile } from './read-stats-file.ts';
import { relatedRules } from '../synth/related/related-rules.ts';
import type {
  ChildSummary,
  DataPreview,
  IterationReport,
  LoadedFileSummary,
  RunEnd,
  RunReportData,
  SavedRun,
  ScenarioEdits,
  SetupOptions,
  SetupSummary,
  SuggestedRules,
  SynthApi,
  TablesImport,
  Utility,
} from './synth-api.ts';
import { settle, type WorkerResult } from './worker-error.ts';

/** A set-up run: its targets and split, the setup, the planner, the audit of its LLM requests (`audit`), and the loop. */
interface Run {
  readonly prepared: PreparedTargets & { readonly setup: SetupOptions; readonly planner: PlannerForRun; readonly audit: AuditLog };
  readonly controller: RunController;
}

/**
 * One user's synthesis session: the loaded rows, the targets and the run — everything the synth worker holds
 * (synth.worker.ts only exposes it). The only place raw rows live: the UI gets summaries, never the dataset itself.
 * Every method with an answer settles it into a WorkerResult, so errors cross as `{code, message}`.
 */
export class SynthSession implements SynthApi {
  #source: Source | null = null;
  // The loaded file's parsed strings beside its typed dataset: re-typing and the preview read them, never the file again.
  #loaded: LoadedData | null = null;
  // A child table of the loaded file (households → persons), for related runs.
  #child: LoadedData | null = null;
  #run: Run | null = null;
  // The llm worker, reached directly through a port the main thread handed over (connectLlm).
  #llm: LlmConnection | null = null;
  // The model's requests before a run (scenario edits, rules) for this source: the next run set up audits them first (a refused setup keeps them).
  #preRunAudit: AuditEntry[] = [];
  readonly #auditPreRun = (entry: AuditEntry): void => void this.#preRunAudit.push(entry);

  connectLlm(port: MessagePort): void {
    this.#llm?.lose('was replaced');
    this.#llm = new LlmConnection(port);
  }

  loadFile(file: { name: string; bytes: Uint8Array }): Promise<WorkerResult<LoadedFileSummary>> {
    return settle(async () => {
      checkTableSize({ name: file.name, bytes: file.bytes.byteLength });
      const summary = this.#useData(await LoadedData.read(file));
      // The child table and the what-if requests belonged to the previous file.
      this.#child = null;
      this.#preRunAudit = [];
      return summary;
    });
  }

  loadChild(file: { name: string; bytes: Uint8Array }): Promise<WorkerResult<ChildSummary>> {
    return settle(async () => {
      const { child, summary } = await readChild(file, this.#needData());
      this.#child = child;
      return summary;
    });
  }

  dropChild(): void {
    this.#child = null;
  }

  retype(overrides: SchemaOverrides): Promise<WorkerResult<LoadedFileSummary>> {
    return settle(() => this.#useData(this.#needData().retype(overrides)));
  }

  preview(rows: number): Promise<WorkerResult<DataPreview>> {
    return settle(() => this.#needData().preview(rows));
  }

  importStats(file: { name: string; bytes: Uint8Array }): Promise<WorkerResult<LoadedFileSummary>> {
    return settle((): LoadedFileSummary => {
      const { targets, summary } = readStatsFile(file);
      this.#useImported({ kind: 'stats', targets, fileName: file.name });
      return summary;
    });
  }

  importTables(files: readonly { name: string; bytes: Uint8Array }[]): Promise<WorkerResult<TablesImport>> {
    return settle(async () => {
      const { source, loaded } = await readTablesFiles(files);
      this.#useImported(source);
      return loaded;
    });
  }

  scenarioEdits(text: string, setup: SetupOptions): Promise<WorkerResult<ScenarioEdits>> {
    return settle(() => scenarioEditsForSetup({ source: this.#source, child: this.#child, setup, llm: this.#llm, text, audit: this.#auditPreRun }));
  }

  suggestRules(setup: SetupOptions): Promise<WorkerResult<SuggestedRules>> {
    return settle(() => rulesForSetup({ source: this.#source, child: this.#child, setup, llm: this.#llm, audit: this.#auditPreRun }));
  }

  setup(setup: SetupOptions): Promise<WorkerResult<SetupSummary>> {
    return settle(async () => {
      const source = sourceForSetup(this.#source, setup);
      const audit = new AuditLog(this.#preRunAudit);
      const planner = createPlanner({ choice: setup.planner, llm: this.#llm, seed: setup.seed, scenario: setup.scenario, audit: audit.record });
      const targets = await runTargets({ source, child: this.#child, setup, planner: planner.planner });
      return this.#begin({ ...withSetupScenarios(targets, setup.scenarios), setup, planner, audit });
    });
  }

  restore(saved: SavedRun): Promise<WorkerResult<SetupSummary>> {
    return settle(() => {
      const targets = targetsFromJson(saved.targets, 'saved run');
      const source = this.#source;
      // With the same data reloaded, the same seed gives the same split: the report can score against it again.
      const split =
        source?.kind === 'data' && source.fileName === saved.fileName && !targets.related
          ? splitHoldout(source.dataset, { share: saved.setup.holdoutShare, seed: saved.setup.seed })
          : null;
      const joints = targets.tables.filter((t) => t.axes.length > 1).map((t) => t.axes.map((a) => a.column));
      // After a reload the model is gone until the user loads it again: the rest of the run is statistical.
      const audit = new AuditLog();
      const { seed, scenario, planner: choice } = saved.setup;
      const live = this.#llm?.lost === false ? choice : undefined;
      const planner = createPlanner({ choice: live, llm: this.#llm, seed, scenario, audit: audit.record, history: saved.checkpoint.history });
      const prepared = { targets, joints, training: split?.training ?? null, holdout: split?.holdout ?? null, setup: saved.setup, planner, audit };
      return this.#begin(prepared, saved.checkpoint);
    });
  }

  start(onProgress: (report: IterationReport) => void | Promise<void>): Promise<WorkerResult<RunEnd>> {
    return settle(() => this.#needRun().controller.drive(onProgress));
  }

  pause(): void {
    this.#run?.controller.pause();
  }

  resume(): void {
    this.#run?.controller.resume();
  }

  llmLost(why: string): void {
    this.#llm?.lose(why);
  }

  continueWith(choice: PlannerChoice): Promise<WorkerResult<SetupSummary>> {
    return settle(() => {
      const { prepared, controller } = this.#needRun();
      if (controller.running) throw new InputError('synth: the run is going; it can change planner only once it paused on a lost planner');
      const { setup, audit } = prepared;
      assertPromptSafe(prepared.targets, { choice, source: "the run's tables" });
      const planner = createPlanner({ ...setup, choice, llm: this.#llm, audit: audit.record, history: controller.synthesis.history });
      // The setup records the new planner too: a reload continues with it, not the lost one.
      return this.#begin({ ...prepared, setup: { ...setup, planner: choice }, planner }, controller.synthesis.checkpoint());
    });
  }

  audit(): Promise<WorkerResult<readonly AuditEntry[]>> {
    return settle(() => [...(this.#run?.prepared.audit.entries ?? [])]);
  }

  stop(): void {
    this.#run?.controller.stop();
  }

  forget(): void {
    this.#run?.controller.stop();
    this.#run = null;
    this.#source = null;
    this.#loaded = null;
    this.#child = null;
    this.#preRunAudit = [];
  }

  checkpoint(): Promise<WorkerResult<SavedRun>> {
    return settle(() => {
      const { prepared, controller } = this.#needRun();
      return {
        fileName: this.#source?.fileName ?? '',
        setup: prepared.setup,
        targets: targetsToJson(prepared.targets),
        checkpoint: controller.synthesis.checkpoint(),
      };
    });
  }

  report(onProgress?: (line: string) => void): Promise<WorkerResult<RunReportData>> {
    return settle(() => {
      const { run, synthetic } = this.#finished();
      return runReport({ prepared: run.prepared, run: run.controller.synthesis, synthetic, seed: run.prepared.setup.seed, onProgress });
    });
  }

  utility(target: string, positive?: string): Promise<WorkerResult<Utility>> {
    return settle(() => {
      const { run, synthetic } = this.#finished();
      return runUtility({ prepared: run.prepared, synthetic, target, positive });
    });
  }

  latestRows(n: number): Promise<WorkerResult<DataPreview>> {
    return settle(() => latestRows(this.#needRun().controller.synthesis.result(), n));
  }

  exportCsv(): Promise<WorkerResult<Blob>> {
    return settle(() => runCsv(this.#finished(), 'parent'));
  }

  exportChildCsv(): Promise<WorkerResult<Blob>> {
    return settle(() => runCsv(this.#finished(), 'child'));
  }

  exportRecipe(): Promise<WorkerResult<string>> {
    return settle(() => {
      const { prepared, controller } = this.#finished().run;
      return recipeText({ prepared, planner: prepared.planner.recipe, history: controller.synthesis.history, llmCalls: prepared.audit.entries });
    });
  }

  exportTargets(): Promise<WorkerResult<string>> {
    return settle(() => targetsText(this.#run?.prepared.targets));
  }

  #needData(): LoadedData {
    if (!this.#loaded) throw new InputError('synth: no data file loaded; choose a data file or a sample first');
    return this.#loaded;
  }

  /** Makes `data` the source of the next run (a bad load or re-type never gets here, so the previous one stays). */
  #useData(data: LoadedData): LoadedFileSummary {
    this.#loaded = data;
    this.#source = { kind: 'data', dataset: data.dataset, fileName: data.fileName };
    return data.summary();
  }

  /** Imported tables are the next run's source: no rows, so no data file nor child table. */
  #useImported(source: Source): void {
    this.#source = source;
    this.#loaded = null;
    this.#child = null;
    this.#preRunAudit = [];
  }

  #needRun(): Run {
    if (!this.#run) throw new InputError('synth: no run yet; set one up with Synthesize first');
    return this.#run;
  }

  #finished(): { run: Run; synthetic: Dataset } {
    const run = this.#needRun();
    if (!run.controller.synthesis.done) throw new InputError('synth: the run is not finished; wait for it or press Stop');
    return { run, synthetic: run.controller.synthesis.result() };
  }

  /** Makes `prepared` the session's run (from `checkpoint` when given), stopping a run still going; a bad one leaves the previous run. */
  #begin(prepared: Run['prepared'], checkpoint?: RunCheckpoint): SetupSummary {
    // A related run's rules that count members (and the encoding's own) are compiled against its layout.
    const { plain, extra } = relatedRules(prepared.targets, prepared.setup.rules);
    const loop = { ...loopOptions(prepared.setup), rules: plain };
    const synthesis = new SynthesisRun({ targets: prepared.targets, planner: prepared.planner.planner, loop, extraRules: extra, checkpoint });
    if (this.#run?.controller.running) this.#run.controller.stop();
    this.#run = { prepared, controller: new RunController(synthesis) };
    this.#preRunAudit = [];
    return setupSummary(prepared);
  }
}
