import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/stats/export/format-number.ts';
import type { NumericSchema } from '../../../src/stats/schema.ts';

describe('formatNumber', () => {
  it.each([
    [-0, { decimals: 0 }, '0'],
    [1e15, { decimals: 0 }, '1000000000000000'],
    [18, { decimals: 2 }, '18'],
    [18, { decimals: 1, fixedDecimals: true }, '18.0'],
    [40.3, { decimals: 2 }, '40.3'],
    [-12.5, { decimals: 3 }, '-12.5'],
    [2.5, { decimals: 0 }, '3'],
    [-0.004, { decimals: 2 }, '0'],
    [-0.004, { decimals: 2, fixedDecimals: true }, '0.00'],
    [1e-7, { decimals: 3 }, '0'],
    [1e21, { decimals: 0 }, '1e+21'],
    [Number.NaN, { decimals: 2 }, ''],
  ])('writes %d with %j as %j', (value, schema, text) => {
    const column: NumericSchema = { name: 'x', included: true, kind: 'numeric', integer: false, ...schema };
    expect(formatNumber(value, column)).toBe(text);
  });
});
