import { describe, expect, it } from 'vitest';
import { readablePlan } from '../../src/ui/readable-plan.ts';

describe('readablePlan', () => {
  it('turns proposals into cards: categories as written, ranges as "lo to hi"', () => {
    const written = {
      proposals: [
        { values: { Species: 'Adelie', 'Body Mass (g)': [3000, 3500] }, count: 12 },
        { values: {}, count: 40 },
      ],
    };
    expect(readablePlan(written)).toEqual([
      {
        count: 12,
        values: [
          { column: 'Species', text: 'Adelie' },
          { column: 'Body Mass (g)', text: '3000 to 3500' },
        ],
      },
      { count: 40, values: [] },
    ]);
  });

  it('reads a plan written as JSON text', () => {
    expect(readablePlan('{"proposals":[{"values":{"a":"x"},"count":3}]}')).toEqual([{ count: 3, values: [{ column: 'a', text: 'x' }] }]);
  });

  it.each([null, 'not json', 42, { proposals: 'x' }, []])('gives no cards for %j', (written) => {
    expect(readablePlan(written)).toEqual([]);
  });

  it('shows odd values as JSON and a missing count as NaN rather than dropping them', () => {
    expect(readablePlan({ proposals: [{ values: { a: { b: 1 } } }, 'junk'] })).toEqual([{ count: Number.NaN, values: [{ column: 'a', text: '{"b":1}' }] }]);
  });
});
