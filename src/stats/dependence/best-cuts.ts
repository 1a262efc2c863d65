/**
 * The best way to cut one ordered axis of a family's count table into K
 * contiguous groups, for every K, scored exactly (dynamic programming): the
 * family's AIC score (family-gain.ts) is a sum over the groups of that axis,
 * N·(H(parents | group) − H(parents, x | group)) less the parameters the
 * group's parent cells bring, so the best K-cut of B bins is found in
 * O(K·B²) from the B²/2 group scores. Used when a family has one numeric
 * parent to coarsen; the greedy merge in coarse-family.ts handles several.
 */
export interface BestCut {
  /** Groups (value bins; the missing cell stays its own). */
  readonly groups: number;
  /** The family's AIC gain in nats with this cut, before the cost of searching for it. */
  readonly gain: number;
  /** Indices of the axis's edges kept, 0 and B included. */
  readonly keep: readonly number[];
}

export function bestCuts(options: {
  /** Counts over [...parents, x], row-major; x is the last axis. */
  readonly joint: Float64Array;
  readonly shape: readonly number[];
  /** The axis to cut (a parent); its last cell is the missing cell. */
  readonly j: number;
  /** Sampled rows the counts hold, and the rows the score speaks for. */
  readonly n: number;
  readonly rows: number;
  /** Entropy of x over the sample and the cells it occupies. */
  readonly hx: number;
  readonly occupiedX: number;
  readonly maxCells: number;
}): BestCut[] {
  const { joint, shape, j, n, rows, occupiedX } = options;
  const size = shape[j];
  const bins = size - 1;
  const xs = shape[shape.length - 1];
  let inner = 1;
  for (let k = j + 1; k < shape.length; k++) inner *= shape[k];
  const rest = joint.length / size;
  const outer = rest / inner;
  // prefix[y·rest + r]: counts of bins < y at the other axes' cell r (x fastest).
  const prefix = new Float64Array((bins + 1) * rest);
  for (let o = 0; o < outer; o++) {
    for (let y = 0; y < bins; y++) {
      for (let k = 0; k < inner; k++) {
        const r = o * inner + k;
        prefix[(y + 1) * rest + r] = prefix[y * rest + r] + joint[(o * size + y) * inner + k];
      }
    }
  }
  const h = (c: number) => (c > 0 ? -(c / n) * Math.log(c / n) : 0);
  const penalty = Math.max(0, occupiedX - 1);
  const groupScore = (count: (r: number) => number): number => {
    let hJoint = 0;
    let hGiven = 0;
    let occupied = 0;
    for (let p = 0; p < rest; p += xs) {
      let s = 0;
      for (let x = 0; x < xs; x++) {
        const c = count(p + x);
        s += c;
        hJoint += h(c);
      }
      hGiven += h(s);
      if (s > 0) occupied++;
    }
    return rows * (hGiven - hJoint) - penalty * occupied;
  };
  const w = new Float64Array((bins + 1) * (bins + 1));
  for (let a = 0; a < bins; a++) {
    for (let b = a + 1; b <= bins; b++) w[a * (bins + 1) + b] = groupScore((r) => prefix[b * rest + r] - prefix[a * rest + r]);
  }
  const missing = groupScore((r) => {
    const o = Math.floor(r / inner);
    return joint[(o * size + bins) * inner + (r % inner)];
  });
  const base = rows * options.hx + penalty + missing;

  const most = Math.min(bins - 1, Math.floor(options.maxCells / rest) - 1);
  const out: BestCut[] = [];
  // f[b]: best score of bins [0, b) in k groups; from[k][b]: where its last group starts.
  let f = Float64Array.from({ length: bins + 1 }, (_, b) => (b === 0 ? Number.NEGATIVE_INFINITY : w[b]));
  const from: Int32Array[] = [new Int32Array(bins + 1)];
  for (let k = 2; k <= most; k++) {
    const g = new Float64Array(bins + 1).fill(Number.NEGATIVE_INFINITY);
    const start = new Int32Array(bins + 1);
    for (let b = k; b <= bins; b++) {
      for (let a = k - 1; a < b; a++) {
        const v = f[a] + w[a * (bins + 1) + b];
        if (v > g[b]) {
          g[b] = v;
          start[b] = a;
        }
      }
    }
    f = g;
    from.push(start);
    const keep = [bins];
    for (let kk = k, b = bins; kk > 1; kk--) {
      b = from[kk - 1][b];
      keep.unshift(b);
    }
    keep.unshift(0);
    out.push({ groups: k, gain: base + f[bins], keep });
  }
  return out;
}
