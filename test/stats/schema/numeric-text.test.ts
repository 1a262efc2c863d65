import { describe, expect, it } from 'vitest';
import { readNumber, summarizeNumbers } from '../../../src/stats/schema/numeric-text.ts';
import { createRng } from '../../../src/synth/rng.ts';

describe('readNumber', () => {
  it.each([
    ['42', { value: 42, decimals: 0 }],
    ['-3.25', { value: -3.25, decimals: 2 }],
    ['+.5', { value: 0.5, decimals: 1 }],
    ['0.0', { value: 0, decimals: 1 }],
    ['1.5e-3', { value: 0.0015, decimals: 4 }],
    ['12E2', { value: 1200, decimals: 0 }],
    [' 7 ', { value: 7, decimals: 0 }],
    ['0', { value: 0, decimals: 0 }],
    ['007', null],
    ['1,5', null],
    ['1e', null],
    ['Infinity', null],
    ['0x10', null],
    ['', null],
    ['.', null],
  ])('%j', (text, expected) => {
    expect(readNumber(text)).toEqual(expected);
  });
});

describe('summarizeNumbers', () => {
  it.each([
    [['1', '2'], { integer: true, decimals: 0, fixedDecimals: true }],
    [['18', '18.7'], { integer: false, decimals: 1, fixedDecimals: false }],
    [['3.0'], { integer: false, decimals: 1, fixedDecimals: true }],
    [['0.0', '12.8', '10.25'], { integer: false, decimals: 2, fixedDecimals: false }],
    [[], { integer: true, decimals: 0, fixedDecimals: true }],
    [['1', 'x'], null],
  ])('%j', (values, expected) => {
    expect(summarizeNumbers(values)).toEqual(expected);
  });
});

describe('readNumber without regexes for plain spellings', () => {
  // The rule as the regexes state it, for every spelling.
  const NUMBER = /^\s*[+-]?(?:\d+(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d+))?\s*$/;
  const reference = (text: string) => {
    const m = NUMBER.exec(text);
    if (m === null || /^\s*[+-]?0\d/.test(text)) return null;
    const fraction = (m[1] ?? m[2] ?? '').length;
    return { value: Number(text), decimals: Math.max(0, fraction - (m[3] === undefined ? 0 : Number(m[3]))) };
  };

  it('agrees with the regexes, to the bit, on seeded random spellings', () => {
    const rng = createRng(3);
    const chars = '0123456789.-+e 1234567890';
    for (let t = 0; t < 20_000; t++) {
      let text = '';
      const length = 1 + rng.int(19);
      for (let i = 0; i < length; i++) text += chars[rng.int(t % 2 === 0 ? 11 : chars.length)];
      const got = readNumber(text);
      const want = reference(text);
      expect(got === null ? null : got.decimals, text).toBe(want === null ? null : want.decimals);
      if (got !== null && want !== null) expect(Object.is(got.value, want.value), text).toBe(true);
    }
  });
});
