import type { Trips } from './trips.ts';
import { tvd } from './tvd.ts';

export interface TripDistance {
  readonly id: string;
  /** The joint table it compares, as docs/trips-bench.md lists it. */
  readonly table: string;
  /** The Trips fields that make a cell, in order. */
  readonly fields: readonly (keyof Trips)[];
}

/**
 * The distances (#14): the OD table (the floor there is ≤ 0.10), the
 * time × delay table (≤ 0.03), and OD × time, the full table of source A, the
 * hardest to match with 2,000-odd cells for 27,555 trips.
 */
export const TRIP_DISTANCES: readonly TripDistance[] = [
  { id: 'tvd-od', table: 'origin × destination', fields: ['origin', 'destination'] },
  { id: 'tvd-time-delay', table: 'time_bin × delay_status', fields: ['timeBin', 'delayStatus'] },
  { id: 'tvd-od-time', table: 'origin × destination × time_bin', fields: ['origin', 'destination', 'timeBin'] },
];

/** One key per trip: the cell of the distance's table the trip falls in. */
export function cellKeys(trips: Trips, fields: readonly (keyof Trips)[]): string[] {
  return trips.origin.map((_, i) => fields.map((f) => trips[f][i]).join('|'));
}

/** Each distance between the real and the synthetic trips, in TRIP_DISTANCES order. */
export function tripDistances(options: { real: Trips; synthetic: Trips }): number[] {
  return TRIP_DISTANCES.map((d) => tvd(cellKeys(options.real, d.fields), cellKeys(options.synthetic, d.fields)));
}
