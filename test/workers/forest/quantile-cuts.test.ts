import { describe, expect, it } from 'vitest';
import { MISSING_LEVEL, levelOf, quantileCuts } from '../../../src/workers/forest/quantile-cuts.ts';

const levels = (values: readonly number[], maxLevels: number) => {
  const cuts = quantileCuts(values, maxLevels);
  return values.map((v) => levelOf(cuts, v));
};

describe('quantileCuts and levelOf', () => {
  it('few distinct values: one level each, in order; missing below them all', () => {
    expect(levels([5, 1, Number.NaN, 1, 3], 4)).toEqual([2, 0, MISSING_LEVEL, 0, 1]);
    expect(MISSING_LEVEL).toBeLessThan(0);
  });

  it('many values: at most maxLevels levels of about equal count', () => {
    const values = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    const counts = new Map<number, number>();
    for (const level of levels(values, 8)) counts.set(level, (counts.get(level) ?? 0) + 1);
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect([...counts.values()]).toEqual(Array(8).fill(125));
  });

  it('equal values share a level, however many there are', () => {
    const values = [...Array(90).fill(0), ...Array.from({ length: 10 }, (_, i) => i + 1)];
    const level = levels(values, 4);
    expect(new Set(level.slice(0, 90))).toEqual(new Set([0]));
    expect(Math.min(...level.slice(90))).toBeGreaterThan(0);
  });

  it('a value between or beyond the training values gets the level of its neighbours below', () => {
    const cuts = quantileCuts([1, 2, 3], 4);
    expect([0, 1.5, 2, 99].map((v) => levelOf(cuts, v))).toEqual([0, 0, 1, 2]);
  });
});
