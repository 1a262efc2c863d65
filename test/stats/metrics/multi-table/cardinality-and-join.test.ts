import { describe, expect, it } from 'vitest';
import { cardinality, childCounts } from '../../../../src/stats/metrics/multi-table/cardinality.ts';
import { denormalize } from '../../../../src/stats/metrics/multi-table/denormalize.ts';
import { makeDataset } from '../make-dataset.ts';

const parents = makeDataset([
  { name: 'id', kind: 'identifier', values: ['a', 'b', 'c'] },
  { name: 'size', kind: 'numeric', values: [2, 1, 0] },
]);
const children = makeDataset([
  { name: 'age', kind: 'numeric', values: [30, 5, 60, 70] },
  { name: 'id', kind: 'identifier', values: ['a', 'a', 'b', 'z'] },
]);
const rel = { parent: 'p', child: 'c', parentKey: 'id', childKey: 'id' };

describe('multi-table building blocks, worked by hand', () => {
  it('childCounts: children per parent row, 0 for a parent without any, an orphan counted nowhere', () => {
    expect(Array.from(childCounts(parents, 'id', children, 'id', rel))).toEqual([2, 1, 0]);
  });

  it('denormalize: one row per (child, parent) match in child order, child columns then parent columns', () => {
    const joined = denormalize({ name: 'p', dataset: parents, key: 'id' }, { name: 'c', dataset: children, key: 'id' });
    expect(joined.schema.columns.map((c) => c.name)).toEqual(['c.age', 'c.id', 'p.id', 'p.size']);
    expect(joined.rowCount).toBe(3);
    const size = joined.columns[3];
    const age = joined.columns[0];
    expect(size.type === 'numeric' && Array.from(size.values)).toEqual([2, 2, 1]);
    expect(age.type === 'numeric' && Array.from(age.values)).toEqual([30, 5, 60]);
  });

  it('cardinality: 1 - KS between the real and synthetic children-per-parent counts', () => {
    // real counts [2, 1, 0]; synthetic counts [1, 1, 1]: ECDFs at 0: 1/3 vs 0, at 1: 2/3 vs 1, at 2: 1 vs 1 → D = 1/3.
    const synthChildren = makeDataset([
      { name: 'age', kind: 'numeric', values: [1, 2, 3] },
      { name: 'id', kind: 'identifier', values: ['c', 'b', 'a'] },
    ]);
    const report = cardinality({
      tables: [
        { name: 'p', real: parents, synthetic: parents },
        { name: 'c', real: children, synthetic: synthChildren },
      ],
      relationships: [rel],
    });
    expect(report.relationships).toHaveLength(1);
    expect(report.score).toBeCloseTo(2 / 3, 12);
  });
});
