import { axisSize } from '../stats/tables/axis.ts';
import { tableName } from '../stats/tables/table.ts';
import type { PlannerForRun } from './planner-factory.ts';
import type { PreparedTargets } from './prepare-targets.ts';
import type { SetupOptions, SetupSummary } from './synth-api.ts';

/** What the UI shows of a run just set up: its joints and tables, the split, the rows wanted and the planner. */
export function setupSummary(prepared: PreparedTargets & { readonly setup: SetupOptions; readonly planner: PlannerForRun }): SetupSummary {
  const { targets, joints, training, holdout, planner } = prepared;
  return {
    joints,
    tables: targets.tables.map((t) => ({ name: tableName(t), cells: t.axes.reduce((n, a) => n * axisSize(a), 1) })),
    trainingRows: training?.rowCount ?? targets.rowCount,
    holdoutRows: holdout?.rowCount ?? 0,
    rowsWanted: prepared.setup.rows,
    planner: planner.label,
  };
}
