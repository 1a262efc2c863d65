import type { Dataset } from '../../stats/dataset.ts';
import { rankPairs } from '../../stats/dependence/rank-pairs.ts';
import { axisSize } from '../../stats/tables/axis.ts';
import { axisForColumn } from '../../stats/tables/axis-for-column.ts';
import type { Planner } from '../planner/planner.ts';
import { chooseJoints } from './choose-joints.ts';

/** How many column groups a planner is asked for (the paper asks the LLM for up to 3). */
export const MAX_PLANNER_GROUPS = 3;

/**
 * The joint tables for a dataset (ARCHITECTURE "Structure"): the user's
 * groups, the planner's suggestions from names and category lists (never
 * rows), and the strongest dependent pairs measured on the micro data.
 */
export async function structureForDataset(options: {
  dataset: Dataset;
  planner: Planner;
  user?: readonly (readonly string[])[];
  /** False under differential privacy: ranking pairs reads the micro data outside the budget. */
  rankByData?: boolean;
}): Promise<string[][]> {
  const { dataset, planner } = options;
  const cells = new Map<string, number>();
  const columns: { name: string; kind: string; labels: string[] }[] = [];
  dataset.schema.columns.forEach((c, i) => {
    if (!c.included) return;
    const axis = axisForColumn(dataset, i);
    cells.set(c.name, axisSize(axis));
    columns.push({ name: c.name, kind: c.kind, labels: [...axis.labels] });
  });
  const suggested = await planner.inferStructure({ schema: dataset.schema, columns, maxGroups: MAX_PLANNER_GROUPS });
  const ranked = options.rankByData === false ? [] : rankPairs(dataset);
  return chooseJoints({ user: options.user, planner: suggested.slice(0, MAX_PLANNER_GROUPS), ranked, cells });
}
