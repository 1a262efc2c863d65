/** The paper's number of uniform sub-bins for the worst bin (LLMSynthor §3.1). */
export const DEFAULT_SUB_BINS = 8;

export interface SplitBinOptions {
  /** Index of the bin to split (bins are between consecutive edges). */
  readonly bin: number;
  /** Number of equal-width parts; default 8. */
  readonly parts?: number;
}

/**
 * New edges with bin `bin` cut into `parts` equal-width sub-bins (LLMSynthor
 * §3.1: the worst of the quantile bins is refined so the loop can see where
 * inside it the synthetic data is off). The other edges are kept as they are.
 */
export function splitBin(edges: Float64Array, options: SplitBinOptions): Float64Array {
  const { bin } = options;
  const parts = options.parts ?? DEFAULT_SUB_BINS;
  if (!Number.isInteger(bin) || bin < 0 || bin >= edges.length - 1) {
    throw new RangeError(`bins: cannot split bin ${bin}; there are ${Math.max(0, edges.length - 1)} bins`);
  }
  if (!Number.isInteger(parts) || parts < 1) throw new RangeError(`bins: parts must be a positive integer, got ${parts}`);
  const lo = edges[bin];
  const hi = edges[bin + 1];
  // A zero-width bin (constant column) cannot be cut.
  if (!(hi > lo)) return edges.slice();
  const out = new Float64Array(edges.length + parts - 1);
  out.set(edges.subarray(0, bin + 1), 0);
  for (let p = 1; p < parts; p++) out[bin + p] = lo + ((hi - lo) * p) / parts;
  out.set(edges.subarray(bin + 1), bin + parts);
  return out;
}
