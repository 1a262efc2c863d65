import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOUSEHOLD_RULES, PERSON_RULES, ruleViolations } from '../../bench/households/household-rules.ts';
import { identicalShare } from '../../bench/households/identical-households.ts';
import { independentHouseholds } from '../../bench/households/independent-households.ts';
import { loadHouseholds } from '../../bench/households/load-households.ts';
import { isMultigenerational, POLICY_QUERIES } from '../../bench/households/policy-queries.ts';
import { populationOf, type Household, type Person, type Population } from '../../bench/households/population.ts';
import { queryErrors, relativeError } from '../../bench/households/query-errors.ts';
import { referenceOf } from '../../bench/households/reference.ts';
import { splitHouseholds } from '../../bench/households/split-households.ts';

const data = await loadHouseholds();
const real = populationOf(data);
const reference = referenceOf(real);

const person = (key: string, age: number, sex = 'Female', race = 'White'): Person => ({ key, age, sex, race });
const household = (key: string, members: Person[], over: Partial<Household> = {}): Household => ({
  key,
  size: members.length,
  vehicles: 1,
  income: 50000,
  children: 0,
  workers: 1,
  members,
  ...over,
});
const withHousehold = (population: Population, h: Household, extra: readonly Person[] = h.members): Population => ({
  households: [...population.households, h],
  persons: [...population.persons, ...extra],
});
const brokenRules = (population: Population) =>
  ruleViolations(population, reference)
    .rules.filter((r) => r.count > 0)
    .map((r) => r.id);

describe('households bench data', () => {
  it('reads 2,088 households and 5,705 persons, every household with hh_size members', () => {
    expect(real.households).toHaveLength(2088);
    expect(real.persons).toHaveLength(5705);
    expect(real.households.every((h) => h.members.length === h.size)).toBe(true);
  });

  it('the real data break no rule', () => {
    const v = ruleViolations(real, reference);
    expect(brokenRules(real)).toEqual([]);
    expect([v.household, v.person]).toEqual([0, 0]);
  });
});

describe('household rules', () => {
  it('catch a planted household with a child alone, too many workers and a member missing', () => {
    const alone = household('9001', [person('9001', 10)], { size: 2, children: 2, workers: 2 });
    const v = ruleViolations(withHousehold(real, alone), reference);
    expect(brokenRules(withHousehold(real, alone))).toEqual(['member-count', 'adult', 'own-children', 'workers']);
    expect(v.household).toBeCloseTo(1 / 2089, 12);
    expect(v.person).toBe(0);
  });

  it('catch orphans, repeated keys, out-of-range values and unknown categories', () => {
    const orphan = person('no-such-household', 40, 'Unknown');
    // A second household "1" (members as built here; the join would give it household 1's too).
    expect(brokenRules(withHousehold(real, household('1', [person('1', 30), person('1', 31)]), [orphan]))).toEqual(['key-unique', 'no-orphan', 'sex-valid']);
    const odd = household('9002', [person('9002', 40, 'Male', 'Martian'), person('9002', 41.5)], { vehicles: 7, income: 1e7, size: 2 });
    expect(brokenRules(withHousehold(real, odd))).toEqual(['vehicles-range', 'income-range', 'age-valid', 'race-valid']);
  });
});

describe('policy queries', () => {
  it('number at least 16 in all six categories, each defined on the real data', () => {
    expect(POLICY_QUERIES.length).toBeGreaterThanOrEqual(16);
    expect(new Set(POLICY_QUERIES.map((q) => q.category)).size).toBe(6);
    for (const q of POLICY_QUERIES) expect(Number.isFinite(q.value(real, reference)), q.id).toBe(true);
  });

  it('score the real data against itself as exact, and use the absolute error where the real value is 0', () => {
    expect(queryErrors({ real, synthetic: real, reference }).overall).toBe(0);
    expect(relativeError(0, 0.25)).toEqual({ error: 0.25, absolute: true });
    expect(relativeError(2, 3)).toEqual({ error: 0.5, absolute: false });
  });

  it('call a household multigenerational only across three generations 15 years apart', () => {
    expect(isMultigenerational(household('a', [person('a', 70), person('a', 45), person('a', 12)]))).toBe(true);
    expect(isMultigenerational(household('b', [person('b', 70), person('b', 60), person('b', 12)]))).toBe(false);
    expect(isMultigenerational(household('c', [person('c', 45), person('c', 12)]))).toBe(false);
  });
});

describe('halves, floor and copies', () => {
  it('split the real households into two disjoint halves with their persons, the same for a seed', () => {
    const { a, b } = splitHouseholds(real, 13);
    expect([a.households.length, b.households.length]).toEqual([1044, 1044]);
    expect(a.persons.length + b.persons.length).toBe(5705);
    expect(splitHouseholds(real, 13).a.households.map((h) => h.key)).toEqual(a.households.map((h) => h.key));
    expect(identicalShare({ real: a, synthetic: real })).toBe(0.5);
  });

  it('the independent floor has the exact household count, hh_size members each and no orphans', () => {
    const floor = populationOf(independentHouseholds({ data, rows: 2088, seed: 1 }));
    const v = ruleViolations(floor, reference);
    const rule = (id: string) => v.rules.find((r) => r.id === id)?.count;
    expect(floor.households).toHaveLength(2088);
    expect([rule('member-count'), rule('no-orphan'), rule('key-unique')]).toEqual([0, 0, 0]);
    expect(populationOf(independentHouseholds({ data, rows: 2088, seed: 1 })).persons).toEqual(floor.persons);
  });
});

describe('docs/households-bench.md', () => {
  it('lists every policy query and rule with the definition the bench uses', () => {
    const doc = readFileSync(new URL('../../docs/households-bench.md', import.meta.url), 'utf8');
    for (const q of POLICY_QUERIES) expect(doc, q.id).toContain(`| ${q.category} | \`${q.id}\` | ${q.definition} |`);
    for (const r of [...HOUSEHOLD_RULES, ...PERSON_RULES]) expect(doc, r.id).toContain(`| ${r.level} | \`${r.id}\` | ${r.definition} |`);
  });
});
