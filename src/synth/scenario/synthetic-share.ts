import type { Dataset } from '../../stats/dataset.ts';
import type { Axis } from '../../stats/tables/axis.ts';
import { countTables } from '../../stats/tables/count-tables.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import { selectedShare, type ScenarioEffect } from './apply-scenario.ts';

/**
 * A scenario's share in the synthetic records: they are counted into the axes
 * of the table the scenario was read from, so the figure compares with the
 * effect's before and after exactly (same cells, same context).
 */
export function syntheticShare(effect: ScenarioEffect, targets: Targets, synthetic: Dataset): number {
  const axes = effect.selection.axes.map((c) => targets.axes.find((a) => a.column === c) as Axis);
  const [counted] = countTables([axes], synthetic);
  return selectedShare(counted, effect.selection);
}
