import type { Dataset } from '../dataset.ts';
import type { AxisOptions } from '../tables/axis-for-column.ts';
import { buildTargets } from '../tables/build-targets.ts';
import { columnPairs } from '../tables/column-pairs.ts';
import { correctedCramersV } from './corrected-cramers-v.ts';
import { mutualInformation } from './mutual-information.ts';

export interface PairDependence {
  readonly a: string;
  readonly b: string;
  /** Mutual information in nats, over the same binned/coded axes as the target tables. */
  readonly mi: number;
  /** Bias-corrected Cramér's V in [0, 1]. */
  readonly cramersV: number;
}

/**
 * Every pair of included columns ranked by dependence, strongest first, to
 * suggest which groups get joint tables (docs/structure.md). Sorted by
 * bias-corrected Cramér's V, then MI: plug-in MI favours columns with many
 * cells, V is corrected for that and comparable across pairs.
 */
export function rankPairs(dataset: Dataset, options: AxisOptions = {}): PairDependence[] {
  const names = dataset.schema.columns.filter((c) => c.included).map((c) => c.name);
  const targets = buildTargets(dataset, { ...options, joints: columnPairs(names) });
  return targets.tables
    .filter((t) => t.axes.length === 2)
    .map((t) => ({ a: t.axes[0].column, b: t.axes[1].column, mi: mutualInformation(t), cramersV: correctedCramersV(t) }))
    .sort((x, y) => y.cramersV - x.cramersV || y.mi - x.mi);
}
