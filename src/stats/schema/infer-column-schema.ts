import type { RawColumn, RawNumbers } from '../raw-table.ts';
import type { ColumnSchema } from '../schema.ts';
import { isBooleanColumn, MAX_BOOLEAN_VALUES } from './boolean-values.ts';
import { detectDatetimeFormat } from './detect-datetime-format.ts';
import { hasIdentifierName, INFERENCE_THRESHOLDS } from './inference-thresholds.ts';
import { readNumber, summarizeDecimals, summarizeNumbers, type NumberSummary } from './numeric-text.ts';

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
  const fromNumbers = column.numbers === undefined ? null : inferNumberColumn(evidence, column.numbers);
  if (fromNumbers !== null) return fromNumbers;
  const present = column.values.filter((v, code) => v !== '' && counts[code] > 0);
  const emptyCode = column.values.indexOf('');
  const missing = emptyCode >= 0 ? counts[emptyCode] : 0;
  const unique = missing === 0 && present.length === rowCount && rowCount >= INFERENCE_THRESHOLDS.identifierMinRows;

  if (present.length === 0) return { name, kind: 'categorical', included: true };
  if (isBooleanColumn(present)) return { name, kind: 'boolean', included: true };

  const numbers = summarizeNumbers(present);
  if (numbers !== null) return numericSchema({ name, numbers, unique, isConsecutive: () => isConsecutive(present) });

  const format = detectDatetimeFormat(present);
  if (format !== null) return { name, kind: 'datetime', included: true, format };

  if (isFreeText(present, rowCount - missing)) return { name, kind: 'text', included: false };
  if (nearlyUnique(present.length, rowCount - missing)) return { name, kind: 'identifier', included: false };
  return { name, kind: 'categorical', included: true };
}

/**
 * The same answer from the numbers a delimited file's column was read as
 * (RawColumn.numbers: every present value a number), without its strings;
 * null when the column has few enough values to be boolean, which only the
 * strings tell.
 */
function inferNumberColumn(evidence: ColumnEvidence, numbers: RawNumbers): ColumnSchema | null {
  const { column, counts, rowCount } = evidence;
  let present = 0;
  let missing = 0;
  let most = 0;
  let fewest = Infinity;
  let min = Infinity;
  let max = -Infinity;
  for (let code = 0; code < numbers.values.length; code++) {
    const value = numbers.values[code];
    if (Number.isNaN(value)) missing += counts[code];
    else if (counts[code] > 0) {
      present++;
      const decimals = numbers.decimals[code];
      if (decimals > most) most = decimals;
      if (decimals < fewest) fewest = decimals;
      if (value < min) min = value;
      if (value > max) max = value;
    }
  }
  if (present <= MAX_BOOLEAN_VALUES) return null;
  const unique = missing === 0 && present === rowCount && rowCount >= INFERENCE_THRESHOLDS.identifierMinRows;
  return numericSchema({ name: column.name, numbers: summarizeDecimals(most, fewest), unique, isConsecutive: () => max - min + 1 === present });
}

/** A column of numbers: an identifier when unique integers named so or consecutive, else numeric. */
function numericSchema(options: { name: string; numbers: NumberSummary; unique: boolean; isConsecutive: () => boolean }): ColumnSchema {
  const { name, numbers, unique } = options;
  if (unique && numbers.integer && (hasIdentifierName(name) || options.isConsecutive())) return { name, kind: 'identifier', included: false };
  return { name, kind: 'numeric', included: true, ...numbers };
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
