import { gowerDistance } from './gower-distance.ts';
import type { GowerRows } from './gower-rows.ts';

export interface NearestDistances {
  /** Per query row: Gower distance to the closest reference row (DCR). */
  readonly nearest: Float64Array;
  /** Per query row: distance to the second-closest reference row (Infinity with one reference row). */
  readonly second: Float64Array;
}

/**
 * Distance to closest record by brute force: O(queries × references × columns)
 * on typed arrays, which is a few seconds at the 5,000-row cap (disclosureRisk).
 */
export function nearestDistances(query: GowerRows, reference: GowerRows): NearestDistances {
  const nearest = new Float64Array(query.rowCount).fill(Number.POSITIVE_INFINITY);
  const second = new Float64Array(query.rowCount).fill(Number.POSITIVE_INFINITY);
  for (let q = 0; q < query.rowCount; q++) {
    let best = Number.POSITIVE_INFINITY;
    let next = Number.POSITIVE_INFINITY;
    for (let r = 0; r < reference.rowCount; r++) {
      const d = gowerDistance({ a: query, rowA: q, b: reference, rowB: r });
      if (d < best) {
        next = best;
        best = d;
      } else if (d < next) next = d;
    }
    nearest[q] = best;
    second[q] = next;
  }
  return { nearest, second };
}
