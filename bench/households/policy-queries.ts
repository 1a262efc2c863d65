import type { Household, Person, Population } from './population.ts';
import { medianOf } from './quantile.ts';
import type { Reference } from './reference.ts';

/** The paper's six categories of policy questions (LLMSynthor §4.3). */
export const CATEGORIES = ['demography', 'composition', 'employment', 'equity', 'mobility', 'vulnerability'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface PolicyQuery {
  readonly id: string;
  readonly category: Category;
  /** The definition, as docs/households-bench.md lists it. */
  readonly definition: string;
  /** Households are read with their members (joined on hh_id); persons are every person row. */
  readonly value: (population: Population, reference: Reference) => number;
}

const CHILD_AGE = 18;
const ELDER_AGE = 65;
/** Three generations: three members, each at least this many years older than the next. */
const GENERATION_GAP = 15;

const share = <T>(items: readonly T[], test: (item: T) => boolean): number => (items.length === 0 ? Number.NaN : items.filter(test).length / items.length);
const mean = (values: readonly number[]): number => (values.length === 0 ? Number.NaN : values.reduce((s, v) => s + v, 0) / values.length);
const hasChild = (h: Household) => h.members.some((p) => p.age < CHILD_AGE);
const hasElder = (h: Household) => h.members.some((p) => p.age >= ELDER_AGE);
const lowIncome = (h: Household, r: Reference) => h.income < r.lowIncome;
const persons = (population: Population): readonly Person[] => population.persons;

/** Some member is ≥ 15 years younger than another and ≥ 15 years older than a third. */
export function isMultigenerational(h: Household): boolean {
  const ages = h.members.map((p) => p.age).filter(Number.isFinite);
  if (ages.length < 3) return false;
  const youngest = Math.min(...ages);
  const oldest = Math.max(...ages);
  return ages.some((a) => a - youngest >= GENERATION_GAP && oldest - a >= GENERATION_GAP);
}

/** Policy queries in the spirit of the paper's 16 (its own are not published with data we have). */
export const POLICY_QUERIES: readonly PolicyQuery[] = [
  // Demography: the persons.
  { id: 'mean-age', category: 'demography', definition: 'mean age of persons', value: (p) => mean(persons(p).map((x) => x.age)) },
  { id: 'share-under-18', category: 'demography', definition: 'share of persons under 18', value: (p) => share(persons(p), (x) => x.age < CHILD_AGE) },
  { id: 'share-65-plus', category: 'demography', definition: 'share of persons aged 65 or more', value: (p) => share(persons(p), (x) => x.age >= ELDER_AGE) },
  { id: 'share-female', category: 'demography', definition: 'share of persons female', value: (p) => share(persons(p), (x) => x.sex === 'Female') },
  {
    id: 'share-non-white',
    category: 'demography',
    definition: 'share of persons whose race is not White',
    value: (p) => share(persons(p), (x) => x.race !== 'White'),
  },
  // Household composition.
  { id: 'mean-size', category: 'composition', definition: 'mean hh_size', value: (p) => mean(p.households.map((h) => h.size)) },
  { id: 'share-2-person', category: 'composition', definition: 'share of households with hh_size = 2', value: (p) => share(p.households, (h) => h.size === 2) },
  { id: 'share-with-children', category: 'composition', definition: 'share of households with a member under 18', value: (p) => share(p.households, hasChild) },
  {
    id: 'share-multigenerational',
    category: 'composition',
    definition:
      'share of households with three members each ≥ 15 years older than the next (some member ≥ 15 years younger than another and ≥ 15 years older than a third)',
    value: (p) => share(p.households, isMultigenerational),
  },
  // Employment.
  {
    id: 'share-dual-earner',
    category: 'employment',
    definition: 'share of households with workers_in_family ≥ 2',
    value: (p) => share(p.households, (h) => h.workers >= 2),
  },
  {
    id: 'share-no-workers',
    category: 'employment',
    definition: 'share of households with workers_in_family = 0',
    value: (p) => share(p.households, (h) => h.workers === 0),
  },
  {
    id: 'workers-per-working-age',
    category: 'employment',
    definition: 'sum of workers_in_family over the number of persons aged 16–64',
    value: (p) => p.households.reduce((s, h) => s + h.workers, 0) / persons(p).filter((x) => x.age >= 16 && x.age < ELDER_AGE).length,
  },
  // Equity: income across groups.
  { id: 'median-income', category: 'equity', definition: 'median family_income', value: (p) => medianOf(p.households.map((h) => h.income)) },
  {
    id: 'median-income-elder',
    category: 'equity',
    definition: 'median family_income of households with a member aged 65 or more',
    value: (p) => medianOf(p.households.filter(hasElder).map((h) => h.income)),
  },
  {
    id: 'income-ratio-children',
    category: 'equity',
    definition: 'median family_income of households with a member under 18 over that of households without',
    value: (p) => medianOf(p.households.filter(hasChild).map((h) => h.income)) / medianOf(p.households.filter((h) => !hasChild(h)).map((h) => h.income)),
  },
  {
    id: 'median-income-per-member',
    category: 'equity',
    definition: 'median of family_income / hh_size',
    value: (p) => medianOf(p.households.map((h) => h.income / h.size)),
  },
  // Mobility.
  {
    id: 'share-no-vehicle',
    category: 'mobility',
    definition: 'share of households with num_vehicles = 0',
    value: (p) => share(p.households, (h) => h.vehicles === 0),
  },
  { id: 'mean-vehicles', category: 'mobility', definition: 'mean num_vehicles', value: (p) => mean(p.households.map((h) => h.vehicles)) },
  {
    id: 'share-fewer-vehicles-than-workers',
    category: 'mobility',
    definition: 'share of households with num_vehicles < workers_in_family',
    value: (p) => share(p.households, (h) => h.vehicles < h.workers),
  },
  // Vulnerability: low income is family_income below the real data's 25th percentile (fixed once).
  {
    id: 'share-no-vehicle-low-income',
    category: 'vulnerability',
    definition: 'share of households with num_vehicles = 0 and low income',
    value: (p, r) => share(p.households, (h) => h.vehicles === 0 && lowIncome(h, r)),
  },
  {
    id: 'share-elder-low-income',
    category: 'vulnerability',
    definition: 'share of households with a member aged 65 or more and low income',
    value: (p, r) => share(p.households, (h) => hasElder(h) && lowIncome(h, r)),
  },
  {
    id: 'share-children-low-income',
    category: 'vulnerability',
    definition: 'share of households with a member under 18 and low income',
    value: (p, r) => share(p.households, (h) => hasChild(h) && lowIncome(h, r)),
  },
];
