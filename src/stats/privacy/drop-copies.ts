import type { Dataset } from '../dataset.ts';
import { evaluatedColumns } from '../metrics/evaluated-columns.ts';
import { trainingRowMatches } from '../metrics/disclosure-risk/training-row-matches.ts';
import { pickRows } from '../pick-rows.ts';

export interface DropCopiesOptions {
  readonly training: Dataset;
  /** Encoded with the training schema (same columns, same order), as the loop's output is. */
  readonly synthetic: Dataset;
}

/**
 * The synthetic rows minus those identical to a training row on every
 * synthesised column (the rows the identical-match share counts), with how
 * many were dropped. Columns left out of synthesis (identifiers, free text,
 * columns the user excluded) are not compared: the synthetic data holds no
 * real values there, so a copy of the rest is still a copy. Nothing refills
 * the dropped rows, so the result can be shorter than the rows asked for.
 */
export function dropCopies({ training, synthetic }: DropCopiesOptions): { dataset: Dataset; dropped: number } {
  const columns = evaluatedColumns(training).filter((i) => training.schema.columns[i].included);
  const matched = trainingRowMatches({ training, other: synthetic, columns });
  let dropped = 0;
  for (const m of matched) dropped += m;
  if (dropped === 0) return { dataset: synthetic, dropped };
  const kept = new Uint32Array(synthetic.rowCount - dropped);
  for (let r = 0, k = 0; r < synthetic.rowCount; r++) if (!matched[r]) kept[k++] = r;
  return { dataset: pickRows(synthetic, kept), dropped };
}
