import { describe, expect, it } from 'vitest';
import { coarseFamily } from '../../../src/stats/dependence/coarse-family.ts';
import { FamilyScorer } from '../../../src/stats/dependence/family-gain.ts';

/** A small LCG so the planted data is the same every run. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

const BINS = 12;

/**
 * 3,000 rows: y in 12 ordered bins (cell 12 = missing, empty), z and x two
 * categories each (cell 2 = missing). x copies z (90%) only where y ≥ 6, and
 * is a coin flip elsewhere: the family x | y, z is worth a table, but only
 * with y cut in two at bin 6; on y's 12 bins it costs 23 parameters.
 */
function planted(): { cells: Uint8Array[]; sizes: number[] } {
  const next = lcg(11);
  const n = 3000;
  const y = new Uint8Array(n);
  const z = new Uint8Array(n);
  const x = new Uint8Array(n);
  const w = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = Math.floor(next() * BINS);
    z[i] = next() < 0.5 ? 0 : 1;
    x[i] = y[i] >= 6 ? (next() < 0.9 ? z[i] : 1 - z[i]) : next() < 0.5 ? 0 : 1;
    w[i] = Math.floor(next() * BINS);
  }
  return { cells: [y, z, x, w], sizes: [BINS + 1, 3, 3, BINS + 1] };
}

/** The reference: FamilyScorer's gain with the parent's cells recoded by the cut (edge indices kept). */
function recodedGain(options: { cells: Uint8Array[]; sizes: number[]; keep: ReadonlyMap<number, readonly number[]>; x: number; parents: number[] }): number {
  const cells = options.cells.map((c, col) => {
    const keep = options.keep.get(col);
    if (!keep) return c;
    const groups = keep.length - 1;
    return c.map((v) => (v === options.sizes[col] - 1 ? groups : keep.findLastIndex((e) => e <= v)));
  });
  const sizes = options.sizes.map((s, col) => (options.keep.has(col) ? (options.keep.get(col) as readonly number[]).length : s));
  return new FamilyScorer({ cells, sizes, rows: cells[0].length }).gain(options.x, options.parents);
}

function logChoose(n: number, k: number): number {
  let s = 0;
  for (let i = 1; i <= k; i++) s += Math.log((n - k + i) / i);
  return s;
}

describe('coarseFamily', () => {
  const { cells, sizes } = planted();
  const binned = [true, false, false, true];
  const fine = new FamilyScorer({ cells, sizes, rows: 3000 });

  it('finds the planted cut, and its gain is the family’s AIC on the cut cells less the search cost', () => {
    const fineGain = fine.gain(2, [0, 1]);
    const found = coarseFamily({ cells, sizes, binned, rows: 3000, x: 2, parents: [0, 1], maxCells: 1000, floor: Math.max(0, fineGain) });
    expect(found).not.toBeNull();
    expect(found?.keep.get(0)).toEqual([0, 6, 12]);
    const reference = recodedGain({ cells, sizes, keep: found?.keep ?? new Map(), x: 2, parents: [0, 1] }) - logChoose(BINS - 1, 1);
    expect(found?.gain).toBeCloseTo(reference, 6);
    expect(reference).toBeGreaterThan(fineGain);
  });

  it('is the best of every cut of the parent’s bins (exhaustive check over all 2^11 cuts)', () => {
    const found = coarseFamily({ cells, sizes, binned, rows: 3000, x: 2, parents: [0, 1], maxCells: 1000, floor: 0 });
    let best = Number.NEGATIVE_INFINITY;
    for (let mask = 0; mask < 1 << (BINS - 1); mask++) {
      const inner = Array.from({ length: BINS - 1 }, (_, i) => i + 1).filter((_, i) => mask & (1 << i));
      if (inner.length === BINS - 1) continue; // the column's own bins are the fine family, not a coarse one
      const keep = [0, ...inner, BINS];
      const gain = recodedGain({ cells, sizes, keep: new Map([[0, keep]]), x: 2, parents: [0, 1] }) - logChoose(BINS - 1, inner.length);
      best = Math.max(best, gain);
    }
    expect(found?.gain).toBeCloseTo(best, 6);
  });

  it('with two parents to cut, scores what it returns exactly and keeps the cell budget', () => {
    const found = coarseFamily({ cells, sizes, binned, rows: 3000, x: 2, parents: [0, 3], maxCells: 40, floor: Number.NEGATIVE_INFINITY });
    expect(found).not.toBeNull();
    const keep = found?.keep ?? new Map<number, readonly number[]>();
    const groups = [0, 3].map((p) => (keep.get(p)?.length ?? sizes[p]) - 1 + 1);
    expect(groups[0] * groups[1] * 3).toBeLessThanOrEqual(40);
    const cost = [0, 3].reduce((s, p) => s + logChoose(BINS - 1, (keep.get(p)?.length ?? BINS + 1) - 2), 0);
    expect(found?.gain).toBeCloseTo(recodedGain({ cells, sizes, keep, x: 2, parents: [0, 3] }) - cost, 6);
  });

  it('returns nothing when the fine family is already worth more than any cut could be', () => {
    // w is noise: x | w, z is worth no more than x | z; the floor (x | z alone) is not beaten.
    const floor = fine.gain(2, [1]) + 1000;
    expect(coarseFamily({ cells, sizes, binned, rows: 3000, x: 2, parents: [3, 1], maxCells: 1000, floor })).toBeNull();
    // One parent, or no numeric parent: nothing to do.
    expect(coarseFamily({ cells, sizes, binned, rows: 3000, x: 2, parents: [0], maxCells: 1000, floor: 0 })).toBeNull();
  });
});
