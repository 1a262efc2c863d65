import { DEFAULT_MIN_COUNT } from '../../stats/privacy/disclosure-report.ts';
import { slotColumn } from '../../stats/related/related-layout.ts';
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
 * records with the member count tied to each slot first; the rules every
 * household of the data keeps with its members are found (mine-rules.ts)
 * and kept with the layout. `stats --child`
 * writes these (with their layout) to stats.json.
 */
export async function relatedTargets(data: RelatedData, options: { planner?: Planner } = {}): Promise<Targets> {
  const widened = widen(data);
  const { wide } = widened;
  const layout = { ...widened.layout, rules: mineRules(widened) };
  const axes = { minCount: DEFAULT_MIN_COUNT };
  // Each slot's first column with the member count, so a slot is drawn filled exactly when the count reaches it.
  const first = layout.columns[0];
  const user = first ? Array.from({ length: layout.slots }, (_, k) => [layout.count, slotColumn(first, k + 1)]) : [];
  const joints = await structureForDataset({ dataset: wide, planner: options.planner ?? new StatisticalPlanner(), user, axes });
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
