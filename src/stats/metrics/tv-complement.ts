import type { CategoricalColumn } from '../column.ts';
import { alignCategories } from './align-categories.ts';
import { countCodes } from '../count-codes.ts';

/** SDMetrics get_frequencies: regularisation for categories unseen in real. */
const UNSEEN_PSEUDO_COUNT = 1e-6;

/**
 * SDMetrics TVComplement (0.29.0): 1 - TVD between the category frequencies of
 * the non-missing values (missing dropped on each side, so missingness is not
 * scored). A category only synthetic has gets a 1e-6 pseudo-count in real,
 * which also enters the real denominator. NaN when either side has no value
 * (SDMetrics divides by zero there and the report records NaN).
 */
export function tvComplement(real: CategoricalColumn, synthetic: CategoricalColumn): number {
  const { codes, labels } = alignCategories([real, synthetic]);
  const realCounts = countCodes(codes[0], labels.length);
  const synCounts = countCodes(codes[1], labels.length);
  let realTotal = 0;
  let synTotal = 0;
  for (let k = 1; k < labels.length; k++) {
    if (realCounts[k] === 0 && synCounts[k] > 0) realCounts[k] = UNSEEN_PSEUDO_COUNT;
    realTotal += realCounts[k];
    synTotal += synCounts[k];
  }
  if (synTotal === 0 || realTotal === 0) return Number.NaN;
  let variation = 0;
  for (let k = 1; k < labels.length; k++) {
    if (realCounts[k] === 0) continue;
    variation += Math.abs(synCounts[k] / synTotal - realCounts[k] / realTotal);
  }
  return 1 - 0.5 * variation;
}
