import { describe, expect, it } from 'vitest';
import { chooseJoints } from '../../../src/synth/structure/choose-joints.ts';

const cells = new Map([
  ['a', 4],
  ['b', 3],
  ['c', 100],
  ['d', 100],
  ['e', 2],
]);
const pair = (a: string, b: string, cramersV: number) => ({ a, b, cramersV, mi: 0 });

describe('chooseJoints', () => {
  it('keeps the user groups first, adds planner groups, then the strongest uncovered pairs', () => {
    const joints = chooseJoints({
      user: [['a', 'b']],
      planner: [['b', 'e'], ['a', 'b']],
      ranked: [pair('a', 'b', 0.9), pair('c', 'd', 0.8), pair('a', 'e', 0.5), pair('b', 'c', 0.4), pair('d', 'e', 0.3)],
      cells,
      maxCells: 1000,
      maxRanked: 2,
    });
    // a,b covered by the user; c×d has 10,000 cells > 1,000; so a,e and b,c are the two ranked additions.
    expect(joints).toEqual([['a', 'b'], ['b', 'e'], ['a', 'e'], ['b', 'c']]);
  });

  it('drops unknown columns from planner groups and stops at weak pairs', () => {
    const joints = chooseJoints({
      planner: [['a', 'zzz'], ['zzz', 'b', 'e']],
      ranked: [pair('a', 'c', 0.05)],
      cells,
    });
    expect(joints).toEqual([['b', 'e']]);
  });
});
