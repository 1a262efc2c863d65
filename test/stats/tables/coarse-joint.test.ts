import { describe, expect, it } from 'vitest';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import { coarseMap } from '../../../src/stats/tables/coarse-map.ts';
import { cellLabels, tableName } from '../../../src/stats/tables/table.ts';
import { jointLabel } from '../../../src/stats/tables/joint-group.ts';
import { makeDataset } from './make-dataset.ts';

// x: 1..8, bins [1,2) [2,3) [3,4) [4,5) [5,6) [6,8] (see build-targets.test.ts); one missing x.
const data = makeDataset({
  s: ['a', 'b', 'a', 'a', 'b', 'b', 'a', 'b', 'a'],
  x: [1, 2, 3, 4, 5, 6, 7, 8, Number.NaN],
});

describe('a joint holding a numeric column on coarser bins', () => {
  const targets = buildTargets(data, { joints: [['s', { column: 'x', edges: [1, 4, 8] }]] });
  const joint = targets.tables[2];

  it('counts the records on the kept edges, the missing cell kept apart', () => {
    expect(tableName(joint)).toBe('s × x');
    expect(joint.shape).toEqual([3, 3]);
    // s=a: x 1,3 in [1,4); 4,7 in [4,8]; one missing. s=b: 2 in [1,4); 5,6,8 in [4,8].
    expect([...joint.counts]).toEqual([2, 2, 1, 1, 3, 0, 0, 0, 0]);
    expect(cellLabels(joint, 1)).toEqual(['a', '[4, 8]']);
    expect(jointLabel(['s', { column: 'x', edges: [1, 4, 8] }])).toBe('s × x (2 bins)');
  });

  it('maps each of the column’s cells to the coarse cell holding it', () => {
    const fine = targets.axes[1];
    expect([...(coarseMap(fine, joint.axes[1]) ?? [])]).toEqual([0, 0, 0, 1, 1, 1, 2]);
    expect(coarseMap(fine, fine)).toBeNull();
  });

  it('refuses bins that do not coarsen the column’s, naming the joint and the edge', () => {
    expect(() => buildTargets(data, { joints: [['s', { column: 'x', edges: [1, 4.5, 8] }]] })).toThrow(
      /joint "s, x".*edge 4.5 is not one of the column's bin edges/,
    );
    expect(() => buildTargets(data, { joints: [['s', { column: 'x', edges: [2, 8] }]] })).toThrow(/must start and end where the column's do/);
    expect(() => buildTargets(data, { joints: [['s', { column: 'x', edges: [1, 5, 4, 8] }]] })).toThrow(/must increase/);
    expect(() => buildTargets(data, { joints: [['x', { column: 's', edges: [1, 8] }]] })).toThrow(/"s" is categorical/);
  });
});
