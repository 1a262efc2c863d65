import { pairKey, type TripsReference } from './trip-reference.ts';
import type { Trips } from './trips.ts';

/** The three kinds of mobility question (#14): OD flows, peak shares, attributes by time of day. */
export const TRIP_CATEGORIES = ['od', 'peak', 'time-attribute'] as const;
export type TripCategory = (typeof TRIP_CATEGORIES)[number];

export interface TripQuery {
  readonly id: string;
  readonly category: TripCategory;
  /** The definition, as docs/trips-bench.md lists it. */
  readonly definition: string;
  /** A share in [0, 1]; NaN when its denominator is empty (no trips, or none in the bin it conditions on). */
  readonly value: (trips: Trips, reference: TripsReference) => number;
}

/** The what-if zone (README, "Mapping to the paper"): an evening event in Las Vegas. */
export const EVENT_ZONE = 'LAS';

/** Share of trips passing `test` among those passing `given` (all trips when omitted). */
function share(trips: Trips, test: (i: number) => boolean, given: (i: number) => boolean = () => true): number {
  let n = 0;
  let hits = 0;
  for (let i = 0; i < trips.origin.length; i++) {
    if (!given(i)) continue;
    n++;
    if (test(i)) hits++;
  }
  return n === 0 ? Number.NaN : hits / n;
}

const inBin = (t: Trips, bin: string) => (i: number) => t.timeBin[i] === bin;
const delayIn =
  (t: Trips, ...statuses: string[]) =>
  (i: number) =>
    statuses.includes(t.delayStatus[i]);

/** Share of trips on the real data's k-th largest OD pair (k from 1). */
function topPairQuery(k: number): TripQuery {
  return {
    id: `od-top-${k}`,
    category: 'od',
    definition: `share of trips on the ${['', '1st', '2nd', '3rd', '4th', '5th'][k]} largest OD pair of the real data`,
    value: (t, r) => share(t, (i) => pairKey(t.origin[i], t.destination[i]) === r.topPairs[k - 1]),
  };
}

function binQuery(bin: string): TripQuery {
  return { id: `peak-${bin}`, category: 'peak', definition: `share of trips departing in ${bin}`, value: (t) => share(t, inBin(t, bin)) };
}

function delayQuery(status: string): TripQuery {
  return {
    id: `delay-${status}`,
    category: 'time-attribute',
    definition: `share of trips with delay_status ${status}`,
    value: (t) => share(t, delayIn(t, status)),
  };
}

/**
 * Policy-style questions of our own in the spirit of the paper's mobility
 * task (its own are not published): each a share a planner would read off
 * the table, so a relative error compares like with like.
 */
export const TRIP_QUERIES: readonly TripQuery[] = [
  ...[1, 2, 3, 4, 5].map(topPairQuery),
  {
    id: 'od-top-origin',
    category: 'od',
    definition: 'share of trips from the top origin of the real data',
    value: (t, r) => share(t, (i) => t.origin[i] === r.topOrigin),
  },
  { id: 'od-into-las', category: 'od', definition: `share of trips into ${EVENT_ZONE}`, value: (t) => share(t, (i) => t.destination[i] === EVENT_ZONE) },
  ...['00-06', '06-09', '17-20', '20-24'].map(binQuery),
  {
    id: 'peak-20-24-to-las',
    category: 'peak',
    definition: `share of 20-24 trips that go to ${EVENT_ZONE}`,
    value: (t) => share(t, (i) => t.destination[i] === EVENT_ZONE, inBin(t, '20-24')),
  },
  ...['early', 'on_time', 'late', 'very_late'].map(delayQuery),
  {
    id: 'late-in-17-20',
    category: 'time-attribute',
    definition: 'share of 17-20 trips late or very_late',
    value: (t) => share(t, delayIn(t, 'late', 'very_late'), inBin(t, '17-20')),
  },
  {
    id: 'early-in-06-09',
    category: 'time-attribute',
    definition: 'share of 06-09 trips early',
    value: (t) => share(t, delayIn(t, 'early'), inBin(t, '06-09')),
  },
  {
    id: 'very-late-in-20-24',
    category: 'time-attribute',
    definition: 'share of 20-24 trips very_late',
    value: (t) => share(t, delayIn(t, 'very_late'), inBin(t, '20-24')),
  },
];
