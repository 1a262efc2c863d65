import { describe, expect, it } from 'vitest';
import { readNumber, summarizeNumbers } from '../../../src/stats/schema/numeric-text.ts';

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
