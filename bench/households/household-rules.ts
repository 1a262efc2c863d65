import type { Household, Person, Population } from './population.ts';
import type { Reference } from './reference.ts';

export type RuleLevel = 'household' | 'person';

export interface HouseholdRule {
  readonly id: string;
  readonly level: 'household';
  readonly definition: string;
  /** True when the household breaks the rule. `keyCount` counts each key over the households table. */
  readonly broken: (h: Household, context: { reference: Reference; keyCount: ReadonlyMap<string, number> }) => boolean;
}

export interface PersonRule {
  readonly id: string;
  readonly level: 'person';
  readonly definition: string;
  readonly broken: (p: Person, context: { reference: Reference; householdKeys: ReadonlySet<string> }) => boolean;
}

const within = (v: number, range: { min: number; max: number }) => Number.isFinite(v) && v >= range.min && v <= range.max;
const count = (h: Household, test: (p: Person) => boolean) => h.members.filter(test).length;

/**
 * Realism rules across the two levels (bench/data/households/README.md,
 * "Scoring"). workers_in_family 3 means "3 or more", so ≤ holds for it too.
 */
export const HOUSEHOLD_RULES: readonly HouseholdRule[] = [
  { id: 'member-count', level: 'household', definition: 'members (persons with its hh_id) = hh_size', broken: (h) => h.members.length !== h.size },
  { id: 'adult', level: 'household', definition: 'at least one member aged 18 or more', broken: (h) => !h.members.some((p) => p.age >= 18) },
  {
    id: 'own-children',
    level: 'household',
    definition: 'num_own_children ≤ members under 18',
    broken: (h) => !(h.children <= count(h, (p) => p.age < 18)),
  },
  {
    id: 'workers',
    level: 'household',
    definition: 'workers_in_family ≤ members aged 16 or more',
    broken: (h) => !(h.workers <= count(h, (p) => p.age >= 16)),
  },
  {
    id: 'vehicles-range',
    level: 'household',
    definition: 'num_vehicles a whole number in the real range (0–6)',
    broken: (h, { reference }) => !(Number.isInteger(h.vehicles) && within(h.vehicles, reference.vehicles)),
  },
  {
    id: 'income-range',
    level: 'household',
    definition: 'family_income within the real minimum and maximum',
    broken: (h, { reference }) => !within(h.income, reference.income),
  },
  {
    id: 'counts-valid',
    level: 'household',
    definition: 'hh_size, num_own_children and workers_in_family whole numbers in their real ranges',
    broken: (h, { reference: r }) =>
      ![[h.size, r.size] as const, [h.children, r.children] as const, [h.workers, r.workers] as const].every(
        ([v, range]) => Number.isInteger(v) && within(v, range),
      ),
  },
  {
    id: 'key-unique',
    level: 'household',
    definition: 'hh_id present and used by no other household',
    broken: (h, { keyCount }) => h.key === null || (keyCount.get(h.key) ?? 0) !== 1,
  },
];

export const PERSON_RULES: readonly PersonRule[] = [
  {
    id: 'no-orphan',
    level: 'person',
    definition: "the person's hh_id is a household's",
    broken: (p, { householdKeys }) => p.key === null || !householdKeys.has(p.key),
  },
  {
    id: 'age-valid',
    level: 'person',
    definition: 'age a whole number in the real range',
    broken: (p, { reference }) => !(Number.isInteger(p.age) && within(p.age, reference.age)),
  },
  {
    id: 'sex-valid',
    level: 'person',
    definition: 'sex one of the real categories',
    broken: (p, { reference }) => p.sex === null || !reference.sexes.has(p.sex),
  },
  {
    id: 'race-valid',
    level: 'person',
    definition: 'race one of the real categories',
    broken: (p, { reference }) => p.race === null || !reference.races.has(p.race),
  },
];

export interface RuleViolations {
  /** Share of households breaking at least one household rule, and of persons at least one person rule. */
  readonly household: number;
  readonly person: number;
  /** Per rule: the share of its level's records breaking it. */
  readonly rules: readonly { readonly id: string; readonly level: RuleLevel; readonly share: number; readonly count: number }[];
}

export function ruleViolations(population: Population, reference: Reference): RuleViolations {
  const { households, persons } = population;
  const keyCount = new Map<string, number>();
  for (const h of households) if (h.key !== null) keyCount.set(h.key, (keyCount.get(h.key) ?? 0) + 1);
  const householdKeys = new Set(keyCount.keys());
  const hBroken = households.map((h) => HOUSEHOLD_RULES.map((rule) => rule.broken(h, { reference, keyCount })));
  const pBroken = persons.map((p) => PERSON_RULES.map((rule) => rule.broken(p, { reference, householdKeys })));
  const shareOf = (n: number, of: number) => (of === 0 ? 0 : n / of);
  const column = (rows: readonly boolean[][], j: number) => rows.filter((r) => r[j]).length;
  return {
    household: shareOf(hBroken.filter((r) => r.some(Boolean)).length, households.length),
    person: shareOf(pBroken.filter((r) => r.some(Boolean)).length, persons.length),
    rules: [
      ...HOUSEHOLD_RULES.map((rule, j) => ({
        id: rule.id,
        level: rule.level,
        count: column(hBroken, j),
        share: shareOf(column(hBroken, j), households.length),
      })),
      ...PERSON_RULES.map((rule, j) => ({ id: rule.id, level: rule.level, count: column(pBroken, j), share: shareOf(column(pBroken, j), persons.length) })),
    ],
  };
}
