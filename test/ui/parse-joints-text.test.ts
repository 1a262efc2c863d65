import { describe, expect, it } from 'vitest';
import { jointsToText, parseJointsText } from '../../src/ui/parse-joints-text.ts';

describe('parseJointsText', () => {
  it.each([
    ['', null],
    ['   ', null],
    ['none', []],
    ['NONE', []],
    ['a,b', [['a', 'b']]],
    [
      'a, b; c ,d,e',
      [
        ['a', 'b'],
        ['c', 'd', 'e'],
      ],
    ],
    [
      'Species, Island; ; Body Mass (g),Sex;',
      [
        ['Species', 'Island'],
        ['Body Mass (g)', 'Sex'],
      ],
    ],
  ])('%j → %j', (text, groups) => {
    expect(parseJointsText(text)).toEqual(groups);
  });

  it('round-trips with jointsToText', () => {
    const groups = [
      ['Species', 'Island'],
      ['Sex', 'Body Mass (g)'],
    ];
    expect(jointsToText(groups)).toBe('Species, Island; Sex, Body Mass (g)');
    expect(parseJointsText(jointsToText(groups))).toEqual(groups);
    expect(parseJointsText(jointsToText([]))).toEqual([]);
  });
});
