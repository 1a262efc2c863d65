import type { Dataset } from '../../dataset.ts';
import { alignCategories } from '../align-categories.ts';
import { evaluatedColumns } from '../evaluated-columns.ts';
import { type HashedValues, RowHashGroups, rowHash, rowHashes } from './row-hash-groups.ts';

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
export function trainingRowMatches({ training, other, columns }: TrainingRowMatchOptions): Uint8Array {
  return trainingRowMatchesEach({ training, others: [other], columns })[0];
}

/**
 * trainingRowMatches for several datasets at once (synthetic and holdout):
 * the training rows are hashed and grouped once (RowHashGroups). Training
 * codes do not depend on the other side (alignCategories numbers the training
 * dictionary first), so one grouping serves every lookup; a hash hit is
 * confirmed value by value.
 */
export function trainingRowMatchesEach({
  training,
  others,
  columns = evaluatedColumns(training),
}: Omit<TrainingRowMatchOptions, 'other'> & { readonly others: readonly Dataset[] }): Uint8Array[] {
  const compared = others.map((other) =>
    columns.map((i): { training: HashedValues; other: HashedValues } => {
      const t = training.columns[i];
      const o = other.columns[i];
      if (t.type === 'categorical' && o.type === 'categorical') {
        const { codes } = alignCategories([t, o]);
        return { training: codes[0], other: codes[1] };
      }
      if (t.type === 'numeric' && o.type === 'numeric') return { training: t.values, other: o.values };
      throw new Error(`column "${t.name}": training and compared data hold different column types`);
    }),
  );
  if (compared.length === 0) return [];
  const trainingColumns = compared[0].map((c) => c.training);
  const groups = new RowHashGroups(rowHashes(trainingColumns, training.rowCount));
  return others.map((other, o) => {
    const pairs = compared[o];
    const otherColumns = pairs.map((c) => c.other);
    const equal = (row: number, candidate: number) => pairs.every((c) => sameValue(c.other[row], c.training[candidate]));
    const matched = new Uint8Array(other.rowCount);
    for (let r = 0; r < other.rowCount; r++) {
      const g = groups.find(rowHash(otherColumns, r));
      if (g < 0) continue;
      for (let k = groups.start[g]; k < groups.start[g + 1]; k++) {
        if (equal(r, groups.rows[k])) {
          matched[r] = 1;
          break;
        }
      }
    }
    return matched;
  });
}

/** Equal as written values: === on numbers and codes, with missing (NaN) equal to missing. */
function sameValue(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}
