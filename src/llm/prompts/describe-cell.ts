import type { Axis } from '../../stats/tables/axis.ts';
import { MISSING_LABEL } from '../../stats/tables/axis.ts';
import { quoteData } from './quote-data.ts';

/**
 * A table cell in words: `"Species" = "Adelie" × "Flipper Length (mm)" in
 * [181, 190)`. Category labels come from the data and are quoted; a bin's
 * label is a range we wrote ourselves, so it reads as a range.
 */
export function describeCell(options: { axes: readonly Axis[]; labels: readonly string[] }): string {
  const { axes, labels } = options;
  return axes
    .map((axis, j) => {
      const label = labels[j];
      const binned = axis.kind === 'binned' && label !== MISSING_LABEL;
      return `${quoteData(axis.column)} ${binned ? `in ${label}` : `= ${quoteData(label)}`}`;
    })
    .join(' × ');
}
