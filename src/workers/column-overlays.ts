import type { Dataset } from '../stats/dataset.ts';
import { countLike } from '../stats/tables/count-tables.ts';
import type { Targets } from '../stats/tables/targets.ts';
import type { ColumnOverlay } from './synth-api.ts';

/**
 * Per column, the target marginal's shares next to the synthetic data's shares
 * over the same cells: binned counts, so the chart never needs a row.
 */
export function columnOverlays(targets: Targets, synthetic: Dataset): ColumnOverlay[] {
  const marginals = targets.tables.filter((t) => t.axes.length === 1);
  const counted = countLike(marginals, synthetic);
  return marginals.map((target, i) => {
    const axis = target.axes[0];
    const share = (counts: Float64Array, total: number) => Array.from(counts, (c) => (total > 0 ? c / total : 0));
    return {
      column: axis.column,
      kind: axis.kind,
      labels: [...axis.labels],
      real: share(target.counts, target.total),
      synthetic: share(counted[i].counts, counted[i].total),
    };
  });
}
