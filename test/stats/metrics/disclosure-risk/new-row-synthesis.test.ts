import { describe, expect, it } from 'vitest';
import { newRowSynthesis } from '../../../../src/stats/metrics/disclosure-risk/new-row-synthesis.ts';
import { makeDataset } from '../make-dataset.ts';

const real = makeDataset([
  { name: 'x', kind: 'numeric', values: [1, 100, null, 0] },
  { name: 'c', kind: 'categorical', values: ['a', 'b', 'c', 'a'] },
  { name: 'id', kind: 'identifier', values: ['r1', 'r2', 'r3', 'r4'] },
]);

describe('newRowSynthesis (SDMetrics NewRowSynthesis, tolerance relative to the synthetic value)', () => {
  it.each([
    { x: 1.005, c: 'a', matched: true, why: '|1 - 1.005| <= 0.01005' },
    { x: 101, c: 'b', matched: true, why: '|100 - 101| = 1 <= 1.01' },
    { x: 99, c: 'b', matched: false, why: '1 > 0.99 (would match if relative to the real 100)' },
    { x: 102, c: 'b', matched: false, why: '2 > 1.02' },
    { x: null, c: 'c', matched: true, why: 'missing matches missing' },
    { x: null, c: 'a', matched: false, why: 'missing matches only missing' },
    { x: 0, c: 'a', matched: true, why: '0 needs an exact 0' },
    { x: 1e-9, c: 'a', matched: false, why: 'tolerance around 1e-9 is 1e-11; 0 and 1 are both further' },
    { x: 1, c: 'b', matched: false, why: 'categories must be equal' },
  ])('$x, $c: matched $matched ($why)', ({ x, c, matched }) => {
    const synthetic = makeDataset([
      { name: 'x', kind: 'numeric', values: [x] },
      { name: 'c', kind: 'categorical', values: [c] },
      { name: 'id', kind: 'identifier', values: ['unrelated'] },
    ]);
    const result = newRowSynthesis({ real, synthetic });
    expect(result.matchedRows).toBe(matched ? 1 : 0);
    expect(result.score).toBe(matched ? 0 : 1);
  });

  it('counts new and matched rows', () => {
    const synthetic = makeDataset([
      { name: 'x', kind: 'numeric', values: [1, 5, 100] },
      { name: 'c', kind: 'categorical', values: ['a', 'a', 'b'] },
      { name: 'id', kind: 'identifier', values: ['s1', 's2', 's3'] },
    ]);
    expect(newRowSynthesis({ real, synthetic })).toEqual({ score: 1 / 3, newRows: 1, matchedRows: 2 });
  });
});

describe('newRowSynthesis through its row index', () => {
  type Kind = 'decimal' | 'small' | 'large' | 'categorical';
  /** Seeded columns: decimals to 0.1, whole numbers 17–90 (only exact matches at 1%), whole numbers to 5,000 (not), labels; 5% missing. */
  const columns = (rng: () => number, n: number, kinds: readonly Kind[]) =>
    kinds.map((kind, i) => ({
      name: `c${i}`,
      kind: kind === 'categorical' ? ('categorical' as const) : ('numeric' as const),
      values: Array.from({ length: n }, () => {
        const u = rng();
        if (u < 0.05) return null;
        if (kind === 'decimal') return Math.round(rng() * 50) / (u < 0.5 ? 1 : 10);
        if (kind === 'small') return 17 + Math.floor(rng() * 8);
        if (kind === 'large') return Math.floor(rng() * 5000);
        return ['a', 'b', 'c'][Math.floor(rng() * 3)];
      }),
    }));
  /** Synthetic rows matching some real row, by a scan of every real row. */
  const scanned = (real: ReturnType<typeof columns>, syn: ReturnType<typeof columns>, tolerance: number) => {
    let matched = 0;
    for (let s = 0; s < syn[0].values.length; s++) {
      const hit = real[0].values.some((_, r) =>
        real.every((c, i) => {
          const a = c.values[r];
          const b = syn[i].values[s];
          if (b === null || a === null) return a === b;
          return typeof b === 'number' ? Math.abs((a as number) - b) <= Math.abs(tolerance * b) : a === b;
        }),
      );
      if (hit) matched++;
    }
    return matched;
  };

  it.each([
    { kinds: ['decimal', 'decimal', 'categorical'] as Kind[], tolerance: 0.01 },
    // Whole numbers that can only match exactly are hashed with the categories; the large ones stay the sort key.
    { kinds: ['small', 'large', 'small', 'categorical'] as Kind[], tolerance: 0.01 },
    { kinds: ['small', 'small'] as Kind[], tolerance: 0.01 },
    { kinds: ['decimal', 'large', 'categorical'] as Kind[], tolerance: 0 },
  ])('counts the same matches as a scan of every real row: $kinds at tolerance $tolerance', ({ kinds, tolerance }) => {
    const rng = mulberry32(7);
    const real = columns(rng, 400, kinds);
    // Half the synthetic rows copy a real row, so matches are many whatever the columns.
    const syn = columns(rng, 300, kinds).map((c, i) => ({ ...c, values: c.values.map((v, s) => (s % 2 === 0 ? real[i].values[(s * 7) % 400] : v)) }));
    const expected = scanned(real, syn, tolerance);
    expect(expected).toBeGreaterThan(0);
    expect(newRowSynthesis({ real: makeDataset(real), synthetic: makeDataset(syn), tolerance }).matchedRows).toBe(expected);
  });
});

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
