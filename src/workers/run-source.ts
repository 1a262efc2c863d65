import type { Dataset } from '../stats/dataset.ts';
import { InputError } from '../stats/input-error.ts';
import type { Targets } from '../stats/tables/targets.ts';
import type { Planner } from '../synth/planner/planner.ts';
import type { LoadedData } from './loaded-data.ts';
import { prepareTargets, type PreparedTargets } from './prepare-targets.ts';
import { assertPromptSafe } from '../llm/prompt-safety.ts';
import { DEFAULT_MIN_COUNT } from '../stats/privacy/disclosure-report.ts';
import { prepareRelatedTargets } from './related-run.ts';
import { checkSetupRows } from './setup-rows.ts';
import type { SetupOptions } from './synth-api.ts';
import { tablesTargets, type TablesSource } from './tables-source.ts';

/** What the next run is built from: micro data (the rows), imported target tables, or aggregate tables to reconcile. */
export type Source =
  | { readonly kind: 'data'; readonly dataset: Dataset; readonly fileName: string }
  | { readonly kind: 'stats'; readonly targets: Targets; readonly fileName: string }
  | TablesSource;

/** A source as a run's targets are prepared from it: aggregate tables are made targets of the rows asked for. */
export type RunSource = Exclude<Source, TablesSource>;

/**
 * The checks a setup passes before any work — something loaded, imported
 * tables allowed to reach the chosen planner, a sane number of rows — and
 * the source the run's targets come from.
 */
export function sourceForSetup(source: Source | null, setup: SetupOptions): RunSource {
  if (!source) throw new InputError('setup: load a data file, a stats.json or aggregate tables first');
  if (source.kind === 'stats') assertPromptSafe(source.targets, { choice: setup.planner, source: source.fileName });
  const columns =
    source.kind === 'data'
      ? source.dataset.schema.columns.length
      : source.kind === 'stats'
        ? source.targets.schema.columns.length
        : source.reconciliation.variables.length;
  checkSetupRows(setup.rows, { columns });
  if (source.kind !== 'tables') return source;
  const run = tablesTargets(source, setup.rows);
  // Published tables carry no disclosure control of their own: a cell of one record could name a rare category.
  const remedy = `leave out or pool, in the tables, the categories and cells of fewer than ${DEFAULT_MIN_COUNT} records (tables as published by a statistics office usually are)`;
  // Their k is their smallest non-zero cell (a share table's is unknown: 1).
  const minCount = Math.min(...source.reconciliation.tables.map((t) => t.smallestCount ?? 1));
  assertPromptSafe(run.targets, { choice: setup.planner, source: source.fileName, remedy, minCount });
  return run;
}

/**
 * A run's targets: of parents with their children when the setup names a key
 * (which needs a child table beside a data file), else of the one source.
 */
export async function runTargets(options: { source: RunSource; child: LoadedData | null; setup: SetupOptions; planner: Planner }): Promise<PreparedTargets> {
  const { source, child, setup, planner } = options;
  if (!setup.related) return prepareTargets({ source, setup, planner });
  if (!(child && source.kind === 'data')) throw new InputError('setup: load a child table beside the data file first');
  return prepareRelatedTargets({
    source: { parent: source.dataset, child: child.dataset, files: { parent: source.fileName, child: child.fileName } },
    key: setup.related.key,
    setup,
    planner,
  });
}
