import type { Dataset } from '../../stats/dataset.ts';
import { cumulativeOf, pickCumulative } from '../engine/weighted-pick.ts';
import { createRng } from '../rng.ts';
import type { BaselineOptions } from './baseline-options.ts';
import { datasetFromCells } from './dataset-from-cells.ts';

/**
 * The independent-marginals baseline: every column drawn on its own from its
 * marginal table (a cell by count; a numeric bin then a value uniform inside
 * it, on the column's grid). It matches each marginal up to sampling noise and
 * ignores every joint: the floor any structure-aware method must beat on the
 * joint JSDs (LLMSynthor appendix A.1 metrics).
 */
export function independentMarginals(options: BaselineOptions): Dataset {
  const { targets, rows, seed } = options;
  const rng = createRng(seed);
  const cells = targets.axes.map((axis) => {
    const marginal = targets.tables.find((t) => t.axes.length === 1 && t.axes[0].column === axis.column);
    if (!marginal) throw new RangeError(`synth: the targets have no marginal table for "${axis.column}"`);
    const cumulative = cumulativeOf(marginal.counts);
    return Uint32Array.from({ length: rows }, () => pickCumulative(cumulative, rng));
  });
  return datasetFromCells({ targets, cells, rng });
}
