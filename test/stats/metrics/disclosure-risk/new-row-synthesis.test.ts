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
  it('counts the same matches as a scan of every real row', () => {
    const rng = mulberry32(7);
    const column = (n: number, kind: 'numeric' | 'categorical') =>
      Array.from({ length: n }, () => {
        const u = rng();
        if (u < 0.05) return null;
        return kind === 'numeric' ? Math.round(rng() * 50) / (u < 0.5 ? 1 : 10) : ['a', 'b', 'c'][Math.floor(rng() * 3)];
      });
    const spec = (n: number) => [
      { name: 'x', kind: 'numeric' as const, values: column(n, 'numeric') },
      { name: 'y', kind: 'numeric' as const, values: column(n, 'numeric') },
      { name: 'c', kind: 'categorical' as const, values: column(n, 'categorical') },
    ];
    const realSpec = spec(400);
    const synSpec = spec(300);
    let expected = 0;
    for (let s = 0; s < 300; s++) {
      const hit = realSpec[0].values.some((_, r) =>
        realSpec.every((c, i) => {
          const a = c.values[r];
          const b = synSpec[i].values[s];
          if (b === null || a === null) return a === b;
          return typeof b === 'number' ? Math.abs((a as number) - b) <= Math.abs(0.01 * b) : a === b;
        }),
      );
      if (hit) expected++;
    }
    expect(expected).toBeGreaterThan(0);
    expect(newRowSynthesis({ real: makeDataset(realSpec), synthetic: makeDataset(synSpec) }).matchedRows).toBe(expected);
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
