import { describe, expect, it } from 'vitest';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import { cellLabels, tableName } from '../../../src/stats/tables/table.ts';
import { makeDataset } from './make-dataset.ts';

// 8 records; x's 6 quantile edges on 1..8 (n = 8): positions floor(7i/6) = 0,1,2,3,4,5,7 → 1,2,3,4,5,6,8.
const data = makeDataset(
  {
    s: ['a', 'b', 'a', 'a', 'b', null, 'a', 'b'],
    t: ['u', 'u', 'v', 'v', 'u', 'v', 'v', 'u'],
    x: [1, 2, 3, 4, 5, 6, 7, 8],
    id: ['1', '2', '3', '4', '5', '6', '7', '8'],
  },
  { excluded: ['id'] },
);

describe('buildTargets', () => {
  const targets = buildTargets(data, {
    joints: [
      ['s', 't'],
      ['s', 't', 'x'],
    ],
  });

  it('has a marginal per included column, then the joints', () => {
    expect(targets.tables.map(tableName)).toEqual(['s', 't', 'x', 's × t', 's × t × x']);
    expect(targets.axes.map((a) => a.column)).toEqual(['s', 't', 'x']);
    expect(targets.rowCount).toBe(8);
    for (const t of targets.tables) expect(t.total).toBe(8);
  });

  it('counts marginals by hand', () => {
    const [s, t, x] = targets.tables;
    expect(s.axes[0].labels).toEqual(['a', 'b', '(missing)']);
    expect([...s.counts]).toEqual([4, 3, 1]);
    expect([...t.counts]).toEqual([4, 4, 0]);
    // bins [1,2) [2,3) [3,4) [4,5) [5,6) [6,8] + missing
    expect([...x.counts]).toEqual([1, 1, 1, 1, 1, 3, 0]);
  });

  it('counts the 2-D joint row-major by hand', () => {
    // s×t: a: u(1) v(3,4,7) → 1,3; b: u(2,5,8) → 3,0; missing: v(6) → 0,1.
    const st = targets.tables[3];
    expect(st.shape).toEqual([3, 3]);
    expect([...st.counts]).toEqual([1, 3, 0, 3, 0, 0, 0, 1, 0]);
    expect(cellLabels(st, 1)).toEqual(['a', 'v']);
  });

  it('counts the 3-D joint by hand', () => {
    const stx = targets.tables[4];
    expect(stx.shape).toEqual([3, 3, 7]);
    // record 6 (s missing, t v, x 6 → bin 5) and record 7 (a, v, x 7 → bin 5)
    expect(stx.counts[(2 * 3 + 1) * 7 + 5]).toBe(1);
    expect(stx.counts[(0 * 3 + 1) * 7 + 5]).toBe(1);
    // record 8 (b, u, 8 → bin 5) and record 2 (b, u, 2 → bin 1)
    expect(stx.counts[(1 * 3 + 0) * 7 + 5]).toBe(1);
    expect(stx.counts[(1 * 3 + 0) * 7 + 1]).toBe(1);
    expect(stx.counts.reduce((a, b) => a + b, 0)).toBe(8);
  });

  it('counts a 4-D joint (the general loop) consistently with its 2-D margin', () => {
    const wide = makeDataset({ a: ['p', 'q', 'p', 'q'], b: ['r', 'r', 's', 's'], c: ['t', 't', 't', 'w'], d: ['x', 'y', 'x', 'y'] });
    const t = buildTargets(wide, { joints: [['a', 'b', 'c', 'd']] }).tables[4];
    // shape 3×3×3×3; record 4 = (q, s, w, y) → cell ((1·3+1)·3+1)·3+1 = 40.
    expect(t.counts[40]).toBe(1);
    expect(t.counts[0]).toBe(1); // (p, r, t, x)
    expect(t.total).toBe(4);
  });

  it('respects bins and topK', () => {
    const t = buildTargets(data, { bins: 2, topK: 1 });
    // x with 2 bins: positions 0, 3, 7 → edges 1, 4, 8.
    expect(t.tables[2].axes[0].labels).toEqual(['[1, 4)', '[4, 8]', '(missing)']);
    expect(t.tables[0].axes[0].labels).toEqual(['a', '(other)', '(missing)']);
    expect([...t.tables[0].counts]).toEqual([4, 3, 1]);
  });

  it('names unknown, excluded and repeated joint columns', () => {
    expect(() => buildTargets(data, { joints: [['s', 'nope']] })).toThrow(/no column "nope" \(columns: s, t, x\)/);
    expect(() => buildTargets(data, { joints: [['s', 'id']] })).toThrow(/"id" \(categorical\) is excluded/);
    expect(() => buildTargets(data, { joints: [['s', 's']] })).toThrow(/names a column twice/);
    expect(() => buildTargets(data, { joints: [['s']] })).toThrow(/at least two columns/);
  });
});
