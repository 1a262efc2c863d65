import type { CategoricalColumn } from '../column.ts';
import type { CategoricalAxis } from './axis.ts';
import { MISSING_LABEL, OTHER_LABEL } from './axis.ts';

/** Default bound on the categories of one axis; rarer ones pool into "(other)". */
export const DEFAULT_TOP_K = 50;

/** A categorical axis over given categories (e.g. read back from stats.json). */
export function categoricalAxis(options: { column: string; categories: readonly string[]; other: boolean }): CategoricalAxis {
  const { column, categories, other } = options;
  const labels = [...categories, ...(other ? [OTHER_LABEL] : []), MISSING_LABEL];
  return { kind: 'categorical', column, categories: [...categories], other, labels };
}

/**
 * The axis of a categorical column: the categories that occur, most frequent
 * first (ties in dictionary order), bounded to the top `topK`, the rest pooled
 * into one "(other)" cell so a 5,000-category column does not make a 5,000-row
 * table in every joint it is part of. Categories rarer than `minCount` are
 * pooled too (disclosure control).
 */
export function categoricalAxisOf(column: CategoricalColumn, options: { topK?: number; minCount?: number } = {}): CategoricalAxis {
  const minCount = options.minCount ?? 1;
  const topK = options.topK ?? DEFAULT_TOP_K;
  if (!Number.isInteger(topK) || topK < 1) throw new RangeError(`tables: topK must be a positive integer, got ${topK}`);
  const freq = new Float64Array(column.dictionary.length);
  for (let i = 0; i < column.codes.length; i++) freq[column.codes[i]]++;
  freq[0] = 0; // the missing code, no category
  let present = 0;
  for (let code = 1; code < freq.length; code++) if (freq[code] > 0) present++;
  const kept = rankedCategories(freq, minCount).slice(0, topK);
  return categoricalAxis({ column: column.name, categories: kept.map((code) => column.dictionary[code] as string), other: present > kept.length });
}

/**
 * The codes that may name a category on an axis, most frequent first (ties in
 * code order): those held by at least `minCount` records (disclosure control:
 * a rarer one is pooled, never named) and by one at least. An axis keeps the
 * first `topK`; `freq` holds each code's records, 0 for a code that is no category.
 */
export function rankedCategories(freq: ArrayLike<number>, minCount: number): number[] {
  const codes: number[] = [];
  for (let code = 0; code < freq.length; code++) if (freq[code] > 0 && freq[code] >= minCount) codes.push(code);
  return codes.sort((x, y) => freq[y] - freq[x] || x - y);
}
