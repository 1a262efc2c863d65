import type { RawColumn } from '../raw-table.ts';
import type { ColumnSchema } from '../schema.ts';
import { isBooleanColumn } from './boolean-values.ts';
import { detectDatetimeFormat } from './detect-datetime-format.ts';
import { hasIdentifierName, INFERENCE_THRESHOLDS } from './inference-thresholds.ts';
import { readNumber, summarizeNumbers } from './numeric-text.ts';

export interface ColumnEvidence {
  readonly column: RawColumn;
  /** counts[code]: rows holding column.values[code] (src/stats/count-codes.ts). */
  readonly counts: Float64Array;
  readonly rowCount: number;
}

/**
 * The kind of one column, from its distinct values and their counts only, so a
 * 1M-row column costs what its distinct values cost. Order of tests:
 * boolean, numeric (an integer identifier is caught there), datetime, then
 * strings: text, identifier (near-unique: nearlyUnique), else categorical.
 * Cut-offs: inference-thresholds.ts.
 */
export function inferColumnSchema(evidence: ColumnEvidence): ColumnSchema {
  const { column, counts, rowCount } = evidence;
  const name = column.name;
  const present = column.values.filter((v, code) => v !== '' && counts[code] > 0);
  const emptyCode = column.values.indexOf('');
  const missing = emptyCode >= 0 ? counts[emptyCode] : 0;
  const unique = missing === 0 && present.length === rowCount && rowCount >= INFERENCE_THRESHOLDS.identifierMinRows;

  if (present.length === 0) return { name, kind: 'categorical', included: true };
  if (isBooleanColumn(present)) return { name, kind: 'boolean', included: true };

  const numbers = summarizeNumbers(present);
  if (numbers !== null) {
    if (unique && numbers.integer && (hasIdentifierName(name) || isConsecutive(present))) {
      return { name, kind: 'identifier', included: false };
    }
    return { name, kind: 'numeric', included: true, ...numbers };
  }

  const format = detectDatetimeFormat(present);
  if (format !== null) return { name, kind: 'datetime', included: true, format };

  if (isFreeText(present, rowCount - missing)) return { name, kind: 'text', included: false };
  if (nearlyUnique(present.length, rowCount - missing)) return { name, kind: 'identifier', included: false };
  return { name, kind: 'categorical', included: true };
}

/** 1..n or 1001..1000+n in any order: a row number, whatever the column is called. */
function isConsecutive(values: readonly string[]): boolean {
  let min = Infinity;
  let max = -Infinity;
  for (const text of values) {
    const v = (readNumber(text) as { value: number }).value;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return max - min + 1 === values.length;
}

/**
 * Strings with (almost) one value per record: identifiers, whose values as
 * categories would each name one record in every table and prompt. A few
 * repeats and missing values do not make them categories.
 */
function nearlyUnique(distinct: number, nonMissingRows: number): boolean {
  return nonMissingRows >= INFERENCE_THRESHOLDS.identifierMinRows && distinct >= INFERENCE_THRESHOLDS.identifierMinDistinctShare * nonMissingRows;
}

function isFreeText(present: readonly string[], nonMissingRows: number): boolean {
  if (present.length < INFERENCE_THRESHOLDS.textMinDistinctShare * nonMissingRows) return false;
  let length = 0;
  for (const text of present) length += text.length;
  return length / present.length >= INFERENCE_THRESHOLDS.textMinAverageLength;
}
