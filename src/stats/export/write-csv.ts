import type { Dataset } from '../dataset.ts';
import { formatValue } from './format-value.ts';
import { neutralizeFormula } from './neutralize-formula.ts';
import { quoteCsvField } from './quote-csv-field.ts';

export interface CsvOptions {
  /** One character, not a quote, CR or LF; default ','. */
  readonly delimiter?: string;
  /** Prefix text cells that a spreadsheet would run as formulas with `'`; default true. */
  readonly neutralizeFormulas?: boolean;
  /** Rows per block of `csvBlocks`; default 65 536. */
  readonly rowsPerBlock?: number;
}

/**
 * A dataset as CSV text: a header with the schema's column names, one line
 * per row, `\n` line ends and a trailing newline, values written as the input
 * wrote them (format-value.ts), missing values as the column's missing token,
 * fields quoted per RFC 4180. Only text cells, missing tokens and the header
 * are neutralized: numbers and dates keep their written form.
 */
export function writeCsv(dataset: Dataset, options: CsvOptions = {}): string {
  return [...csvBlocks(dataset, options)].join('');
}

/**
 * The same CSV text as `writeCsv`, in blocks of whole lines (the header, then
 * `rowsPerBlock` rows at a time, each block ending in `\n`), so a writer can
 * stream millions of rows without one giant string. The blocks joined are
 * byte for byte `writeCsv`'s text.
 */
export function* csvBlocks(dataset: Dataset, options: CsvOptions = {}): Generator<string, void, undefined> {
  const delimiter = options.delimiter ?? ',';
  const neutralize = options.neutralizeFormulas ?? true;
  const rowsPerBlock = options.rowsPerBlock ?? 65_536;
  if (delimiter.length !== 1 || /["\r\n]/.test(delimiter)) {
    throw new RangeError(`csv: the delimiter must be one character other than a quote, CR or LF, got ${JSON.stringify(delimiter)}`);
  }
  if (!Number.isInteger(rowsPerBlock) || rowsPerBlock < 1) throw new RangeError(`csv: rows per block must be a whole number from 1, got ${rowsPerBlock}`);
  const asText = (text: string) => quoteCsvField(neutralize ? neutralizeFormula(text) : text, delimiter);
  yield dataset.schema.columns.map((c) => asText(c.name)).join(delimiter) + '\n';
  const cells = dataset.columns.map((column, i) => {
    const schema = dataset.schema.columns[i];
    if (column.type === 'numeric') {
      // The missing token is text (and may come from a stats.json), so it is neutralized like any text cell.
      let missing: string | undefined;
      return (row: number) =>
        Number.isNaN(column.values[row])
          ? (missing ??= asText(formatValue({ column, schema, row })))
          : quoteCsvField(formatValue({ column, schema, row }), delimiter);
    }
    // Each distinct value is formatted once, not once per row.
    const byCode = new Array<string | undefined>(column.dictionary.length);
    return (row: number) => (byCode[column.codes[row]] ??= asText(formatValue({ column, schema, row })));
  });
  for (let start = 0; start < dataset.rowCount; start += rowsPerBlock) {
    const end = Math.min(dataset.rowCount, start + rowsPerBlock);
    const lines = new Array<string>(end - start + 1);
    for (let row = start; row < end; row++) {
      let line = cells.length > 0 ? cells[0](row) : '';
      for (let j = 1; j < cells.length; j++) line += delimiter + cells[j](row);
      // A lone empty field would be a blank line, which readers skip: quote it so the row survives.
      lines[row - start] = line === '' && cells.length === 1 ? '""' : line;
    }
    lines[end - start] = '';
    yield lines.join('\n');
  }
}
