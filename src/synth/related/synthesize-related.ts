import { DEFAULT_MIN_COUNT } from '../../stats/privacy/disclosure-report.ts';
import { buildTargets } from '../../stats/tables/build-targets.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import type { Planner } from '../planner/planner.ts';
import { StatisticalPlanner } from '../planner/statistical-planner.ts';
import { structureForDataset } from '../structure/structure-for-dataset.ts';
import { synthesize } from '../synthesize.ts';
import { compileCountRules, isCountRule } from './count-rules.ts';
import { memberRules } from './member-rules.ts';
import { mineRules } from './mine-rules.ts';
import { narrow } from './narrow.ts';
import type { RelatedData } from './related-data.ts';
import { widen } from './widen.ts';

export type { RelatedData } from './related-data.ts';

/**
 * The target tables of two related tables (paper §4.3): each parent is one
 * record holding its children in slots (widen.ts), so the loop's proposals,
 * gaps and swaps work on whole households; the structure is chosen on those
 * records as on one table, the user's groups (slot columns such as `age#1`)
 * first; the rules every
 * household of the data keeps with its members are found (mine-rules.ts)
 * and kept with the layout. `stats --child`
 * writes these (with their layout) to stats.json.
 */
export async function relatedTargets(data: RelatedData, options: { planner?: Planner; joints?: readonly (readonly string[])[] } = {}): Promise<Targets> {
  const widened = widen(data);
  const { wide } = widened;
  const layout = { ...widened.layout, rules: mineRules(widened) };
  const axes = { minCount: DEFAULT_MIN_COUNT };
  // No slot is tied to the member count in advance: the tree ties each slot to what explains it best (the count,
  // the member before it), as on one table. Forcing [count, slot k] for every k made the slots a star around the
  // count, each member drawn apart from the others given the size, and households came out with the ages of
  // strangers: twice the real share of three-generation households on the shared data. Member rules keep slots
  // past the count empty whatever the tree picks.
  const joints = await structureForDataset({ dataset: wide, planner: options.planner ?? new StatisticalPlanner(), user: options.joints ?? [], axes });
  return { ...buildTargets(wide, { ...axes, joints }), related: layout };
}

/**
 * Parents and children from related targets: member rules (member-rules.ts)
 * and the user's rules — plain ones and ones that count members
 * (count-rules.ts) — are kept while sampling. Exactly `rows` parents; child
 * counts equal the count column; no orphans.
 */
export async function synthesizeFromRelated(
  targets: Targets,
  options: { rows: number; seed: number; rules?: readonly string[]; planner?: Planner; maxIterations?: number },
): Promise<{ parent: RelatedData['parent']; child: RelatedData['child'] }> {
  const layout = targets.related;
  if (!layout) throw new RangeError('synth: these targets describe one table, not a parent with its children');
  const { rows, seed, rules = [], planner = new StatisticalPlanner() } = options;
  const counted = [...layout.rules, ...rules.filter(isCountRule)];
  const extraRules = [...memberRules({ targets, layout }), ...compileCountRules(counted, { targets, layout })];
  const result = await synthesize({
    targets,
    rows,
    seed,
    planner,
    rules: rules.filter((r) => !isCountRule(r)),
    extraRules,
    ...(options.maxIterations ? { maxIterations: options.maxIterations } : {}),
  });
  return narrow({ wide: result.dataset, layout });
}

/** Both steps: related tables in, synthetic related tables out. */
export async function synthesizeRelated(options: {
  data: RelatedData;
  rows: number;
  seed: number;
  rules?: readonly string[];
  planner?: Planner;
  maxIterations?: number;
}): Promise<RelatedData> {
  const { data, ...rest } = options;
  const targets = await relatedTargets(data, rest.planner ? { planner: rest.planner } : {});
  return { ...data, ...(await synthesizeFromRelated(targets, rest)) };
}
