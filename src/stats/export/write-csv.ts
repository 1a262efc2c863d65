import type { Dataset } from '../dataset.ts';
import { formatValue } from './format-value.ts';
import { neutralizeFormula } from './neutralize-formula.ts';
import { quoteCsvField } from './quote-csv-field.ts';

export interface CsvOptions {
  /** One character, not a quote, CR or LF; default ','. */
  readonly delimiter?: string;
  /** Prefix text cells that a spreadsheet would run as formulas with `'`; default true. */
  readonly neutralizeFormulas?: boolean;
}

/**
 * A dataset as CSV text: a header with the schema's column names, one line
 * per row, `\n` line ends and a trailing newline, values written as the input
 * wrote them (format-value.ts), missing values as the column's missing token,
 * fields quoted per RFC 4180. Only text cells, missing tokens and the header
 * are neutralized: numbers and dates keep their written form.
 */
export function writeCsv(dataset: Dataset, options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const neutralize = options.neutralizeFormulas ?? true;
  if (delimiter.length !== 1 || /["\r\n]/.test(delimiter)) {
    throw new RangeError(`csv: the delimiter must be one character other than a quote, CR or LF, got ${JSON.stringify(delimiter)}`);
  }
  const asText = (text: string) => quoteCsvField(neutralize ? neutralizeFormula(text) : text, delimiter);
  const header = dataset.schema.columns.map((c) => asText(c.name)).join(delimiter);
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
  const lines = new Array<string>(dataset.rowCount + 1);
  lines[0] = header;
  for (let row = 0; row < dataset.rowCount; row++) {
    let line = cells.length > 0 ? cells[0](row) : '';
    for (let j = 1; j < cells.length; j++) line += delimiter + cells[j](row);
    // A lone empty field would be a blank line, which readers skip: quote it so the row survives.
    lines[row + 1] = line === '' && cells.length === 1 ? '""' : line;
  }
  return lines.join('\n') + '\n';
}
