import type { Dataset } from '../dataset.ts';
import { alignCategories } from './align-categories.ts';
import { evaluatedColumns } from './evaluated-columns.ts';

export interface IdenticalMatchOptions {
  readonly training: Dataset;
  /** Synthetic rows, or holdout rows for the reference rate. */
  readonly other: Dataset;
}

/**
 * Identical-match share (IMS): the share of `other`'s rows that equal some
 * training row on every evaluated column: categories by written value,
 * numbers and datetimes by exact value, missing only equal to missing.
 * Hash-based, so it runs on all rows. Compare the synthetic rate with the
 * holdout rate: a holdout drawn from the same population sets the bar.
 */
export function identicalMatchShare({ training, other }: IdenticalMatchOptions): number {
  if (other.rowCount === 0) return Number.NaN;
  const columns = evaluatedColumns(training).map((i) => {
    const t = training.columns[i];
    const o = other.columns[i];
    if (t.type === 'categorical' && o.type === 'categorical') {
      const { codes } = alignCategories([t, o]);
      return { training: codes[0], other: codes[1] };
    }
    if (t.type === 'numeric' && o.type === 'numeric') return { training: t.values, other: o.values };
    throw new Error(`column "${t.name}": training and compared data hold different column types`);
  });
  // Integers and number strings never contain '|', so the joined key is unambiguous.
  const key = (side: 'training' | 'other', row: number) => columns.map((c) => String(c[side][row])).join('|');
  const seen = new Set<string>();
  for (let r = 0; r < training.rowCount; r++) seen.add(key('training', r));
  let matched = 0;
  for (let r = 0; r < other.rowCount; r++) if (seen.has(key('other', r))) matched++;
  return matched / other.rowCount;
}
