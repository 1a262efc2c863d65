import type { Schema } from '../stats/schema.ts';
import type { ColumnProfile } from '../stats/schema/profile-columns.ts';
import type { SchemaOverrides } from '../stats/schema/schema-overrides.ts';
import type { QualityNote } from '../stats/quality-notes.ts';
import type { Evaluation } from '../stats/metrics/evaluate.ts';
import type { TargetsJson } from '../stats/stats-json/targets-json.ts';
import type { Utility } from '../stats/metrics/utility/train-synthetic-test-real.ts';
import type { UtilityTarget } from '../stats/metrics/utility/utility-target.ts';
import type { IterationReport } from '../synth/loop/iteration-report.ts';
import type { RunCheckpoint } from '../synth/loop/run-checkpoint.ts';
import type { AuditEntry } from '../synth/audit/audit-entry.ts';
import type { DisclosureReport } from '../stats/privacy/disclosure-report.ts';
import type { DpReport } from '../stats/privacy/dp-report.ts';
import type { ScenarioEdits } from '../llm/scenario-edits.ts';
import type { SuggestedRules } from './rules-from-model.ts';
import type { PlannerChoice } from './planner-factory.ts';
import type { PlannerLostCode } from './planner-lost.ts';
import type { ComparisonSampleSizes } from './comparison-samples.ts';
import type { WorkerResult } from './worker-error.ts';

export type { ColumnProfile, QualityNote, SchemaOverrides, Evaluation, IterationReport, PlannerChoice, RunCheckpoint, TargetsJson };
export type { ColumnSchema, Schema } from '../stats/schema.ts';
export type { Plan, Proposal } from '../synth/plan/plan.ts';
export type { AuditEntry, DisclosureReport, DpReport, PlannerLostCode, ScenarioEdits, SuggestedRules, Utility, UtilityTarget };
export type { UtilityMetric } from '../stats/metrics/utility/utility-scores.ts';
/** The `format` a stats.json names (the UI tells a dropped stats.json from data by it). */
export { STATS_FORMAT } from '../stats/stats-json/targets-json.ts';
export { DEFAULT_LLM_BUDGET, MAX_BUDGET_PLANS, llmBudgetFor } from '../synth/planner/llm-budget.ts';
/** The scores each utility task reports and their names, for the report's utility table. */
export { UTILITY_METRICS } from '../stats/metrics/utility/utility-scores.ts';
export { utilityLabel } from '../stats/metrics/utility/utility-label.ts';
export { distanceSampleNote } from '../stats/metrics/disclosure-risk/distance-sample-note.ts';
export { comparisonSampleNote } from './comparison-sample-note.ts';
export { CELL_MAX, cutCell } from '../stats/cut-cell.ts';
export { checkTableSize } from '../stats/ingest/table-size-limit.ts';
export { DEFAULT_TOP_K } from '../stats/tables/categorical-axis.ts';
/** Iterations the app proposes once aggregate tables are loaded (their sparse joints keep improving past the usual 60). */
export { TABLE_ITERATIONS } from '../synth/aggregates/synthesize-from-tables.ts';

// Everything below crosses between the UI and the synth worker: plain, cloneable data only.
export interface LoadedFileSummary {
  readonly fileName: string;
  /** "data": micro data (rows stay in the worker); "stats": imported target tables only; "tables": aggregate tables from several sources, reconciled. */
  readonly source: 'data' | 'stats' | 'tables';
  readonly rowCount: number;
  readonly schema: Schema;
  /** Per column, in schema order. */
  readonly columns: readonly ColumnProfile[];
  readonly warnings: readonly string[];
  /** Data-quality notes on the typed columns (none for imported stats). */
  readonly notes: readonly QualityNote[];
}

/** What reconciling aggregate tables did, as the app shows it (docs/aggregate-tables.md): no shares, only how far each source moved. */
export interface TablesReconciliation {
  readonly tables: readonly { readonly source: string; readonly variables: readonly string[]; readonly weight: number; readonly moved: number }[];
  /** Variables two or more sources give, with each source's TVD from the consensus. */
  readonly overlaps: readonly { readonly variables: readonly string[]; readonly sources: readonly { readonly source: string; readonly tvd: number }[] }[];
  /** Pairs no source gives together: the synthetic records carry no evidence on how they go together. */
  readonly unobserved: readonly (readonly [string, string])[];
}

/** Aggregate tables imported: the columns they give, and how they were reconciled. */
export interface TablesImport {
  readonly summary: LoadedFileSummary;
  readonly reconciliation: TablesReconciliation;
}

/** A child table loaded beside the data file (households → persons): joined to it by one of `keys`. */
export interface ChildSummary {
  readonly fileName: string;
  readonly rowCount: number;
  readonly schema: Schema;
  /** Columns both tables hold, likeliest key first (identifiers, names ending in "id"); empty: the tables cannot be joined. */
  readonly keys: readonly string[];
}

/** A related run's report at both levels. */
export interface RelatedReport {
  /** The input files' names: the downloads are named after them. */
  readonly files: { readonly parent: string; readonly child: string };
  readonly key: string;
  readonly parents: number;
  readonly children: number;
  /** Members per parent: the target's shares beside the synthetic ones (the member count's overlay). */
  readonly members: ColumnOverlay | null;
  /** SDMetrics multi-table Quality against the training tables; null without real rows. */
  readonly quality: {
    readonly score: number | null;
    readonly columnShapes: number | null;
    readonly columnPairTrends: number | null;
    readonly cardinality: number | null;
    readonly intertableTrends: number | null;
  } | null;
}

/** The first rows of the loaded file, as written (missing tokens show as empty). */
export interface DataPreview {
  readonly columns: readonly string[];
  /** Cells past `CELL_MAX` characters arrive cut (`cutCell`), never whole. */
  readonly rows: readonly (readonly string[])[];
  /** The cut cells, each with its full length in characters. */
  readonly long: readonly { readonly row: number; readonly column: number; readonly length: number }[];
}

/** What the user sets before a run; defaults live in the UI's setup state. */
export interface SetupOptions {
  readonly rows: number;
  readonly seed: number;
  readonly maxIterations: number;
  readonly proposalsPerIteration: number;
  /** Column groups with a joint table; null = suggested (statistical planner + dependence ranking). */
  readonly joints: readonly (readonly string[])[] | null;
  readonly rules: readonly string[];
  /** Share of the loaded rows kept out of the targets for the privacy metrics (0..0.5). */
  readonly holdoutShare: number;
  /** Categories kept per categorical column, most frequent first; the rest pool into "(other)". Absent = DEFAULT_TOP_K. */
  readonly topK?: number;
  /** Who writes the plans; absent (runs saved before LLM planners) = statistical. */
  readonly planner?: PlannerChoice;
  /** With a child table loaded: the column joining its rows to the data file's (a related run, parents with their children). */
  readonly related?: { readonly key: string };
  /** A what-if the records should fit ("a concert at Tokyo Dome from 20–24"); LLM planners quote it in the prompt. */
  readonly scenario?: string;
  /** What-ifs as target edits ("+30% destination = LAS in time_bin = 20-24"), applied in order at setup for every source. */
  readonly scenarios?: readonly string[];
}

export interface SetupSummary {
  /** The joint column groups the targets use (the suggestion when the user gave none). */
  readonly joints: readonly (readonly string[])[];
  readonly tables: readonly { readonly name: string; readonly cells: number }[];
  readonly trainingRows: number;
  readonly holdoutRows: number;
  readonly rowsWanted: number;
  /** The planner of this run in words: "statistical", or "llm (tiny.gguf)". */
  readonly planner: string;
}

export interface RunEnd {
  readonly iterations: number;
  readonly rows: number;
  readonly meanTvd: number;
  /** True when the user stopped the run early (rows were filled to the exact count). */
  readonly stopped: boolean;
  /**
   * Set when the planner was lost (llm worker gone, GPU lost): the run is not
   * finished but paused before that iteration; `continueWith` another planner.
   */
  readonly interrupted?: { readonly code: PlannerLostCode; readonly message: string };
}

/** A run as persisted across reloads: aggregates and synthetic records, never the source rows. */
export interface SavedRun {
  readonly fileName: string;
  readonly setup: SetupOptions;
  readonly targets: TargetsJson;
  readonly checkpoint: RunCheckpoint;
}

/** Real (target) vs synthetic shares of one column over the target's own cells. */
export interface ColumnOverlay {
  readonly column: string;
  readonly kind: 'categorical' | 'binned';
  readonly labels: readonly string[];
  readonly real: readonly number[];
  readonly synthetic: readonly number[];
}

/** A scenario's share of its context: in the targets before and after the edit, and in the synthetic records. */
export interface ScenarioReport {
  readonly text: string;
  readonly before: number;
  readonly after: number;
  readonly synthetic: number;
}

/** Shares over an origin × destination pair of columns, row-major (destination fastest), of the categories only. */
export interface FlowMatrix {
  readonly origin: string;
  readonly destination: string;
  readonly origins: readonly string[];
  readonly destinations: readonly string[];
  /** Of the synthetic records. */
  readonly synthetic: readonly number[];
  /** Of the targets without the scenarios; null when no scenario was applied (the targets are then what the records fit). */
  readonly before: readonly number[] | null;
}

/** A time-of-day column's shares in order: the targets without the scenarios, and the synthetic records. */
export interface TimeProfile {
  readonly column: string;
  readonly labels: readonly string[];
  readonly before: readonly number[];
  readonly after: readonly number[];
}

export interface RunReportData {
  readonly rows: number;
  readonly iterations: number;
  readonly meanTvd: number;
  readonly tables: readonly { readonly table: string; readonly tvd: number }[];
  readonly ruleViolations: number;
  /** Against the training rows (with privacy against the holdout); null when only stats were imported. */
  readonly evaluation: Evaluation | null;
  /** The holdout scored as if it were synthetic: the ceiling a generator can hope for; null without a holdout. */
  readonly ceiling: Evaluation | null;
  /** Independent marginals from the same targets, scored the same way: the floor any structure must beat. */
  readonly floor: Evaluation | null;
  /** The training, holdout and baseline rows the ceiling and floor were scored on (comparisonSampleNote); null without real rows, absent in reports saved before. */
  readonly comparisonSamples?: ComparisonSampleSizes | null;
  readonly overlays: readonly ColumnOverlay[];
  /** What disclosure control pooled and suppressed in the targets (counts only); null when it was off. */
  readonly disclosure: DisclosureReport | null;
  /** The differential-privacy guarantee and budget per table; null without DP. */
  readonly dp: DpReport | null;
  /** The columns `utility` can predict (binary: the rarer class positive); empty without real rows and a holdout. */
  readonly utilityTargets: readonly UtilityTarget[];
  /** A run of parents with their children: both levels; null for one table. */
  readonly related: RelatedReport | null;
  /** Each scenario of the setup, in order; empty without one. */
  readonly scenarios: readonly ScenarioReport[];
  /** An origin–destination pair of columns (two categorical columns sharing most categories); null without one. */
  readonly flows: FlowMatrix | null;
  /** A time-of-day column (named like time, hour or bin, or with labels such as 06-09); null without one. */
  readonly time: TimeProfile | null;
}

export interface SynthApi {
  /**
   * A port to the llm worker (LlmClient.port(), transferred): runs with an LLM
   * planner call the model through it, without the main thread in the middle.
   * A later port replaces an earlier one.
   */
  connectLlm(port: MessagePort): void;
  /** Parses and types a file; the rows stay inside the worker. */
  loadFile(file: { name: string; bytes: Uint8Array }): Promise<WorkerResult<LoadedFileSummary>>;
  /**
   * Loads a child table of the loaded data file (its rows name a data-file row by a key column);
   * a run set up with `related` then synthesises both. Loading another data file drops it.
   */
  loadChild(file: { name: string; bytes: Uint8Array }): Promise<WorkerResult<ChildSummary>>;
  /** Forgets the child table: runs are of the data file alone again. */
  dropChild(): void;
  /** Types the loaded file again with all of the user's corrections; on a bad one the previous typing stays. */
  retype(overrides: SchemaOverrides): Promise<WorkerResult<LoadedFileSummary>>;
  /** The first `rows` rows of the loaded file (at most 50): rows leave the worker only when asked for. */
  preview(rows: number): Promise<WorkerResult<DataPreview>>;
  /** Reads a stats.json (target tables only): the run then needs no micro data. */
  importStats(file: { name: string; bytes: Uint8Array }): Promise<WorkerResult<LoadedFileSummary>>;
  /**
   * Reads aggregate tables (variables and a count or share column) from different sources and reconciles
   * them where they share variables; the run's targets are made at setup, of the rows asked for.
   */
  importTables(files: readonly { name: string; bytes: Uint8Array }[]): Promise<WorkerResult<TablesImport>>;
  /**
   * With a model loaded (`setup.planner` an LLM): the free-text what-if `text` written by the model as scenario lines
   * for `setup`'s targets, checked to apply after the setup's own; shown to the user, never applied here. Audited with the next run.
   */
  scenarioEdits(text: string, setup: SetupOptions): Promise<WorkerResult<ScenarioEdits>>;
  /** With a model loaded: rules it suggests for `setup`'s targets (rules-from-model.ts), for the user to accept; audited with the next run. */
  suggestRules(setup: SetupOptions): Promise<WorkerResult<SuggestedRules>>;
  /** Splits off the holdout, chooses joints, builds the targets and prepares a run. */
  setup(options: SetupOptions): Promise<WorkerResult<SetupSummary>>;
  /** Prepares a saved run to continue (after `loadFile` of the same data, when it was kept). */
  restore(saved: SavedRun): Promise<WorkerResult<SetupSummary>>;
  /** Runs until done or stopped; every iteration's report goes to `onProgress` (a Comlink.proxy). */
  start(onProgress: (report: IterationReport) => void | Promise<void>): Promise<WorkerResult<RunEnd>>;
  pause(): void;
  resume(): void;
  /** The main thread saw the llm worker go (terminated, crashed): its requests in flight fail, the run pauses. */
  llmLost(why: string): void;
  /** After an interrupted run: swaps the planner, keeping the loop state; then `start` again. */
  continueWith(choice: PlannerChoice): Promise<WorkerResult<SetupSummary>>;
  /** Every LLM request of the run so far (prompt, answer, tokens), in order; empty for the statistical planner. */
  audit(): Promise<WorkerResult<readonly AuditEntry[]>>;
  /** Ends the run after the current iteration, with exactly the rows wanted. */
  stop(): void;
  /** Drops the loaded rows, the targets and the run from the worker's memory ("Forget everything"). */
  forget(): void;
  checkpoint(): Promise<WorkerResult<SavedRun>>;
  /** The report of the finished run; `onProgress` (a Comlink proxy) hears a line before each step while it is computed. */
  report(onProgress?: (line: string) => void): Promise<WorkerResult<RunReportData>>;
  /**
   * After a finished run with real rows and a holdout: predicts `target` with a
   * model trained on the synthetic rows and one trained on the training rows,
   * both tested on the holdout (binary targets: `positive` is the positive
   * class, the rarer by default). Takes seconds: the worker is busy meanwhile.
   */
  utility(target: string, positive?: string): Promise<WorkerResult<Utility>>;
  /** The synthetic data as a CSV Blob (formula-safe, built in blocks, never one string); of a related run, the parent table. */
  /** The run's last `n` synthetic rows (at most 20), as written, while it runs: the kiosk's rows appearing. Demo-sized runs only. */
  latestRows(n: number): Promise<WorkerResult<DataPreview>>;
  exportCsv(): Promise<WorkerResult<Blob>>;
  /** Of a related run: the synthetic child table as a CSV Blob (formula-safe), every row naming a parent of `exportCsv`. */
  exportChildCsv(): Promise<WorkerResult<Blob>>;
  /** The recipe and the target tables, as JSON text. */
  exportRecipe(): Promise<WorkerResult<string>>;
  exportTargets(): Promise<WorkerResult<string>>;
}
