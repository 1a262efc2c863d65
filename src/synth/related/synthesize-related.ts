import type { Targets } from '../../stats/tables/targets.ts';
import type { Planner } from '../planner/planner.ts';
import { StatisticalPlanner } from '../planner/statistical-planner.ts';
import { synthesize } from '../synthesize.ts';
import { narrow } from './narrow.ts';
import type { RelatedData } from './related-data.ts';
import { relatedRules } from './related-rules.ts';
import { relatedTargets } from './related-targets.ts';

export type { RelatedData } from './related-data.ts';
export { relatedTargets } from './related-targets.ts';

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
  const { plain, extra } = relatedRules(targets, rules);
  const result = await synthesize({
    targets,
    rows,
    seed,
    planner,
    rules: plain,
    extraRules: extra,
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
