import type { Trips } from './trips.ts';
import { tvd } from './tvd.ts';

export interface TripDistance {
  readonly id: string;
  /** The joint table it compares, as docs/trips-bench.md lists it. */
  readonly table: string;
  /** One key per trip: the cell of the table the trip falls in. */
  readonly key: (trips: Trips, index: number) => string;
}

/**
 * The distances (#14): the OD table (the floor there is ≤ 0.10), the
 * time × delay table (≤ 0.03), and OD × time, the full table of source A, the
 * hardest to match with 2,000-odd cells for 27,555 trips.
 */
export const TRIP_DISTANCES: readonly TripDistance[] = [
  { id: 'tvd-od', table: 'origin × destination', key: (t, i) => `${t.origin[i]}|${t.destination[i]}` },
  { id: 'tvd-time-delay', table: 'time_bin × delay_status', key: (t, i) => `${t.timeBin[i]}|${t.delayStatus[i]}` },
  { id: 'tvd-od-time', table: 'origin × destination × time_bin', key: (t, i) => `${t.origin[i]}|${t.destination[i]}|${t.timeBin[i]}` },
];

/** Each distance between the real and the synthetic trips, in TRIP_DISTANCES order. */
export function tripDistances(options: { real: Trips; synthetic: Trips }): number[] {
  const keys = (t: Trips, d: TripDistance) => t.origin.map((_, i) => d.key(t, i));
  return TRIP_DISTANCES.map((d) => tvd(keys(options.real, d), keys(options.synthetic, d)));
}
