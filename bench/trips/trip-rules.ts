import { DELAY_STATUSES, TIME_BINS, type TripsReference } from './trip-reference.ts';
import type { Trips } from './trips.ts';

export interface TripRule {
  readonly id: string;
  readonly definition: string;
  /** True when trip `i` breaks the rule. */
  readonly broken: (trips: Trips, i: number, reference: TripsReference) => boolean;
}

const bins: ReadonlySet<string> = new Set(TIME_BINS);
const statuses: ReadonlySet<string> = new Set(DELAY_STATUSES);

/**
 * Realism rules on the four columns the bench reads (README, "Scoring"; the
 * departure-time and haul rules need columns a synthesizer from the two source
 * tables never makes). Zones are the real data's twenty.
 */
export const TRIP_RULES: readonly TripRule[] = [
  { id: 'origin-not-destination', definition: 'origin ≠ destination (no trip inside one zone)', broken: (t, i) => t.origin[i] === t.destination[i] },
  {
    id: 'zones-valid',
    definition: 'origin and destination both real zone codes',
    broken: (t, i, r) => !r.zones.has(t.origin[i]) || !r.zones.has(t.destination[i]),
  },
  { id: 'time-bin-valid', definition: 'time_bin one of the 7 bins', broken: (t, i) => !bins.has(t.timeBin[i]) },
  { id: 'delay-status-valid', definition: 'delay_status one of early, on_time, late, very_late', broken: (t, i) => !statuses.has(t.delayStatus[i]) },
];

export interface TripViolations {
  /** Share of trips breaking at least one rule. */
  readonly any: number;
  readonly rules: readonly { readonly id: string; readonly share: number; readonly count: number }[];
}

export function tripViolations(trips: Trips, reference: TripsReference): TripViolations {
  const n = trips.origin.length;
  const counts = TRIP_RULES.map(() => 0);
  let any = 0;
  for (let i = 0; i < n; i++) {
    let broke = false;
    TRIP_RULES.forEach((rule, j) => {
      if (!rule.broken(trips, i, reference)) return;
      counts[j]++;
      broke = true;
    });
    if (broke) any++;
  }
  const shareOf = (k: number) => (n === 0 ? 0 : k / n);
  return { any: shareOf(any), rules: TRIP_RULES.map((rule, j) => ({ id: rule.id, count: counts[j], share: shareOf(counts[j]) })) };
}
