import { describe, expect, it } from 'vitest';
import { fitTarget, targetLabels } from '../../../../src/stats/metrics/utility/utility-target.ts';
import { makeDataset } from '../make-dataset.ts';

const real = makeDataset([
  { name: 'income', kind: 'categorical', values: ['low', 'high', 'low', null, 'low'] },
  { name: 'species', kind: 'categorical', values: ['b', 'a', 'c', 'a', 'b'] },
  { name: 'mass', kind: 'numeric', values: [1, 2, null, 4, 5] },
  { name: 'when', kind: 'datetime', values: ['2020-01-01', null, '2020-01-02', null, null] },
  { name: 'same', kind: 'numeric', values: [3, 3, null, 3, 3] },
  { name: 'tie', kind: 'boolean', values: ['yes', 'no', 'no', 'yes', null] },
  { name: 'one', kind: 'categorical', values: ['x', 'x', null, 'x', 'x'] },
  { name: 'id', kind: 'identifier', values: ['1', '2', '3', '4', '5'] },
]);

describe('fitTarget', () => {
  it('binary: the rarer class is positive by default, or the one asked for', () => {
    expect(fitTarget(real, { column: 'income' })).toEqual({ column: 'income', task: 'binary', classes: ['low', 'high'] });
    expect(fitTarget(real, { column: 'income', positive: 'low' }).classes).toEqual(['high', 'low']);
  });

  it('binary with equal counts: the class seen second is positive', () => {
    expect(fitTarget(real, { column: 'tie' }).classes).toEqual(['yes', 'no']);
  });

  it('multiclass: classes most frequent first, ties in order of first appearance', () => {
    expect(fitTarget(real, { column: 'species' })).toEqual({ column: 'species', task: 'multiclass', classes: ['b', 'a', 'c'] });
  });

  it('numeric and datetime targets are regressions', () => {
    expect(fitTarget(real, { column: 'mass' }).task).toBe('regression');
    expect(fitTarget(real, { column: 'when' }).task).toBe('regression');
  });

  it.each([
    { column: 'incme', positive: undefined, message: 'utility: target "incme" is not a column (columns: income, species, mass, when, same, tie, one, id)' },
    {
      column: 'id',
      positive: undefined,
      message: 'utility: target "id" is of kind identifier, which the metrics leave out; choose a categorical, boolean, numeric or datetime column',
    },
    {
      column: 'one',
      positive: undefined,
      message: 'utility: target "one" has a single class ("x") in the real data; nothing to predict; choose another column',
    },
    {
      column: 'same',
      positive: undefined,
      message: 'utility: target "same" has a single value (3) in the real data; nothing to predict; choose another column',
    },
    { column: 'income', positive: 'medium', message: 'utility: positive class "medium" is not a class of "income" (classes: low, high)' },
    { column: 'species', positive: 'a', message: 'utility: a positive class applies to a binary target; "species" has 3 classes' },
    { column: 'mass', positive: '4', message: 'utility: a positive class applies to a binary target; "mass" is numeric' },
  ])('$column, positive $positive: one clear error', ({ column, positive, message }) => {
    expect(() => fitTarget(real, { column, positive })).toThrow(message);
  });
});

describe('targetLabels', () => {
  it('labels by value, NaN for missing and for classes the real rows lack', () => {
    const other = makeDataset([{ name: 'income', kind: 'categorical', values: ['high', 'unknown', null, 'low'] }]);
    const target = fitTarget(real, { column: 'income' });
    expect(Array.from(targetLabels(target, other))).toEqual([1, NaN, NaN, 0]);
  });

  it('numbers for a regression', () => {
    expect(Array.from(targetLabels(fitTarget(real, { column: 'mass' }), real))).toEqual([1, 2, NaN, 4, 5]);
  });
});
