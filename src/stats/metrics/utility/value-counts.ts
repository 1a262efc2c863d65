import type { CategoricalColumn } from '../../column.ts';

/**
 * Count of every written value of a categorical column (null = missing), most
 * frequent first; ties in dictionary order (missing first, then the order of
 * first appearance), so the result is the same on every run.
 */
export function valueCounts(column: CategoricalColumn): Map<string | null, number> {
  const counts = new Float64Array(column.dictionary.length);
  for (const code of column.codes) counts[code]++;
  const codes = column.dictionary.map((_, code) => code).filter((code) => counts[code] > 0);
  codes.sort((a, b) => counts[b] - counts[a] || a - b);
  return new Map(codes.map((code) => [column.dictionary[code], counts[code]]));
}
