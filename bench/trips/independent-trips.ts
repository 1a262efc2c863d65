import type { Dataset } from '../../src/stats/dataset.ts';
import { createRng, type Rng } from '../../src/synth/rng.ts';
import { sourceMarginal } from './source-marginal.ts';
import { TRIP_COLUMNS, type Trips } from './trips.ts';

/**
 * The floor: each column drawn on its own from a source table's marginal,
 * origin, destination and time_bin from source A (OD × time), delay_status
 * from source B (time × delay). Everything the tables say about how columns
 * go together is thrown away, so OD pairs, peaks by destination and delays
 * by time of day come out as products of marginals (and some trips go from
 * a zone to itself). Deterministic for a seed.
 */
export function independentTrips(options: { odTime: Dataset; timeDelay: Dataset; rows: number; seed: number }): Trips {
  const { odTime, timeDelay, rows } = options;
  const rng = createRng(options.seed);
  const draw = (table: Dataset, variable: string) => drawFrom(sourceMarginal(table, variable), rows, rng);
  return {
    origin: draw(odTime, TRIP_COLUMNS.origin),
    destination: draw(odTime, TRIP_COLUMNS.destination),
    timeBin: draw(odTime, TRIP_COLUMNS.timeBin),
    delayStatus: draw(timeDelay, TRIP_COLUMNS.delayStatus),
  };
}

/** `rows` values drawn with replacement, each with probability its weight over the total (inverse CDF, binary search). */
function drawFrom(weights: ReadonlyMap<string, number>, rows: number, rng: Rng): string[] {
  const values = [...weights.keys()];
  const cumulative: number[] = [];
  let total = 0;
  for (const v of values) cumulative.push((total += weights.get(v) ?? 0));
  if (!(total > 0)) throw new RangeError('bench: a source marginal has no weight to draw from');
  return Array.from({ length: rows }, () => {
    const u = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return values[lo];
  });
}
