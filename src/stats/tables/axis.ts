/**
 * An axis of a contingency table: one column and how its values map to cells.
 * Cell layout (both kinds): the value cells first, then "(other)" when the axis
 * has one, then the missing cell, always last and always present (the paper
 * treats missing as a category of its own, and a synthetic record may be missing
 * where the target has none).
 */
export interface CategoricalAxis {
  readonly kind: 'categorical';
  readonly column: string;
  /** Kept categories, most frequent first in the data the axis was built from. */
  readonly categories: readonly string[];
  /** True when rarer categories were pooled into one "(other)" cell (top-K bound). */
  readonly other: boolean;
  /** One label per cell. */
  readonly labels: readonly string[];
}

export interface BinnedAxis {
  readonly kind: 'binned';
  readonly column: string;
  /** Strictly increasing bin edges (or [v, v] for a constant column, or none when all missing). */
  readonly edges: Float64Array;
  /** Edges are milliseconds since 1970 (labels are then dates). */
  readonly datetime: boolean;
  readonly labels: readonly string[];
}

export type Axis = CategoricalAxis | BinnedAxis;

export const MISSING_LABEL = '(missing)';
export const OTHER_LABEL = '(other)';

/** Number of cells. */
export function axisSize(axis: Axis): number {
  return axis.labels.length;
}

/** The missing cell is always the last one. */
export function missingCell(axis: Axis): number {
  return axis.labels.length - 1;
}

/** The "(other)" cell of a categorical axis, or −1 when it has none. */
export function otherCell(axis: Axis): number {
  return axis.kind === 'categorical' && axis.other ? axis.categories.length : -1;
}
