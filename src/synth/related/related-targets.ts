import { DEFAULT_MIN_COUNT } from '../../stats/privacy/disclosure-report.ts';
import type { Dataset } from '../../stats/dataset.ts';
import type { RelatedLayout } from '../../stats/related/related-layout.ts';
import { buildTargets } from '../../stats/tables/build-targets.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import type { Planner } from '../planner/planner.ts';
import { StatisticalPlanner } from '../planner/statistical-planner.ts';
import { structureForDataset } from '../structure/structure-for-dataset.ts';
import { mineRules } from './mine-rules.ts';
import type { RelatedData } from './related-data.ts';
import { widen } from './widen.ts';

export interface RelatedTargetOptions {
  readonly planner?: Planner;
  /** The user's column groups (slot columns such as `age#1`), first in the structure. */
  readonly joints?: readonly (readonly string[])[];
  /** Categories kept per categorical column (categoricalAxisOf); absent = its default. */
  readonly topK?: number;
}

/**
 * The target tables of two related tables (paper §4.3): each parent is one
 * record holding its children in slots (widen.ts), so the loop's proposals,
 * gaps and swaps work on whole households. `stats --child` writes these
 * (with their layout) to stats.json.
 */
export function relatedTargets(data: RelatedData, options: RelatedTargetOptions = {}): Promise<Targets> {
  return widenedTargets(widen(data), options);
}

/**
 * The targets of parent records already widened (the app splits its holdout
 * off the widened records first): the structure is chosen on them as on one
 * table, the user's groups first; the rules every parent of the records keeps
 * with its members are found (mine-rules.ts) and kept with the layout.
 */
export async function widenedTargets(widened: { wide: Dataset; layout: RelatedLayout }, options: RelatedTargetOptions = {}): Promise<Targets> {
  const { wide } = widened;
  const layout = { ...widened.layout, rules: mineRules(widened) };
  const axes = { minCount: DEFAULT_MIN_COUNT, topK: options.topK };
  // No slot is tied to the member count in advance: the tree ties each slot to what explains it best (the count,
  // the member before it), as on one table. Forcing [count, slot k] for every k made the slots a star around the
  // count, each member drawn apart from the others given the size, and households came out with the ages of
  // strangers: twice the real share of three-generation households on the shared data. Member rules keep slots
  // past the count empty whatever the tree picks.
  const planner = options.planner ?? new StatisticalPlanner();
  const joints = await structureForDataset({ dataset: wide, planner, user: options.joints ?? [], axes });
  return { ...buildTargets(wide, { ...axes, joints }), related: layout };
}
