import { describe, expect, it } from 'vitest';
import { forestLabels } from '../../../src/workers/forest/forest-labels.ts';

describe('forestLabels', () => {
  it('classes: every 32nd row of each later class first, then the rows in label order', () => {
    const labels = Float64Array.from({ length: 100 }, (_, i) => i % 3);
    const rows = Uint32Array.from({ length: 100 }, (_, i) => i);
    const set = forestLabels({ task: { kind: 'multiclass', classes: 3 }, labels, rows, targetLevels: 16 });
    // Rows 1, 97 (class 1: its 1st and 33rd) and 2, 98 (class 2) go first.
    expect(Array.from(set.order.subarray(0, 4))).toEqual([1, 97, 2, 98]);
    expect(set.labels.slice(0, 4)).toEqual([1, 1, 2, 2]);
    expect(set.labels.slice(4)).toEqual([...set.labels.slice(4)].sort((a, b) => a - b));
    expect(set.order.length).toBe(100);
    expect(new Set(set.order).size).toBe(100);
    set.order.forEach((row, i) => expect(set.labels[i]).toBe(labels[row]));
  });

  it('only the sampled rows, by their index into the labels', () => {
    const labels = Float64Array.from([1, 0, 1, 0, 1]);
    const set = forestLabels({ task: { kind: 'binary' }, labels, rows: Uint32Array.from([1, 2, 4]), targetLevels: 16 });
    expect(Array.from(set.order)).toEqual([2, 1, 4]);
    expect(set.labels).toEqual([1, 0, 1]);
  });

  it('regression: each value rounded to the mean of its quantile level, rows in level order', () => {
    const labels = Float64Array.from([10, 1, 12, 2, 3, 11]);
    const rows = Uint32Array.from([0, 1, 2, 3, 4, 5]);
    const set = forestLabels({ task: { kind: 'regression' }, labels, rows, targetLevels: 2 });
    expect(Array.from(set.order)).toEqual([1, 3, 4, 0, 2, 5]);
    expect(set.labels).toEqual([2, 2, 2, 11, 11, 11]);
  });
});
