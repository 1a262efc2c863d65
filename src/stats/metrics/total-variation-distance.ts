import type { CategoricalColumn } from '../column.ts';
import { alignCategories } from './align-categories.ts';
import { countCodes } from '../count-codes.ts';
import { assertSameLength, normalizeCounts } from './normalize-counts.ts';

/**
 * Total variation distance 0.5 * sum |p_i - q_i| between two distributions
 * over the same cells, given as counts or shares (each normalised to 1).
 * The paper's marginal fidelity measure (LLMSynthor, arXiv 2505.14752, evaluation).
 */
export function totalVariationDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  assertSameLength(p, q, 'total variation distance');
  const a = normalizeCounts(p, 'total variation distance');
  const b = normalizeCounts(q, 'total variation distance');
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
  return 0.5 * sum;
}

/**
 * TVD between the category distributions of two columns, matched by written
 * value; missing counts as a category of its own (as in our target tables).
 */
export function categoricalTotalVariation(a: CategoricalColumn, b: CategoricalColumn): number {
  const { codes, labels } = alignCategories([a, b]);
  return totalVariationDistance(countCodes(codes[0], labels.length), countCodes(codes[1], labels.length));
}
