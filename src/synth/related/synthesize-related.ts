import { DEFAULT_MIN_COUNT } from '../../stats/privacy/disclosure-report.ts';
import { buildTargets } from '../../stats/tables/build-targets.ts';
import type { Planner } from '../planner/planner.ts';
import { StatisticalPlanner } from '../planner/statistical-planner.ts';
import { structureForDataset } from '../structure/structure-for-dataset.ts';
import { synthesize } from '../synthesize.ts';
import { compileCountRules, isCountRule } from './count-rules.ts';
import { slotColumn } from './member-layout.ts';
import { memberRules } from './member-rules.ts';
import { narrow } from './narrow.ts';
import type { RelatedData } from './related-data.ts';
import { widen } from './widen.ts';

export type { RelatedData } from './related-data.ts';

/**
 * Households and their members synthesized together (paper §4.3): each
 * household is one record with its members in slots (widen.ts), so the
 * loop's proposals, gaps and swaps work on whole households; the structure
 * is chosen on those records with the member count tied to each slot first;
 * member rules (member-rules.ts) and the user's rules — plain ones and ones
 * that count members (count-rules.ts) — are kept while sampling. Exactly
 * `rows` households; member counts equal the count column; no orphans.
 */
export async function synthesizeRelated(options: {
  data: RelatedData;
  rows: number;
  seed: number;
  rules?: readonly string[];
  planner?: Planner;
  maxIterations?: number;
}): Promise<RelatedData> {
  const { data, rows, seed, rules = [], planner = new StatisticalPlanner() } = options;
  const { wide, layout } = widen(data);
  const axes = { minCount: DEFAULT_MIN_COUNT };
  // Each slot's first column with the member count, so a slot is drawn filled exactly when the count reaches it.
  const first = layout.columns[0];
  const user = first ? Array.from({ length: layout.slots }, (_, k) => [layout.count, slotColumn(first, k + 1)]) : [];
  const joints = await structureForDataset({ dataset: wide, planner, user, axes });
  const targets = buildTargets(wide, { ...axes, joints });
  const extraRules = [...memberRules({ targets, layout, child: data.child }), ...compileCountRules(rules.filter(isCountRule), { targets, layout })];
  const result = await synthesize({
    targets,
    rows,
    seed,
    planner,
    rules: rules.filter((r) => !isCountRule(r)),
    extraRules,
    ...(options.maxIterations ? { maxIterations: options.maxIterations } : {}),
  });
  const { parent, child } = narrow({ wide: result.dataset, layout, parent: data.parent, child: data.child });
  return { ...data, parent, child };
}
