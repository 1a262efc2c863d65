import type { Trips } from './trips.ts';

/** The paper's seven departure bins (README, "Cleaning" step 4), in order of the day. */
export const TIME_BINS = ['00-06', '06-09', '09-12', '12-14', '14-17', '17-20', '20-24'] as const;
/** Arrival delay classes (README, step 6): early < 0 ≤ on_time < 15 ≤ late < 60 ≤ very_late minutes. */
export const DELAY_STATUSES = ['early', 'on_time', 'late', 'very_late'] as const;

/** Origin and destination as one key, "LAX→LAS". */
export const pairKey = (origin: string, destination: string): string => `${origin}→${destination}`;

/**
 * What the full real data fixes once, so every method (and each real half)
 * is asked the same questions: which OD pairs are "the largest", which origin
 * is "the top one", and which zones are valid.
 */
export interface TripsReference {
  /** The five OD pairs with most real trips, largest first (ties by key). */
  readonly topPairs: readonly string[];
  /** The origin with most real trips (ties by code). */
  readonly topOrigin: string;
  /** Every zone code seen as an origin or destination in the real data. */
  readonly zones: ReadonlySet<string>;
}

export function tripsReferenceOf(real: Trips): TripsReference {
  const pairs = countBy(real.origin.map((o, i) => pairKey(o, real.destination[i])));
  const origins = countBy(real.origin);
  return {
    topPairs: largest(pairs, 5),
    topOrigin: largest(origins, 1)[0] ?? '',
    zones: new Set([...real.origin, ...real.destination].filter((z) => z !== '')),
  };
}

export function countBy(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

function largest(counts: ReadonlyMap<string, number>, n: number): string[] {
  return [...counts]
    .sort(([ka, a], [kb, b]) => b - a || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .slice(0, n)
    .map(([k]) => k);
}
