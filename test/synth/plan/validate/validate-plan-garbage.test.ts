import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../../../src/synth/plan/validate/validate-plan.ts';
import { context, one, adelie } from './plan-context.ts';

describe('validatePlan on garbage', () => {
  it('caps a count of 1e12', () => {
    const { plan, repairs } = validatePlan(one({ species: 'Adelie' }, 1e12), context);
    expect(plan.proposals).toEqual([{ constraints: [adelie], count: 500 }]);
    expect(repairs).toEqual([{ kind: 'count-capped', proposal: 0, message: 'proposal 0: count 1000000000000 capped to 500' }]);
  });

  it.each([
    [-3, 'proposal 0: count -3 is not a positive number; proposal dropped'],
    [-Infinity, 'proposal 0: count -Infinity is not a positive number; proposal dropped'],
    [NaN, 'proposal 0: count NaN is not a positive number; proposal dropped'],
    [[[[]]], 'proposal 0: count [[[]]] is not a positive number; proposal dropped'],
  ])('drops the count %j', (count, message) => {
    const { plan, repairs } = validatePlan(one({ species: 'Adelie' }, count), context);
    expect(plan.proposals).toEqual([]);
    expect(repairs).toEqual([{ kind: 'bad-count', proposal: 0, message }]);
  });

  it('drops a range with -Infinity', () => {
    const { plan, repairs } = validatePlan(one({ species: 'Adelie', mass: [-Infinity, 4000] }), context);
    expect(plan.proposals).toEqual([{ constraints: [adelie], count: 10 }]);
    expect(repairs.map((r) => r.kind)).toEqual(['bad-range']);
  });

  it('reports nested garbage briefly', () => {
    const garbage = { a: { b: [1, { c: null, d: 'x'.repeat(100) }] } };
    const { plan, repairs } = validatePlan(one({ species: garbage, mass: [3000, 3500] }), context);
    expect(plan.proposals).toEqual([{ constraints: [{ kind: 'range', axis: 1, lo: 3000, hi: 3500 }], count: 10 }]);
    expect(repairs).toEqual([
      {
        kind: 'unknown-category',
        proposal: 0,
        column: 'species',
        message: `proposal 0, species: {"a":{"b":[1,{"c":null,"d":"${'x'.repeat(31)}… is not one of Adelie, Gentoo, (other), (missing), (any); constraint dropped`,
      },
    ]);
  });

  it('treats "__proto__" as an unknown column', () => {
    const { plan, repairs } = validatePlan('{"proposals":[{"values":{"__proto__":"x","species":"Adelie"},"count":1}]}', context);
    expect(plan.proposals).toEqual([{ constraints: [adelie], count: 1 }]);
    expect(repairs.map((r) => r.message)).toEqual(['proposal 0: no column "__proto__" in the targets; its value "x" dropped']);
  });

  it('keeps the first proposals of a 10,000-proposal array', () => {
    const proposals = Array.from({ length: 10_000 }, (_, i) => ({ values: { species: i % 2 ? 'Gentoo' : 'Adelie' }, count: i + 1 }));
    const { plan, repairs } = validatePlan({ proposals }, context);
    expect(plan.proposals.map((p) => p.count)).toEqual([1, 2, 3, 4]);
    expect(repairs).toEqual([{ kind: 'too-many-proposals', message: 'plan: 10000 proposals, more than 4; kept the first 4' }]);
  });

  it('survives absurd nesting and unclosed text', () => {
    const deep = `{"proposals":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(validatePlan(deep, context).plan.proposals).toEqual([]);
    expect(validatePlan('{"proposals":[{"values":', context).repairs.map((r) => r.kind)).toEqual(['not-json']);
  });
});
