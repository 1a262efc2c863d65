import type { Dataset } from '../../dataset.ts';
import { alignCategories } from '../align-categories.ts';
import { evaluatedColumns } from '../evaluated-columns.ts';

export interface TrainingRowMatchOptions {
  readonly training: Dataset;
  /** Rows to look up (synthetic or holdout), encoded with the training schema. */
  readonly other: Dataset;
  /** Column indexes compared; default the evaluated columns (evaluatedColumns). */
  readonly columns?: readonly number[];
}

/**
 * `matched[r]` is 1 when row r of `other` equals some training row on every
 * compared column: categories by written value, numbers and datetimes by
 * exact value, missing only equal to missing. Hash-based, so it runs on all
 * rows. Shared by the identical-match share and by dropCopies.
 */
export function trainingRowMatches({ training, other, columns = evaluatedColumns(training) }: TrainingRowMatchOptions): Uint8Array {
  const compared = columns.map((i) => {
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
  const key = (side: 'training' | 'other', row: number) => compared.map((c) => String(c[side][row])).join('|');
  const seen = new Set<string>();
  for (let r = 0; r < training.rowCount; r++) seen.add(key('training', r));
  const matched = new Uint8Array(other.rowCount);
  for (let r = 0; r < other.rowCount; r++) if (seen.has(key('other', r))) matched[r] = 1;
  return matched;
}
