/** What the growth needs to know of the columns: how big a table is and what a family is worth. */
export interface FamilyScores {
  readonly columns: number;
  tableCells(columns: readonly number[]): number;
  /** Worth of a table over x and its parents (x given the parents), > 0 when supported by the data. */
  gain(x: number, parents: readonly number[]): number;
  /**
   * The same family with some numeric parents on coarser bins, when worth
   * more than `floor` within `maxCells` (coarse-family.ts); `keep` holds, per
   * merged parent, the indices of its axis's edges kept.
   */
  coarse?(
    x: number,
    parents: readonly number[],
    options: { floor: number; maxCells: number },
  ): { gain: number; keep: ReadonlyMap<number, readonly number[]> } | null;
}

/** A clique of the tree: its columns ([...parents, column]), and the parents it holds on coarser bins. */
export interface Clique {
  readonly columns: number[];
  readonly keep?: ReadonlyMap<number, readonly number[]>;
}

export interface GrowOptions {
  readonly scores: FamilyScores;
  /** Cliques fixed in advance (the user's and the planner's groups), as column indices; kept first, in order. */
  readonly initial?: readonly (readonly number[])[];
  /** Parents a column may get at most: cliques have at most this many + 1 columns. */
  readonly maxParents: number;
  /** Largest table allowed, in cells. */
  readonly maxCells: number;
}

/**
 * A junction tree over the columns, grown greedily (Chow–Liu's maximum
 * spanning tree built by Prim's algorithm, generalised to k parents, as in
 * k-dependence / PrivBayes-style networks): each step attaches the column
 * not yet placed whose best parent set has the largest gain, where a parent
 * set must lie inside one clique already placed. The new clique (parents +
 * column) then meets everything placed before exactly in its parents, which
 * sit in one earlier clique — the running-intersection property — so drawing
 * cliques in the returned order, each conditional on the columns already
 * drawn, samples the model exactly. A column dependent on nothing placed
 * starts a new tree when it depends on another unplaced column; columns
 * independent of all others get no clique (their marginal suffices).
 * A family of two or more parents may hold numeric parents on coarser bins
 * when that scores higher (FamilyScores.coarse); such a parent is drawn at
 * full resolution by its earlier clique, so it is never offered as a parent
 * again from the coarse clique.
 * Returns the cliques, initial ones first, each as [...parents, column].
 */
export function growJunctionTree(options: GrowOptions): Clique[] {
  const { scores, maxParents, maxCells } = options;
  const cliques: Clique[] = (options.initial ?? []).map((g) => ({ columns: [...g] }));
  const placed = new Set(cliques.flatMap((c) => c.columns));
  const cache = new Map<string, { gain: number; keep?: ReadonlyMap<number, readonly number[]> }>();
  const family = (x: number, parents: readonly number[]) => {
    const key = `${x}|${[...parents].sort((a, b) => a - b).join(',')}`;
    let f = cache.get(key);
    if (f === undefined) {
      const fine = scores.tableCells([x, ...parents]) > maxCells ? Number.NEGATIVE_INFINITY : scores.gain(x, parents);
      const coarse = parents.length >= 2 ? (scores.coarse?.(x, parents, { floor: Math.max(fine, 0), maxCells }) ?? null) : null;
      f = coarse && coarse.gain > fine ? coarse : { gain: fine };
      cache.set(key, f);
    }
    return f;
  };
  const gain = (x: number, parents: readonly number[]): number => family(x, parents).gain;
  // Parent sets are tried only among columns each worth a table with x on its own: prunes the subsets.
  const pairWorth = (x: number, y: number) => gain(x, [y]) > 0;
  const subsets = parentSets(maxParents);

  while (placed.size < scores.columns) {
    let best: { x: number; parents: number[]; gain: number } | null = null;
    for (let x = 0; x < scores.columns; x++) {
      if (placed.has(x)) continue;
      for (const clique of cliques) {
        const allowed = clique.columns.filter((y) => !clique.keep?.has(y) && pairWorth(x, y));
        for (const pick of subsets(allowed.length)) {
          const parents = pick.map((i) => allowed[i]);
          const g = gain(x, parents);
          if (g > (best?.gain ?? 0)) best = { x, parents, gain: g };
        }
      }
    }
    if (!best) {
      // Nothing placed explains any remaining column: start a new tree from the strongest remaining pair.
      const pair = strongestPair({ gain, placed, columns: scores.columns });
      if (!pair) break;
      cliques.push({ columns: pair });
      pair.forEach((c) => placed.add(c));
      continue;
    }
    const { keep } = family(best.x, best.parents);
    cliques.push({ columns: [...best.parents, best.x], ...(keep ? { keep } : {}) });
    placed.add(best.x);
  }
  return cliques;
}

function strongestPair(options: { gain: (x: number, p: readonly number[]) => number; placed: ReadonlySet<number>; columns: number }): number[] | null {
  let best: number[] | null = null;
  let bestGain = 0;
  for (let x = 0; x < options.columns; x++) {
    if (options.placed.has(x)) continue;
    for (let y = x + 1; y < options.columns; y++) {
      if (options.placed.has(y)) continue;
      const g = options.gain(y, [x]);
      if (g > bestGain) {
        bestGain = g;
        best = [x, y];
      }
    }
  }
  return best;
}

/** Index subsets of size 1..k of 0..n−1, memoised per n. */
function parentSets(k: number): (n: number) => readonly number[][] {
  const memo = new Map<number, number[][]>();
  return (n) => {
    let out = memo.get(n);
    if (out) return out;
    out = [];
    const pick: number[] = [];
    const walk = (start: number) => {
      if (pick.length > 0) out?.push([...pick]);
      if (pick.length === k) return;
      for (let i = start; i < n; i++) {
        pick.push(i);
        walk(i + 1);
        pick.pop();
      }
    };
    walk(0);
    memo.set(n, out);
    return out;
  };
}
