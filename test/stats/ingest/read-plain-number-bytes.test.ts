import { describe, expect, it } from 'vitest';
import { readPlainNumberBytes } from '../../../src/stats/ingest/read-plain-number-bytes.ts';
import { readNumber } from '../../../src/stats/schema/numeric-text.ts';
import { createRng } from '../../../src/synth/rng.ts';

/** readPlainNumberBytes on text's UTF-8 bytes, placed inside a larger buffer so the range is what counts. */
function read(text: string): { value: number; decimals: number } | null {
  const bytes = new TextEncoder().encode(`9${text}9`);
  const out = { decimals: -1 };
  const value = readPlainNumberBytes(bytes, 1, bytes.length - 1, out);
  return Number.isNaN(value) ? null : { value, decimals: out.decimals };
}

describe('readPlainNumberBytes', () => {
  it.each([
    ['42', { value: 42, decimals: 0 }],
    ['-3.25', { value: -3.25, decimals: 2 }],
    ['+5', { value: 5, decimals: 0 }],
    ['5.', { value: 5, decimals: 0 }],
    ['0.0', { value: 0, decimals: 1 }],
    ['-12.50', { value: -12.5, decimals: 2 }],
    ['123456789012345678', { value: Number('123456789012345678'), decimals: 0 }],
    ['0.1234567890123456789', { value: Number('0.1234567890123456789'), decimals: 19 }],
  ])('reads %j as readNumber does', (text, expected) => {
    expect(read(text)).toEqual(expected);
    expect(readNumber(text)).toEqual(expected);
  });

  it('keeps the sign of -0', () => {
    expect(Object.is(read('-0')?.value, -0)).toBe(true);
  });

  // Left to readNumber, which reads some of them (spaces, exponents, a leading point) and refuses the rest.
  it.each([
    '',
    '-',
    '+',
    '.5',
    '-.5',
    ' 12',
    '12 ',
    '1e5',
    '1E-3',
    '1e400',
    '007',
    '00',
    '-01',
    '0x10',
    'NaN',
    'Infinity',
    '-Infinity',
    '1.2.3',
    '12a',
    '1,5',
    '1_000',
    '１２',
    'é1',
  ])('leaves %j to the text', (text) => {
    expect(read(text)).toBeNull();
  });

  it('agrees with readNumber, to the bit, on every spelling it reads (seeded random spellings)', () => {
    const rng = createRng(5);
    const chars = '0123456789.-+e 0123456789';
    let readCount = 0;
    for (let t = 0; t < 20_000; t++) {
      let text = '';
      const length = 1 + rng.int(22);
      for (let i = 0; i < length; i++) text += chars[rng.int(t % 2 === 0 ? 12 : chars.length)];
      const got = read(text);
      if (got === null) continue;
      readCount++;
      const want = readNumber(text);
      expect(want?.decimals, text).toBe(got.decimals);
      expect(Object.is(want?.value, got.value), text).toBe(true);
    }
    expect(readCount).toBeGreaterThan(2000);
  });
});
