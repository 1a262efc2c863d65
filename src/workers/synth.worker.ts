/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import type { Dataset } from '../stats/dataset.ts';
import { decodeText } from '../stats/ingest/decode-text.ts';
import { InputError } from '../stats/input-error.ts';
import { independentMarginals } from '../synth/baselines/independent-marginals.ts';
import { evaluate } from '../stats/metrics/evaluate.ts';
import { writeCsv } from '../stats/export/write-csv.ts';
import { axisSize } from '../stats/tables/axis.ts';
import { targetsFromJson } from '../stats/stats-json/targets-from-json.ts';
import { targetsToJson } from '../stats/stats-json/targets-to-json.ts';
import type { Targets } from '../stats/tables/targets.ts';
import { tableName } from '../stats/tables/table.ts';
import { SynthesisRun } from '../synth/loop/synthesis-run.ts';
import { makeRecipe } from '../synth/recipe/make-recipe.ts';
import { AuditLog } from '../synth/audit/audit-log.ts';
import { columnOverlays } from './column-overlays.ts';
import { LoadedData } from './loaded-data.ts';
import { LlmConnection } from './llm-connection.ts';
import { createPlanner, type PlannerForRun } from './planner-factory.ts';
import { prepareTargets, type PreparedTargets } from './prepare-targets.ts';
import { RunController } from './run-controller.ts';
import { splitHoldout } from './split-holdout.ts';
import { statsProfile } from './stats-profile.ts';
import type { LoadedFileSummary, SetupOptions, SetupSummary, SynthApi } from './synth-api.ts';
import { settle } from './worker-error.ts';

// The only place raw rows live: the UI gets summaries, never the dataset itself.
let source: { kind: 'data'; dataset: Dataset; fileName: string } | { kind: 'stats'; targets: Targets; fileName: string } | null = null;
// The loaded file's parsed strings beside its typed dataset: re-typing and the preview read them, never the file again.
let loaded: LoadedData | null = null;
// `audit` holds every LLM request of the run (the planner's audit hook), for the app's audit view and export.
type PreparedRun = PreparedTargets & { setup: SetupOptions; planner: PlannerForRun; audit: AuditLog };
let prepared: PreparedRun | null = null;
let controller: RunController | null = null;
// The llm worker, reached directly through a port the main thread handed over (connectLlm).
let llm: LlmConnection | null = null;

function needData(): LoadedData {
  if (!loaded) throw new InputError('synth: no data file loaded; choose a data file or a sample first');
  return loaded;
}

/** Makes `data` the source of the next run (a bad load or re-type never gets here, so the previous one stays). */
function useData(data: LoadedData): LoadedFileSummary {
  loaded = data;
  source = { kind: 'data', dataset: data.dataset, fileName: data.fileName };
  return data.summary();
}

function needRun(): RunController {
  if (!controller || !prepared) throw new InputError('synth: no run yet; set one up with Synthesize first');
  return controller;
}

function summarize(p: PreparedRun, rowsWanted: number): SetupSummary {
  return {
    joints: p.joints,
    tables: p.targets.tables.map((t) => ({ name: tableName(t), cells: t.axes.reduce((n, a) => n * axisSize(a), 1) })),
    trainingRows: p.training?.rowCount ?? p.targets.rowCount,
    holdoutRows: p.holdout?.rowCount ?? 0,
    rowsWanted,
    planner: p.planner.label,
  };
}

function startRun(
  p: PreparedRun,
  checkpoint?: ConstructorParameters<typeof SynthesisRun>[0]['checkpoint'],
): RunController {
  if (controller?.running) controller.stop();
  const { rows, seed, maxIterations, proposalsPerIteration, rules } = p.setup;
  const run = new SynthesisRun({ targets: p.targets, planner: p.planner.planner, loop: { rows, seed, maxIterations, proposalsPerIteration, rules }, checkpoint });
  return new RunController(run);
}

function finished(): { dataset: Dataset; run: RunController } {
  const run = needRun();
  if (!run.run.done) throw new InputError('synth: the run is not finished; wait for it or press Stop');
  return { dataset: run.run.result(), run };
}

const api: SynthApi = {
  connectLlm(port) {
    llm?.lose('was replaced');
    llm = new LlmConnection(port);
  },

  loadFile(file) {
    return settle(async (): Promise<LoadedFileSummary> => {
      return useData(await LoadedData.read(file));
    });
  },

  retype(overrides) {
    return settle(() => useData(needData().retype(overrides)));
  },

  preview(rows) {
    return settle(() => needData().preview(rows));
  },

  importStats(file) {
    return settle(async (): Promise<LoadedFileSummary> => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(decodeText(file.bytes, file.name).text);
      } catch (e) {
        throw new InputError(`${file.name}: not JSON (${(e as Error).message}); choose a stats.json written by Synthor`);
      }
      const targets = targetsFromJson(parsed, file.name);
      source = { kind: 'stats', targets, fileName: file.name };
      loaded = null;
      return { fileName: file.name, source: 'stats', rowCount: targets.rowCount, schema: targets.schema, columns: statsProfile(targets), warnings: [], notes: [] };
    });
  },

  setup(setup) {
    return settle(async () => {
      if (!source) throw new InputError('setup: load a data file or a stats.json first');
      const audit = new AuditLog();
      const planner = createPlanner({ choice: setup.planner, llm, seed: setup.seed, scenario: setup.scenario, audit: audit.record });
      const p = await prepareTargets({ source, setup, planner: planner.planner });
      prepared = { ...p, setup, planner, audit };
      controller = startRun(prepared);
      return summarize(prepared, setup.rows);
    });
  },

  restore(saved) {
    return settle(async () => {
      const targets = targetsFromJson(saved.targets, 'saved run');
      // With the same data reloaded, the same seed gives the same split: the report can score against it again.
      const split = source?.kind === 'data' && source.fileName === saved.fileName ? splitHoldout(source.dataset, { share: saved.setup.holdoutShare, seed: saved.setup.seed }) : null;
      const joints = targets.tables.filter((t) => t.axes.length > 1).map((t) => t.axes.map((a) => a.column));
      // After a reload the model is gone until the user loads it again: the rest of the run is statistical.
      const audit = new AuditLog();
      const planner = createPlanner({ choice: llm && !llm.lost ? saved.setup.planner : undefined, llm, seed: saved.setup.seed, scenario: saved.setup.scenario, audit: audit.record });
      prepared = { targets, joints, training: split?.training ?? null, holdout: split?.holdout ?? null, setup: saved.setup, planner, audit };
      controller = startRun(prepared, saved.checkpoint);
      return summarize(prepared, saved.setup.rows);
    });
  },

  start(onProgress) {
    return settle(() => needRun().drive(onProgress));
  },

  pause() {
    controller?.pause();
  },

  resume() {
    controller?.resume();
  },

  llmLost(why) {
    llm?.lose(why);
  },

  continueWith(choice) {
    return settle(() => {
      const run = needRun();
      if (run.running) throw new InputError('synth: the run is going; it can change planner only once it paused on a lost planner');
      const p = prepared as NonNullable<typeof prepared>;
      const planner = createPlanner({ choice, llm, seed: p.setup.seed, scenario: p.setup.scenario, audit: p.audit.record });
      // The setup records the new planner too: a reload continues with it, not the lost one.
      prepared = { ...p, setup: { ...p.setup, planner: choice }, planner };
      controller = startRun(prepared, run.run.checkpoint());
      return summarize(prepared, p.setup.rows);
    });
  },

  audit() {
    return settle(() => [...(prepared?.audit.entries ?? [])]);
  },

  stop() {
    controller?.stop();
  },

  forget() {
    controller?.stop();
    controller = null;
    prepared = null;
    source = null;
    loaded = null;
  },

  checkpoint() {
    return settle(() => {
      const run = needRun();
      const p = prepared as NonNullable<typeof prepared>;
      return { fileName: source?.fileName ?? '', setup: p.setup, targets: targetsToJson(p.targets), checkpoint: run.run.checkpoint() };
    });
  },

  report() {
    return settle(() => {
      const { dataset, run } = finished();
      const p = prepared as NonNullable<typeof prepared>;
      const last = run.run.history.at(-1);
      const { training, holdout } = p;
      return {
        rows: dataset.rowCount,
        iterations: run.run.history.length,
        meanTvd: last?.meanTvd ?? Number.NaN,
        tables: last?.tables ?? [],
        ruleViolations: last?.ruleViolations ?? 0,
        evaluation: training ? evaluate({ real: training, synthetic: dataset, holdout: holdout ?? undefined }) : null,
        ceiling: training && holdout ? evaluate({ real: training, synthetic: holdout }) : null,
        floor: training ? evaluate({ real: training, synthetic: independentMarginals({ targets: p.targets, rows: dataset.rowCount, seed: p.setup.seed }) }) : null,
        overlays: columnOverlays(p.targets, dataset),
        disclosure: p.targets.disclosure ?? null,
        dp: p.targets.dp ?? null,
      };
    });
  },

  exportCsv() {
    return settle(() => writeCsv(finished().dataset));
  },

  exportRecipe() {
    return settle(() => {
      const { run } = finished();
      const p = prepared as NonNullable<typeof prepared>;
      const { rows, seed, maxIterations, proposalsPerIteration, rules } = p.setup;
      const recipe = makeRecipe({ targets: p.targets, loop: { rows, seed, maxIterations, proposalsPerIteration, rules }, planner: p.planner.recipe, history: run.run.history });
      return JSON.stringify(recipe) + '\n';
    });
  },

  exportTargets() {
    return settle(() => {
      if (!prepared) throw new InputError('synth: no targets yet; set up a run first');
      return JSON.stringify(targetsToJson(prepared.targets)) + '\n';
    });
  },
};

Comlink.expose(api);
