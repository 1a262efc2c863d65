import { relativeError } from '../households/query-errors.ts';
import { TRIP_CATEGORIES, TRIP_QUERIES, type TripCategory } from './trip-queries.ts';
import type { TripsReference } from './trip-reference.ts';
import type { Trips } from './trips.ts';

export interface TripQueryError {
  readonly id: string;
  readonly category: TripCategory;
  readonly real: number;
  readonly synthetic: number;
  /** |synthetic − real| / |real|; the plain |synthetic − real| when real is 0 (`absolute`). NaN when either is undefined. */
  readonly error: number;
  readonly absolute: boolean;
}

export interface TripQueryErrors {
  readonly queries: readonly TripQueryError[];
  /** Mean error of each category's queries, skipping NaN. */
  readonly categories: Readonly<Record<TripCategory, number>>;
  /** Mean error over all queries, skipping NaN. */
  readonly overall: number;
}

/** Every query on both trip sets and its relative error (the households bench's, guarded for a real 0), by category and overall. */
export function tripQueryErrors(options: { real: Trips; synthetic: Trips; reference: TripsReference }): TripQueryErrors {
  const { real, synthetic, reference } = options;
  return summarizeTripErrors(
    TRIP_QUERIES.map((q): TripQueryError => {
      const r = q.value(real, reference);
      const s = q.value(synthetic, reference);
      return { id: q.id, category: q.category, real: r, synthetic: s, ...relativeError(r, s) };
    }),
  );
}

/** Category and overall means of per-query errors (e.g. per-query medians over seeds). */
export function summarizeTripErrors(queries: readonly TripQueryError[]): TripQueryErrors {
  const categories = Object.fromEntries(TRIP_CATEGORIES.map((c) => [c, meanFinite(queries.filter((q) => q.category === c).map((q) => q.error))])) as Record<
    TripCategory,
    number
  >;
  return { queries, categories, overall: meanFinite(queries.map((q) => q.error)) };
}

function meanFinite(values: readonly number[]): number {
  const finite = values.filter(Number.isFinite);
  return finite.length === 0 ? Number.NaN : finite.reduce((s, v) => s + v, 0) / finite.length;
}
