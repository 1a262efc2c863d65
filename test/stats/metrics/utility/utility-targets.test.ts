import { describe, expect, it } from 'vitest';
import { MAX_TARGET_CLASSES, utilityTargets } from '../../../../src/stats/metrics/utility/utility-targets.ts';
import { makeDataset } from '../make-dataset.ts';

const many = MAX_TARGET_CLASSES + 1;

describe('utilityTargets', () => {
  it('every evaluated column with two classes or values, at most MAX_TARGET_CLASSES classes, in schema order', () => {
    const real = makeDataset([
      { name: 'id', kind: 'identifier', values: Array.from({ length: many }, (_, i) => `r${i}`) },
      { name: 'income', kind: 'categorical', values: Array.from({ length: many }, (_, i) => (i % 4 === 0 ? 'high' : 'low')) },
      { name: 'city', kind: 'categorical', values: Array.from({ length: many }, (_, i) => `c${i}`) },
      { name: 'one', kind: 'categorical', values: Array(many).fill('x') },
      { name: 'mass', kind: 'numeric', values: Array.from({ length: many }, (_, i) => i) },
      { name: 'flat', kind: 'numeric', values: Array(many).fill(7) },
    ]);
    expect(utilityTargets(real)).toEqual([
      { column: 'income', task: 'binary', classes: ['low', 'high'] },
      { column: 'mass', task: 'regression', classes: [] },
    ]);
  });

  it('none when only one column would be left to learn from', () => {
    const real = makeDataset([
      { name: 'id', kind: 'identifier', values: ['1', '2'] },
      { name: 'income', kind: 'categorical', values: ['low', 'high'] },
    ]);
    expect(utilityTargets(real)).toEqual([]);
  });
});
