import { median } from '../ecommerce/median-metrics.ts';
import { tripDistances } from './trip-distances.ts';
import { summarizeTripErrors, tripQueryErrors, type TripQueryErrors } from './trip-query-errors.ts';
import type { TripsReference } from './trip-reference.ts';
import { tripViolations, type TripViolations } from './trip-rules.ts';
import { tripCount, type Trips } from './trips.ts';

/** Everything the bench says about one synthetic (or held-out real) set of trips against the real one. */
export interface TripScores {
  readonly trips: number;
  readonly queries: TripQueryErrors;
  /** TVDs in TRIP_DISTANCES order. */
  readonly distances: readonly number[];
  readonly violations: TripViolations;
}

export function scoreTrips(options: { real: Trips; synthetic: Trips; reference: TripsReference }): TripScores {
  const { synthetic, reference } = options;
  return {
    trips: tripCount(synthetic),
    queries: tripQueryErrors(options),
    distances: tripDistances(options),
    violations: tripViolations(synthetic, reference),
  };
}

/** Per number, the median over runs (seeds or splits); category and overall errors are means of the per-query medians. */
export function medianTripScores(runs: readonly TripScores[]): TripScores {
  if (runs.length === 0) throw new RangeError('bench: no runs to take a median of');
  const m = (pick: (s: TripScores) => number) => median(runs.map(pick));
  const first = runs[0];
  return {
    trips: m((s) => s.trips),
    queries: summarizeTripErrors(
      first.queries.queries.map((q, i) => ({ ...q, synthetic: m((s) => s.queries.queries[i].synthetic), error: m((s) => s.queries.queries[i].error) })),
    ),
    distances: first.distances.map((_, i) => m((s) => s.distances[i])),
    violations: {
      any: m((s) => s.violations.any),
      rules: first.violations.rules.map((r, i) => ({ ...r, count: m((s) => s.violations.rules[i].count), share: m((s) => s.violations.rules[i].share) })),
    },
  };
}
