import { formatDatetime, parseDatetime } from '../../../stats/schema/datetime-format.ts';
import type { BinnedAxis } from '../../../stats/tables/axis.ts';
import type { Repair } from '../plan.ts';
import { describeValue } from './describe-value.ts';
import { constraintRepair, droppedConstraint, type ConstraintResult, type ConstraintSite } from './constraint-site.ts';

/**
 * A `[min, max]` range on a binned axis, inclusive, kept inside the axis's
 * first and last edge (the target has no values outside them). Numbers are
 * taken as written; dates as text in the column's format, or as milliseconds.
 */
export function readRange(value: unknown, site: ConstraintSite & { readonly axis: BinnedAxis }): ConstraintResult {
  const { axis } = site;
  const format = site.column?.kind === 'datetime' ? site.column.format : undefined;

  const bounds = Array.isArray(value) && value.length === 2 ? value.map((b: unknown) => readBound(b, format)) : null;
  if (bounds === null || bounds.some((b) => !Number.isFinite(b))) {
    const expected = format === undefined ? 'numbers' : `dates written ${format}`;
    return droppedConstraint(site, 'bad-range', `${describeValue(value)} is not a [min, max] range of ${expected}`);
  }
  const show = (ms: number) => (format === undefined ? String(ms) : formatDatetime(ms, format));
  const range = (lo: number, hi: number) => `[${show(lo)}, ${show(hi)}]`;
  const { edges } = axis;
  if (edges.length === 0)
    return droppedConstraint(site, 'bad-range', `range ${range(bounds[0], bounds[1])} asks for values, but the column has only missing ones`);

  const repairs: Repair[] = [];
  let [lo, hi] = bounds;
  if (lo > hi) {
    repairs.push(constraintRepair(site, 'range-inverted', `range ${range(lo, hi)} is inverted; swapped to ${range(hi, lo)}`));
    [lo, hi] = [hi, lo];
  }
  const first = edges[0];
  const last = edges[edges.length - 1];
  if (hi < first || lo > last) {
    return {
      constraint: null,
      repairs: [...repairs, ...droppedConstraint(site, 'bad-range', `range ${range(lo, hi)} lies outside ${range(first, last)}`).repairs],
    };
  }
  if (lo < first || hi > last) {
    const clamped = range(Math.max(lo, first), Math.min(hi, last));
    repairs.push(constraintRepair(site, 'range-clamped', `range ${range(lo, hi)} clamped to ${clamped}`));
    lo = Math.max(lo, first);
    hi = Math.min(hi, last);
  }
  return { constraint: { kind: 'range', axis: site.index, lo, hi }, repairs };
}

/** A bound as a number (ms for dates), NaN when it is neither a finite number nor, for dates, text in the format. */
function readBound(bound: unknown, format: string | undefined): number {
  if (typeof bound === 'number') return bound;
  if (typeof bound === 'string' && format !== undefined) return parseDatetime(bound, format);
  return NaN;
}
