import type { BinnedAxis } from './axis.ts';
import { MISSING_LABEL } from './axis.ts';
import { rangeLabel } from './range-label.ts';

/** A binned numeric axis on given edges, with its labels. */
export function binnedAxis(options: { column: string; edges: Float64Array; datetime: boolean }): BinnedAxis {
  const { column, edges, datetime } = options;
  const labels: string[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    labels.push(rangeLabel({ lo: edges[i], hi: edges[i + 1], last: i + 2 === edges.length, datetime }));
  }
  labels.push(MISSING_LABEL);
  return { kind: 'binned', column, edges, datetime, labels };
}
