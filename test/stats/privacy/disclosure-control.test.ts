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

  it('drops fine-marginal values held by fewer than k records', () => {
    const fine = fineMarginal({ column: 'x', values: Float64Array.from([1, 1, 1, 2, 3, 3, 3]), minCount: 3 });
    expect(fine).toEqual({ kind: 'values', column: 'x', values: Float64Array.from([1, 3]), counts: Float64Array.from([3, 3]) });
  });

  it('zeroes cells of 1…k−1 records and spreads them pro rata, keeping the total', () => {
    const table = emptyTable([{ kind: 'categorical', column: 'c', categories: ['a', 'b', 'c'], other: false, labels: ['a', 'b', 'c', '(missing)'] }]);
    table.counts.set([30, 10, 2, 0]);
    table.total = 42;
    expect(suppressSmallCells(table, 5)).toEqual({ cells: 1, records: 2 });
    // 30 and 10 scaled by 42/40.
    expect([...table.counts]).toEqual([31.5, 10.5, 0, 0]);
  });

  it('keeps rare values out of the synthetic data: penguins with k = 5 never writes Sex "." nor a flipper below the 5th smallest', async () => {
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
    // penguins flippers sorted: 172, 174, 176, 178, 178, …, 230, 231 (342 values): the 5th from each end is 178 / 230.
    expect(Math.min(...present)).toBeGreaterThanOrEqual(178);
    expect(Math.max(...present)).toBeLessThanOrEqual(230);
  });
});
