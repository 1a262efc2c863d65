import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../../../src/synth/plan/validate/validate-plan.ts';
import { context, day, one, adelie } from './plan-context.ts';

describe('validatePlan: a clean plan', () => {
  it('is typed without repairs, constraints sorted by axis, "(any)" left open', () => {
    const input = {
      proposals: [
        { values: { day: ['2020-01-10', '2020-02-01'], species: 'Gentoo', mass: [3500, 4000], beak: '(any)', empty: '(missing)' }, count: 20 },
        { values: { species: '(other)', mass: '(missing)', beak: [40, 41.5], day: '(any)', empty: '(any)' }, count: 5 },
        { values: { species: '(any)', mass: '(any)', beak: '(any)', day: '(any)', empty: '(any)' }, count: 1 },
      ],
      reason: 'more Gentoo',
    };
    expect(validatePlan(input, context)).toEqual({
      plan: {
        proposals: [
          {
            constraints: [
              { kind: 'cell', axis: 0, cell: 1 },
              { kind: 'range', axis: 1, lo: 3500, hi: 4000 },
              { kind: 'range', axis: 3, lo: day('2020-01-10'), hi: day('2020-02-01') },
              { kind: 'missing', axis: 4 },
            ],
            count: 20,
          },
          {
            constraints: [
              { kind: 'cell', axis: 0, cell: 2 },
              { kind: 'missing', axis: 1 },
              { kind: 'range', axis: 2, lo: 40, hi: 41.5 },
            ],
            count: 5,
          },
          { constraints: [], count: 1 },
        ],
        reason: 'more Gentoo',
      },
      repairs: [],
    });
  });

  it.each([
    ['JSON text', '{"proposals":[{"values":{"species":"Adelie"},"count":3}]}'],
    ['a ```json fence', 'Sure!\n```json\n{"proposals":[{"values":{"species":"Adelie"},"count":3}]}\n```'],
    ['prose around it, braces in strings', 'Plan: {"proposals":[{"values":{"species":"Adelie"},"count":3}],"reason":"a } b"} and {more}'],
  ])('reads %s', (_, text) => {
    const { plan, repairs } = validatePlan(text, context);
    expect(plan.proposals).toEqual([{ constraints: [adelie], count: 3 }]);
    expect(repairs).toEqual([]);
  });

  it('takes dates as milliseconds too', () => {
    const { plan } = validatePlan(one({ day: [day('2020-01-10'), day('2020-01-20')] }), context);
    expect(plan.proposals).toEqual([{ constraints: [{ kind: 'range', axis: 3, lo: day('2020-01-10'), hi: day('2020-01-20') }], count: 10 }]);
  });
});
