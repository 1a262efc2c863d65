import type { CellArray } from '../tables/axis-cells.ts';
import { bestCuts } from './best-cuts.ts';

/** Fine tables larger than this are not searched for a coarser family (memory and time bound). */
const COARSE_SEARCH_LIMIT = 1 << 18;

export interface CoarseFamilyOptions {
  /** Per column: the cell of every sampled row. */
  readonly cells: readonly CellArray[];
  /** Per column: cells on its axis (the last one is the missing cell). */
  readonly sizes: readonly number[];
  /** Per column: whether its cells are ordered bins that may be merged. */
  readonly binned: readonly boolean[];
  /** Rows the score speaks for (the data's row count). */
  readonly rows: number;
  readonly x: number;
  readonly parents: readonly number[];
  /** Largest table allowed, in cells. */
  readonly maxCells: number;
  /** Only a family worth more than this is returned (the family's gain on the columns' own bins, at least 0). */
  readonly floor: number;
}

export interface CoarseFamily {
  /** AIC gain in nats, as FamilyScorer.gain. */
  readonly gain: number;
  /** Per merged parent (column index): the indices of its axis's edges kept, first and last included. */
  readonly keep: ReadonlyMap<number, readonly number[]>;
}

/**
 * The family x | parents with some numeric parents on coarser bins, when that
 * is worth more (by the same AIC score as FamilyScorer) than the family on
 * the columns' own bins and fits the cell budget. A three- or four-way table
 * often pays only at a coarser resolution of a parent: on 2,000 e-commerce rows
 * [age, gender, category] on age's 13 bins costs 51 parameters for 43 nats,
 * while the same table on a few age groups costs ~11. Adjacent bins are
 * merged bottom-up, each time the pair whose merge leaves the highest score
 * (ChiMerge-like, but scored by the family's AIC), and the best state seen is
 * kept, so the groups follow where x's dependence on the parent changes.
 * Entropies are plug-in over the sampled rows, updated per merge from the two
 * slices it joins.
 */
export function coarseFamily(options: CoarseFamilyOptions): CoarseFamily | null {
  const { cells, sizes, binned, x, parents } = options;
  const mergeable = parents.filter((p) => binned[p] && sizes[p] - 1 >= 3);
  if (parents.length < 2 || mergeable.length === 0) return null;
  const dims = [...parents, x];
  let shape = dims.map((c) => sizes[c]);
  const fineCells = shape.reduce((a, b) => a * b, 1);
  if (fineCells > COARSE_SEARCH_LIMIT) return null;
  const n = cells[x].length;
  if (n === 0) return null;

  let joint = countJoint({ cells, dims, shape, n });
  let given = marginalizeLast(joint, shape);
  const h = (c: number) => (c > 0 ? -(c / n) * Math.log(c / n) : 0);
  const xCounts = marginalOf(joint, shape);
  const hx = sum(xCounts, h);
  const occupiedX = xCounts.filter((c) => c > 0).length;
  let hJoint = sum(joint, h);
  let hGiven = sum(given, h);
  let occupiedGiven = given.filter((c) => c > 0).length;
  // Merging never adds information: a family no better than the floor on fine bins is no better on coarse ones.
  if (options.rows * Math.max(0, hx + hGiven - hJoint) <= options.floor) return null;
  if (mergeable.length === 1) return exactly({ ...options, joint, shape, j: dims.indexOf(mergeable[0]), n, hx, occupiedX, parent: mergeable[0] });
  const score = (hj: number, hg: number, og: number) => options.rows * Math.max(0, hx + hg - hj) - Math.max(0, occupiedX - 1) * Math.max(0, og - 1);

  // Kept edge indices per mergeable parent: bin i of the current table spans edges keep[i]..keep[i+1].
  const keep = new Map(mergeable.map((p) => [p, Array.from({ length: sizes[p] }, (_, i) => i)]));
  let best: CoarseFamily | null = null;
  for (;;) {
    let pick: { j: number; i: number; hj: number; hg: number; og: number; gain: number } | null = null;
    for (const p of mergeable) {
      const j = dims.indexOf(p);
      const values = shape[j] - 1;
      if (values <= 2) continue;
      for (let i = 0; i + 1 < values; i++) {
        const dj = mergeChange({ table: joint, shape, j, i, h });
        const dg = mergeChange({ table: given, shape: shape.slice(0, -1), j, i, h });
        const gain = score(hJoint + dj.entropy, hGiven + dg.entropy, occupiedGiven + dg.occupied);
        if (!pick || gain > pick.gain) pick = { j, i, hj: hJoint + dj.entropy, hg: hGiven + dg.entropy, og: occupiedGiven + dg.occupied, gain };
      }
    }
    if (!pick) break;
    joint = merged(joint, { shape, j: pick.j, i: pick.i });
    given = merged(given, { shape: shape.slice(0, -1), j: pick.j, i: pick.i });
    shape = shape.map((s, k) => (k === pick.j ? s - 1 : s));
    ({ hj: hJoint, hg: hGiven, og: occupiedGiven } = pick);
    (keep.get(dims[pick.j]) as number[]).splice(pick.i + 1, 1);
    const tableCells = shape.reduce((a, b) => a * b, 1);
    // The groups were picked from many ways to cut the bins: pay for the choice (see searchCost).
    const gain = pick.gain - searchCost({ keep, sizes, mergeable });
    if (tableCells <= options.maxCells && gain > Math.max(options.floor, best?.gain ?? Number.NEGATIVE_INFINITY)) {
      best = { gain, keep: new Map([...keep].map(([p, k]) => [p, [...k]])) };
    }
  }
  return best;
}

/** One parent to coarsen: the best cut for every number of groups (best-cuts.ts), less what searching for it costs. */
function exactly(
  options: CoarseFamilyOptions & { joint: Float64Array; shape: number[]; j: number; n: number; hx: number; occupiedX: number; parent: number },
): CoarseFamily | null {
  const bins = options.shape[options.j] - 1;
  let best: CoarseFamily | null = null;
  for (const cut of bestCuts(options)) {
    const gain = cut.gain - logChoose(bins - 1, cut.groups - 1);
    if (gain > Math.max(options.floor, best?.gain ?? Number.NEGATIVE_INFINITY)) best = { gain, keep: new Map([[options.parent, cut.keep]]) };
  }
  return best;
}

/**
 * ln of the number of ways to cut each merged parent's B bins into its G
 * groups, C(B − 1, G − 1): the score of the best of many cuts is biased up
 * by about the log of how many were open (a description-length cost), and
 * without it a parent that x does not depend on wins on noise — on the
 * e-commerce rows, price cut in three "explained" gender given category.
 */
function searchCost(options: { keep: ReadonlyMap<number, readonly number[]>; sizes: readonly number[]; mergeable: readonly number[] }): number {
  let cost = 0;
  for (const p of options.mergeable) {
    const bins = options.sizes[p] - 1;
    const groups = (options.keep.get(p)?.length ?? bins + 1) - 1;
    cost += logChoose(bins - 1, groups - 1);
  }
  return cost;
}

function logChoose(n: number, k: number): number {
  let s = 0;
  for (let i = 1; i <= k; i++) s += Math.log((n - k + i) / i);
  return s;
}

function countJoint(options: { cells: readonly CellArray[]; dims: readonly number[]; shape: readonly number[]; n: number }): Float64Array {
  const { cells, dims, shape, n } = options;
  const table = new Float64Array(shape.reduce((a, b) => a * b, 1));
  for (let r = 0; r < n; r++) {
    let flat = 0;
    for (let j = 0; j < dims.length; j++) flat = flat * shape[j] + cells[dims[j]][r];
    table[flat]++;
  }
  return table;
}

/** Sums out the last axis. */
function marginalizeLast(table: Float64Array, shape: readonly number[]): Float64Array {
  const last = shape[shape.length - 1];
  const out = new Float64Array(table.length / last);
  for (let i = 0; i < table.length; i++) out[Math.floor(i / last)] += table[i];
  return out;
}

/** The last axis's own counts. */
function marginalOf(table: Float64Array, shape: readonly number[]): Float64Array {
  const last = shape[shape.length - 1];
  const out = new Float64Array(last);
  for (let i = 0; i < table.length; i++) out[i % last] += table[i];
  return out;
}

function sum(values: Float64Array, f: (c: number) => number): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += f(values[i]);
  return s;
}

/** Change in entropy and occupied cells if bins i and i+1 of axis j were one. */
function mergeChange(options: { table: Float64Array; shape: readonly number[]; j: number; i: number; h: (c: number) => number }): {
  entropy: number;
  occupied: number;
} {
  const { table, shape, j, i, h } = options;
  let inner = 1;
  for (let k = j + 1; k < shape.length; k++) inner *= shape[k];
  const block = inner * shape[j];
  let entropy = 0;
  let occupied = 0;
  for (let base = i * inner; base < table.length; base += block) {
    for (let k = 0; k < inner; k++) {
      const a = table[base + k];
      const b = table[base + k + inner];
      if (a === 0 || b === 0) continue;
      entropy += h(a + b) - h(a) - h(b);
      occupied--;
    }
  }
  return { entropy, occupied };
}

/** The table with bins i and i+1 of axis j added into one. */
function merged(table: Float64Array, options: { shape: readonly number[]; j: number; i: number }): Float64Array {
  const { shape, j, i } = options;
  let inner = 1;
  for (let k = j + 1; k < shape.length; k++) inner *= shape[k];
  const size = shape[j];
  const out = new Float64Array((table.length / size) * (size - 1));
  const outer = table.length / (size * inner);
  for (let o = 0; o < outer; o++) {
    for (let s = 0; s < size; s++) {
      const to = s <= i ? s : s - 1;
      const from = (o * size + s) * inner;
      const at = (o * (size - 1) + to) * inner;
      for (let k = 0; k < inner; k++) out[at + k] += table[from + k];
    }
  }
  return out;
}
