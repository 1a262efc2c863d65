import { describe, expect, it } from 'vitest';
import type { CategoricalColumn } from '../../../src/stats/column.ts';
import { axisSize, missingCell, otherCell } from '../../../src/stats/tables/axis.ts';
import { axisCells } from '../../../src/stats/tables/axis-cells.ts';
import { binnedAxis } from '../../../src/stats/tables/binned-axis.ts';
import { categoricalAxisOf } from '../../../src/stats/tables/categorical-axis.ts';
import { makeDataset } from './make-dataset.ts';

describe('categoricalAxisOf', () => {
  const data = makeDataset({ c: ['b', 'a', 'b', null, 'c', 'b', 'a', 'd'] });
  const column = data.columns[0] as CategoricalColumn;

  it('orders categories by frequency, ties in first-appearance order, missing last', () => {
    // b ×3, a ×2, then c and d ×1 each (c seen first).
    const axis = categoricalAxisOf(column);
    expect(axis.categories).toEqual(['b', 'a', 'c', 'd']);
    expect(axis.labels).toEqual(['b', 'a', 'c', 'd', '(missing)']);
    expect(otherCell(axis)).toBe(-1);
    expect(missingCell(axis)).toBe(4);
  });

  it('keeps the top K and pools the rest into "(other)"', () => {
    const axis = categoricalAxisOf(column, { topK: 2 });
    expect(axis.labels).toEqual(['b', 'a', '(other)', '(missing)']);
    expect([...axisCells(axis, data)]).toEqual([0, 1, 0, 3, 2, 0, 1, 2]);
  });

  it('leaves out dictionary entries that never occur', () => {
    const unused: CategoricalColumn = { type: 'categorical', name: 'c', dictionary: [null, 'x', 'y'], codes: Uint32Array.of(2, 2) };
    expect(categoricalAxisOf(unused).categories).toEqual(['y']);
  });
});

describe('binnedAxis', () => {
  it('labels ranges half-open, the last closed, then missing', () => {
    const axis = binnedAxis({ column: 'x', edges: Float64Array.of(0, 1.5, 1 / 3 + 2, 10), datetime: false });
    expect(axis.labels).toEqual(['[0, 1.5)', '[1.5, 2.33333)', '[2.33333, 10]', '(missing)']);
    expect(axisSize(axis)).toBe(4);
  });

  it('labels datetime ranges as dates, with the time when not midnight', () => {
    const axis = binnedAxis({ column: 'd', edges: Float64Array.of(Date.UTC(2024, 0, 1), Date.UTC(2024, 5, 1, 12, 30)), datetime: true });
    expect(axis.labels).toEqual(['[2024-01-01, 2024-06-01T12:30:00Z]', '(missing)']);
  });

  it('has only the missing cell when the column is all missing', () => {
    const axis = binnedAxis({ column: 'x', edges: new Float64Array(0), datetime: false });
    const data = makeDataset({ x: [Number.NaN, Number.NaN] });
    expect(axis.labels).toEqual(['(missing)']);
    expect([...axisCells(axis, data)]).toEqual([0, 0]);
  });
});

describe('axisCells on another dataset', () => {
  const target = makeDataset({ c: ['a', 'a', 'b', 'c'] });
  const axis = categoricalAxisOf(target.columns[0] as CategoricalColumn); // a, b, c, (missing)

  it('matches categories by value, whatever the other dictionary order', () => {
    const synthetic = makeDataset({ c: ['c', null, 'b', 'a', 'c'] }); // dictionary [null, c, b, a]
    expect([...axisCells(axis, synthetic)]).toEqual([2, 3, 1, 0, 2]);
    expect([...axisCells(axis, synthetic, [4, 3])]).toEqual([2, 0]);
  });

  it('sends an unknown category to "(other)" when the axis has one', () => {
    const pooled = categoricalAxisOf(target.columns[0] as CategoricalColumn, { topK: 1 }); // a, (other), (missing)
    expect([...axisCells(pooled, makeDataset({ c: ['zzz', 'a', 'b'] }))]).toEqual([1, 0, 1]);
  });

  it('rejects an unknown category when there is no "(other)" cell, naming column and value', () => {
    expect(() => axisCells(axis, makeDataset({ c: ['a', 'zzz'] }))).toThrow(/column "c" has the value "zzz", which is not a category/);
    // An unknown value in the dictionary but not in the selected rows is fine.
    expect([...axisCells(axis, makeDataset({ c: ['a', 'zzz'] }), [0])]).toEqual([0]);
  });

  it('rejects a missing column and a column of the other type', () => {
    expect(() => axisCells(axis, makeDataset({ d: ['a'] }))).toThrow(/no column "c" in the data \(columns: d\)/);
    expect(() => axisCells(axis, makeDataset({ c: [1, 2] }))).toThrow(/"c" is numeric in the data but categorical/);
  });

  it('uses the narrowest cell type', () => {
    expect(axisCells(axis, target)).toBeInstanceOf(Uint8Array);
    const many = makeDataset({ c: Array.from({ length: 300 }, (_, i) => `v${i}`) });
    const wide = categoricalAxisOf(many.columns[0] as CategoricalColumn, { topK: 1000 });
    expect(axisCells(wide, many)).toBeInstanceOf(Uint16Array);
  });
});
