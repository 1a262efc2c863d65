import { CATEGORIES, POLICY_QUERIES, type Category } from './policy-queries.ts';
import type { Population } from './population.ts';
import type { Reference } from './reference.ts';

export interface QueryError {
  readonly id: string;
  readonly category: Category;
  readonly real: number;
  readonly synthetic: number;
  /** |synthetic − real| / |real|; the plain |synthetic − real| when real is 0 (`absolute`). NaN when either is undefined. */
  readonly error: number;
  readonly absolute: boolean;
}

export interface QueryErrors {
  readonly queries: readonly QueryError[];
  /** Mean error of each category's queries, skipping NaN. */
  readonly categories: Readonly<Record<Category, number>>;
  /** Mean error over all queries, skipping NaN. */
  readonly overall: number;
}

export function relativeError(real: number, synthetic: number): { error: number; absolute: boolean } {
  if (real === 0) return { error: Math.abs(synthetic), absolute: true };
  return { error: Math.abs(synthetic - real) / Math.abs(real), absolute: false };
}

/** Every policy query on both populations and its relative error, by category and overall. */
export function queryErrors(options: { real: Population; synthetic: Population; reference: Reference }): QueryErrors {
  const { real, synthetic, reference } = options;
  const queries = POLICY_QUERIES.map((q): QueryError => {
    const r = q.value(real, reference);
    const s = q.value(synthetic, reference);
    return { id: q.id, category: q.category, real: r, synthetic: s, ...relativeError(r, s) };
  });
  return summarize(queries);
}

/** Category and overall means of per-query errors (e.g. per-query medians over seeds). */
export function summarize(queries: readonly QueryError[]): QueryErrors {
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, meanFinite(queries.filter((q) => q.category === c).map((q) => q.error))])) as Record<
    Category,
    number
  >;
  return { queries, categories, overall: meanFinite(queries.map((q) => q.error)) };
}

function meanFinite(values: readonly number[]): number {
  const finite = values.filter(Number.isFinite);
  return finite.length === 0 ? Number.NaN : finite.reduce((s, v) => s + v, 0) / finite.length;
}
