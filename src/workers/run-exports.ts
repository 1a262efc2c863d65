import type { AuditEntry } from '../synth/audit/audit-entry.ts';
import type { Dataset } from '../stats/dataset.ts';
import { csvBlob } from '../stats/export/csv-blob.ts';
import { InputError } from '../stats/input-error.ts';
import type { IterationReport } from '../synth/loop/iteration-report.ts';
import type { LoopOptions } from '../synth/loop/loop-options.ts';
import { makeRecipe } from '../synth/recipe/make-recipe.ts';
import { narrow } from '../synth/related/narrow.ts';
import type { PreparedTargets } from './prepare-targets.ts';
import type { Targets } from '../stats/tables/targets.ts';
import { targetsToJson } from '../stats/stats-json/targets-to-json.ts';
import type { SetupOptions } from './synth-api.ts';

/** The loop's part of the setup (what the recipe records too). */
export function loopOptions(setup: SetupOptions): LoopOptions {
  const { rows, seed, maxIterations, proposalsPerIteration, rules } = setup;
  return { rows, seed, maxIterations, proposalsPerIteration, rules };
}

/**
 * A finished run's synthetic table as a CSV Blob (formula-safe, built in
 * blocks of rows): the one table, or of a related run the parent or the child
 * table, written back from the parent records in the input files' columns and
 * formats.
 */
export function runCsv(finished: { run: { prepared: PreparedTargets }; synthetic: Dataset }, table: 'parent' | 'child'): Blob {
  const layout = finished.run.prepared.targets.related;
  if (layout) return csvBlob(narrow({ wide: finished.synthetic, layout })[table]);
  if (table === 'child') throw new InputError('synth: this run made one table; a child table comes from a run with a child table loaded');
  return csvBlob(finished.synthetic);
}

/** The recipe of a finished run, as JSON text. */
export function recipeText(options: {
  prepared: PreparedTargets & { readonly setup: SetupOptions };
  planner: Parameters<typeof makeRecipe>[0]['planner'];
  history: readonly IterationReport[];
  /** The run's model requests (the audit log): the recipe records each one's tokens. */
  llmCalls?: readonly AuditEntry[];
}): string {
  const { prepared, planner, history, llmCalls } = options;
  const recipe = makeRecipe({ targets: prepared.targets, loop: loopOptions(prepared.setup), planner, history, scenarios: prepared.setup.scenarios, llmCalls });
  return JSON.stringify(recipe) + '\n';
}

/** The run's targets as a stats.json, or why there are none yet. */
export function targetsText(targets: Targets | undefined): string {
  if (!targets) throw new InputError('synth: no targets yet; set up a run first');
  return JSON.stringify(targetsToJson(targets)) + '\n';
}
