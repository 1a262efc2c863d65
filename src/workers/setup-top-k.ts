import { InputError } from '../stats/input-error.ts';
import { MAX_AXIS_CATEGORIES } from '../stats/stats-json/stats-json-limits.ts';
import { DEFAULT_TOP_K } from '../stats/tables/categorical-axis.ts';
import type { SetupOptions } from './synth-api.ts';

/**
 * The categories a run keeps per categorical column (the rest pool into "(other)"), checked before
 * any work: a whole number from 1 to MAX_AXIS_CATEGORIES, DEFAULT_TOP_K when the setup has none
 * (runs and checkpoints saved before the setting).
 */
export function setupTopK(setup: Pick<SetupOptions, 'topK'>): number {
  const { topK } = setup;
  if (topK === undefined) return DEFAULT_TOP_K;
  if (!(Number.isInteger(topK) && topK >= 1 && topK <= MAX_AXIS_CATEGORIES)) {
    throw new InputError(`setup: categories kept per column must be a whole number from 1 to ${MAX_AXIS_CATEGORIES.toLocaleString('en')}, got ${String(topK)}`);
  }
  return topK;
}
