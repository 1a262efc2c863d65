import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quantileEdges } from '../../../src/stats/bins/quantile-edges.ts';
import { loadDataset } from '../../../src/stats/ingest/load-dataset.ts';
import { suppressSmallCells } from '../../../src/stats/privacy/suppress-small-cells.ts';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import { categoricalAxisOf } from '../../../src/stats/tables/categorical-axis.ts';
import { emptyTable } from '../../../src/stats/tables/table.ts';
import { fineMarginal } from '../../../src/stats/tables/fine-marginal.ts';
import { synthesize } from '../../../src/synth/synthesize.ts';
import { makeDataset } from '../tables/make-dataset.ts';

describe('disclosure control', () => {
  it('pools categories held by fewer than k records into "(other)"', () => {
    const column = makeDataset({ c: [...Array(6).fill('a'), ...Array(5).fill('b'), 'rare', 'rare'] }).columns[0];
    if (column.type !== 'categorical') throw new Error('categorical');
    expect(categoricalAxisOf(column, { minCount: 5 }).labels).toEqual(['a', 'b', '(other)', '(missing)']);
    expect(categoricalAxisOf(column, { minCount: 7 }).labels).toEqual(['(other)', '(missing)']);
  });

  it('trims the outer quantile edges to the k-th smallest and largest values', () => {
    const values = Float64Array.from({ length: 11 }, (_, i) => i * 10); // 0, 10, …, 100
    expect([...quantileEdges(values, 2)]).toEqual([0, 50, 100]);
    // trim 2: positions 2, 2 + floor(6/2) = 5, 8 → 20, 50, 80.
    expect([...quantileEdges(values, 2, { trim: 2 })]).toEqual([20, 50, 80]);
  });

  it('publishes no fine-marginal count below k: rare values share quantile bins, common ones stay exact', () => {
    // n = 7, k = 3: floor(7/3) = 2 bins between the 3rd smallest and 3rd largest values (positions 2, 3, 4 →
    // edges 1, 2, 3); [1, 2) holds the three 1s, [2, 3] the 2 and the three 3s. Only 1 (held by 3) is a point mass;
    // the 2, held by one record, is spread over its bin. Nothing lies beyond the 3rd values, so no tails.
    const fine = fineMarginal({ column: 'x', values: Float64Array.from([1, 1, 1, 2, 3, 3, 3]), minCount: 3 });
    expect(fine).toEqual({
      kind: 'bins',
      column: 'x',
      edges: Float64Array.from([1, 2, 3]),
      counts: Float64Array.from([3, 4]),
      atEdge: Float64Array.from([3, 0]),
    });
    // Without disclosure control every value is kept exactly.
    expect(fineMarginal({ column: 'x', values: Float64Array.from([1, 1, 1, 2, 3, 3, 3]) })).toEqual({
      kind: 'values',
      column: 'x',
      values: Float64Array.from([1, 2, 3]),
      counts: Float64Array.from([3, 1, 3]),
    });
  });

  it('extends the tails past the k-th values along the spacings next to them, never to a real extreme', () => {
    // 1, 2, 10, 11, …, 29, 50, 60 (n = 24), k = 3: v3 = 10 and the next spacings are 1, 1, 1 (flat: a bounded
    // tail), so the two hidden values below get gaps of 1 → the tail reaches 8, not 1; above, likewise 31, not 60.
    const values = Float64Array.from([1, 2, ...Array.from({ length: 20 }, (_, i) => 10 + i), 50, 60]);
    const fine = fineMarginal({ column: 'x', values, minCount: 3 });
    if (fine.kind !== 'bins') throw new Error('expected bins');
    expect(fine.edges[0]).toBe(8);
    expect(fine.edges[fine.edges.length - 1]).toBe(31);
    expect(fine.counts.reduce((a, b) => a + b, 0)).toBe(24);
  });

  it('zeroes cells of 1…k−1 records and spreads them pro rata, keeping the total', () => {
    const table = emptyTable([{ kind: 'categorical', column: 'c', categories: ['a', 'b', 'c'], other: false, labels: ['a', 'b', 'c', '(missing)'] }]);
    table.counts.set([30, 10, 2, 0]);
    table.total = 42;
    expect(suppressSmallCells(table, 5)).toEqual({ cells: 1, records: 2 });
    // 30 and 10 scaled by 42/40.
    expect([...table.counts]).toEqual([31.5, 10.5, 0, 0]);
  });

  it('keeps rare values out of the synthetic data: penguins with k = 5 never writes Sex "." nor a flipper beyond the extrapolated tails', async () => {
    const { dataset } = await loadDataset({ name: 'penguins.csv', bytes: readFileSync(new URL('../../fixtures/datasets/penguins.csv', import.meta.url)) });
    const targets = buildTargets(dataset, { joints: [['Species', 'Sex']], minCount: 5 });
    const { dataset: synthetic } = await synthesize({ targets, rows: 2000, seed: 1 });
    const sex = synthetic.columns.find((c) => c.name === 'Sex');
    const flipper = synthetic.columns.find((c) => c.name === 'Flipper Length (mm)');
    if (sex?.type !== 'categorical' || flipper?.type !== 'numeric') throw new Error('columns');
    // The control: the real Sex column has the rare "." (1 record), and the targets pool it into "(other)".
    const realSex = dataset.columns.find((c) => c.name === 'Sex');
    if (realSex?.type !== 'categorical') throw new Error('Sex');
    expect(realSex.dictionary).toContain('.');
    expect(targets.tables.find((t) => t.axes.length === 1 && t.axes[0].column === 'Sex')?.axes[0].labels).toContain('(other)');
    expect(new Set(Array.from(sex.codes, (k) => sex.dictionary[k]))).not.toContain('.');
    expect(new Set(Array.from(sex.codes, (k) => sex.dictionary[k]))).not.toContain('(other)');
    const present = Array.from(flipper.values).filter((v) => !Number.isNaN(v));
    // penguins flippers sorted: 172, 174, 176, 178 ×4, 179, 180 ×5, 181, … 230 ×7, 231 (342 values). k = 5:
    // v5 = 178. Blocks of spacings: v10 − v5 = 2, v15 − v10 = 1, a ratio of 2 beyond the exponential's 1.76 →
    // slope −1, c = 2 / Σ(1/5 … 1/9): the 3 hidden values lie 0.67, 0.89, 1.34 apart, 2.9 below 178. At the top
    // v338 = 230, blocks 1 and 3 → flat, one hidden value 0.2 above. On the integer grid that is [176, 230]:
    // the real extremes 172, 174 and 231 cannot appear.
    expect(Math.min(...present)).toBe(176);
    expect(Math.max(...present)).toBe(230);
  });

  it('piles no extreme records onto the k-th value: no flipper length is 3× as frequent as in the data', async () => {
    const { dataset } = await loadDataset({ name: 'penguins.csv', bytes: readFileSync(new URL('../../fixtures/datasets/penguins.csv', import.meta.url)) });
    const targets = buildTargets(dataset, { joints: [['Species', 'Flipper Length (mm)']], minCount: 5 });
    const { dataset: synthetic } = await synthesize({ targets, rows: dataset.rowCount, seed: 1 });
    const share = (d: typeof dataset) => {
      const column = d.columns.find((c) => c.name === 'Flipper Length (mm)');
      if (column?.type !== 'numeric') throw new Error('flipper');
      const counts = new Map<number, number>();
      for (const v of column.values) if (!Number.isNaN(v)) counts.set(v, (counts.get(v) ?? 0) + 1);
      return counts;
    };
    const real = share(dataset);
    const syn = share(synthetic);
    const ratios = [...real].filter(([, c]) => c >= 5).map(([v, c]) => (syn.get(v) ?? 0) / c);
    // 35 distinct lengths are held by ≥ 5 penguins.
    expect(ratios.length).toBe(35);
    expect(Math.max(...ratios)).toBeLessThanOrEqual(3);
  });
});
