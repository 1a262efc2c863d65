import { quantile } from './quantile.ts';
import type { Population } from './population.ts';

/**
 * What the real data fixes once, so every method is judged against the same
 * lines: the low-income threshold of the policy queries and the ranges and
 * categories of the rules.
 */
export interface Reference {
  /** 25th percentile of the real family income (linear interpolation); "low income" is strictly below it. */
  readonly lowIncome: number;
  readonly income: { readonly min: number; readonly max: number };
  readonly age: { readonly min: number; readonly max: number };
  /** Real ranges of the household counts (all whole numbers). */
  readonly size: { readonly min: number; readonly max: number };
  readonly vehicles: { readonly min: number; readonly max: number };
  readonly children: { readonly min: number; readonly max: number };
  readonly workers: { readonly min: number; readonly max: number };
  readonly sexes: ReadonlySet<string>;
  readonly races: ReadonlySet<string>;
}

export function referenceOf(real: Population): Reference {
  const incomes = real.households.map((h) => h.income);
  const range = (values: readonly number[]) => ({ min: Math.min(...values), max: Math.max(...values) });
  const categories = (values: readonly (string | null)[]) => new Set(values.filter((v): v is string => v !== null));
  return {
    lowIncome: quantile(incomes, 0.25),
    income: range(incomes),
    age: range(real.persons.map((p) => p.age)),
    size: range(real.households.map((h) => h.size)),
    vehicles: range(real.households.map((h) => h.vehicles)),
    children: range(real.households.map((h) => h.children)),
    workers: range(real.households.map((h) => h.workers)),
    sexes: categories(real.persons.map((p) => p.sex)),
    races: categories(real.persons.map((p) => p.race)),
  };
}
