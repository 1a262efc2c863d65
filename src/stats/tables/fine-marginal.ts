import { DEFAULT_FINE_BIN_COUNT, fineBins } from '../bins/fine-bins.ts';
import { tails, type Tail } from '../bins/tails.ts';

/**
 * A numeric column's own distribution at a finer grain than its axis bins, so
 * a value drawn inside a bin (or inside a planner's [min, max]) keeps the
 * target's shape there instead of being uniform (the paper samples uniformly).
 * Columns with few distinct values (ages, counts, dates) keep every value with
 * its count; others keep 64 quantile bins. Counts are weights, not totals.
 *
 * Kind "bins" may carry point masses: `atEdge[i]` of bin i's records hold
 * exactly its lower edge (a spike such as 40 hours a week, or a value common
 * enough to publish among rarer ones), the rest spread inside the bin.
 */
export type FineMarginal =
  | { readonly kind: 'values'; readonly column: string; readonly values: Float64Array; readonly counts: Float64Array }
  | { readonly kind: 'bins'; readonly column: string; readonly edges: Float64Array; readonly counts: Float64Array; readonly atEdge?: Float64Array };

export const FINE_MAX_DISTINCT = 512;
/**
 * Above this many values the fine marginal is read from values taken at a fixed
 * stride: it only weighs values against each other inside a bin, and 100,000
 * evenly spaced values (sorted data included) give 64 bins plenty of support
 * while keeping target building linear in the rows, not in rows × fine bins.
 */
export const FINE_SAMPLE = 100_000;

/**
 * The fine marginal of a column. Under disclosure control (minCount k > 1) no
 * value held by fewer than k records is published, yet nothing vanishes or
 * piles up: a column with rare values gets quantile bins of about k records,
 * values held by ≥ k records stay exact (as point masses at bin edges), the
 * rarer ones are spread over the bins between them, and the extremes beyond
 * the k-th value over an extrapolated tail (tails.ts).
 */
export function fineMarginal(options: { column: string; values: Float64Array; minCount?: number }): FineMarginal {
  const { column } = options;
  const minCount = options.minCount ?? 1;
  const values = strided(options.values, FINE_SAMPLE);
  const counts = new Map<number, number>();
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    counts.set(v, (counts.get(v) ?? 0) + 1);
    if (counts.size > FINE_MAX_DISTINCT) return quantileFine({ column, values, minCount });
  }
  const sorted = Float64Array.from(counts.keys()).sort();
  const all = Float64Array.from(sorted, (v) => counts.get(v) ?? 0);
  if (all.every((c) => c >= minCount)) return { kind: 'values', column, values: sorted, counts: all };
  return quantileFine({ column, values, minCount });
}

/**
 * Quantile bins between the k-th smallest and largest value, each holding
 * about k records or more under disclosure control (so no edge pins down a
 * smaller group), a value held by ≥ k records at an edge as a point mass
 * (quantile edges give such values an edge of their own), tails extrapolated.
 */
function quantileFine(options: { column: string; values: Float64Array; minCount: number }): FineMarginal {
  const { column, values, minCount } = options;
  const present = values.reduce((n, v) => n + Number(!Number.isNaN(v)), 0);
  const count = Math.max(1, Math.min(DEFAULT_FINE_BIN_COUNT, minCount > 1 ? Math.floor(present / minCount) : DEFAULT_FINE_BIN_COUNT));
  const bins = fineBins(values, count, { trim: minCount - 1 });
  const edges = [...bins.edges];
  const counts = [...bins.counts];
  const atEdge = counts.map(() => 0);
  const index = new Map<number, number>();
  for (let i = 0; i < atEdge.length; i++) index.set(edges[i], i);
  for (const v of values) {
    const i = index.get(v);
    if (i !== undefined) atEdge[i]++;
  }
  for (let i = 0; i < atEdge.length; i++) if (atEdge[i] < Math.max(2, minCount) || atEdge[i] > counts[i]) atEdge[i] = 0;
  // The outer bins counted the records beyond the k-th values (clamped); those move to the tails.
  const hidden = edges.length >= 2 ? tails(values, minCount) : null;
  const reaches = (t: Tail) => t.gaps.some((g) => g > 0);
  if (hidden && reaches(hidden.low)) counts[0] -= hidden.low.gaps.length;
  if (hidden && reaches(hidden.high)) counts[counts.length - 1] -= hidden.high.gaps.length;
  if (minCount > 1) mergeSmallBins({ edges, counts, atEdge, minCount });
  if (hidden) {
    addTail({ edges, counts, atEdge, tail: hidden.low, side: 'low' });
    const top = edges[edges.length - 1];
    const atTop = values.reduce((n, v) => n + Number(v === top), 0);
    addTail({ edges, counts, atEdge, tail: hidden.high, side: 'high', atTop, minCount });
  }
  return { kind: 'bins', column, edges: Float64Array.from(edges), counts: Float64Array.from(counts), atEdge: Float64Array.from(atEdge) };
}

/** One bin per hidden record beyond the k-th value, laid out along the extrapolated gaps (tails.ts). */
function addTail(options: { edges: number[]; counts: number[]; atEdge: number[]; tail: Tail; side: 'low' | 'high'; atTop?: number; minCount?: number }): void {
  const { edges, counts, atEdge, tail, side } = options;
  let reach = 0;
  const bounds = tail.gaps.map((gap) => (reach += gap)).filter((r, i, all) => r > 0 && (i === 0 || r > all[i - 1]));
  if (bounds.length === 0) return;
  const share = tail.gaps.length / bounds.length;
  if (side === 'low') {
    edges.unshift(...bounds.map((r) => tail.edge - r).reverse());
    counts.unshift(...bounds.map(() => share));
    atEdge.unshift(...bounds.map(() => 0));
  } else {
    // The closed last bin held the records at its top edge; that edge now opens the first tail bin, so they move there.
    const atTop = options.atTop ?? 0;
    counts[counts.length - 1] -= atTop;
    edges.push(...bounds.map((r) => tail.edge + r));
    counts.push(...bounds.map((_, i) => share + (i === 0 ? atTop : 0)));
    atEdge.push(...bounds.map((_, i) => (i === 0 && atTop >= Math.max(2, options.minCount ?? 1) ? atTop : 0)));
  }
}

/**
 * Disclosure control: ties can leave a quantile bin with fewer than k records,
 * and a narrow bin is as good as an exact value; such a bin joins the next one
 * (the last joins the one before), so every published count is ≥ k.
 */
function mergeSmallBins(options: { edges: number[]; counts: number[]; atEdge: number[]; minCount: number }): void {
  const { edges, counts, atEdge, minCount } = options;
  for (let i = 0; i < counts.length && counts.length > 1;) {
    if (counts[i] >= minCount) {
      i++;
      continue;
    }
    const into = i === counts.length - 1 ? i - 1 : i;
    // Bins `into` and `into + 1` become one: the edge between them goes, and so does the point mass on it.
    counts[into] += counts[into + 1];
    counts.splice(into + 1, 1);
    atEdge.splice(into + 1, 1);
    edges.splice(into + 1, 1);
    i = into;
  }
}

function strided(values: Float64Array, limit: number): Float64Array {
  if (values.length <= limit) return values;
  const step = values.length / limit;
  return Float64Array.from({ length: limit }, (_, i) => values[Math.floor(i * step)]);
}
