import { describe, expect, it } from 'vitest';
import { isMissingToken, MISSING_TOKENS } from '../../../src/stats/schema/missing-tokens.ts';

const cases: [string, boolean][] = [
  ...MISSING_TOKENS.map((t): [string, boolean] => [t, true]),
  ['.', false],
  ['None', false],
  ['na', false],
  [' NA', false],
  ['0', false],
];

describe('isMissingToken', () => {
  it.each(cases)('%j → %s', (text, expected) => {
    expect(isMissingToken(text)).toBe(expected);
  });
});
