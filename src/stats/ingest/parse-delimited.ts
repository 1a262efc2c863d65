import { InputError } from '../input-error.ts';
import type { RawTable } from '../raw-table.ts';
import { MISSING_TOKENS } from '../schema/missing-tokens.ts';
import { checkHeaderNames } from './check-header-names.ts';
import { DelimitedScanner } from './delimited-scanner.ts';
import { DELIMITERS, detectDelimiter } from './detect-delimiter.ts';
import { RawColumnBuilder } from './raw-column-builder.ts';

export interface ParseDelimitedOptions {
  /** File name, used in every message. */
  readonly source: string;
  /** One of , \t ; | (or any single character); detected from the first records when absent. */
  readonly delimiter?: string;
  /** Written values read as missing; defaults to MISSING_TOKENS. */
  readonly missingTokens?: readonly string[];
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'commas', '\t': 'tabs', ';': 'semicolons', '|': 'pipes' };

/**
 * CSV/TSV text to a RawTable, dictionary-encoding each column as it goes.
 * Rows are numbered as a spreadsheet shows them: the header is row 1.
 * Blank lines are skipped (as pandas does); when that shifts row numbers, the
 * table carries `rowNumbers` so later messages still point at the right row.
 */
export function parseDelimited(text: string, options: ParseDelimitedOptions): RawTable {
  const { source } = options;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (text.slice(start).trim() === '') {
    throw new InputError(`${source}: the file is empty; choose a file with a header row and at least one data row`);
  }
  const delimiter = options.delimiter ?? detectDelimiter(text, start);
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new InputError(
      `${source}: cannot split fields on ${JSON.stringify(delimiter)}; use one character such as ${DELIMITERS.map((d) => JSON.stringify(d)).join(' ')}`,
    );
  }

  let names: string[] = [];
  const scanner = new DelimitedScanner({
    text,
    delimiter,
    source,
    start,
    columnLabel: (f) => (f < names.length ? `column "${names[f]}"` : `column ${f + 1}`),
  });
  while (scanner.skipBlankLine());
  const headerRow = scanner.row;
  const header: string[] = [];
  do header.push(scanner.field(header.length));
  while (!scanner.atRecordEnd);
  checkHeaderNames(header, { source, where: `row ${headerRow}` });
  names = header;

  const builders = names.map((name) => new RawColumnBuilder(name, options.missingTokens ?? MISSING_TOKENS));
  const width = builders.length;
  const rows = new RowNumbers(headerRow);
  let blankBeforeData = 0;
  let firstBlank = 0;
  let pendingBlank = 0;
  while (!scanner.atEnd) {
    if (scanner.skipBlankLine()) {
      if (pendingBlank === 0 && firstBlank === 0) firstBlank = scanner.row - 1;
      pendingBlank++;
      continue;
    }
    blankBeforeData += pendingBlank;
    pendingBlank = 0;
    const row = scanner.row;
    let fields = 0;
    do {
      const value = scanner.field(fields);
      if (fields < width) builders[fields].push(value);
      fields++;
    } while (!scanner.atRecordEnd);
    if (fields !== width) throw raggedRow({ source, row, fields, width, delimiter });
    rows.add(row);
  }
  if (rows.count === 0) {
    throw new InputError(`${source}: has a header row but no data rows; add at least one row of data below the header`);
  }
  const warnings =
    blankBeforeData > 0
      ? [
          `${source}: skipped ${blankBeforeData} blank row${blankBeforeData > 1 ? 's' : ''} (the first at row ${firstBlank}); messages still number rows as the file does`,
        ]
      : [];
  const rowNumbers = rows.build();
  return {
    source,
    columns: builders.map((b) => b.build()),
    rowCount: rows.count,
    ...(warnings.length > 0 ? { warnings } : {}),
    ...(rowNumbers ? { rowNumbers } : {}),
  };
}

function raggedRow(options: { source: string; row: number; fields: number; width: number; delimiter: string }): InputError {
  const { source, row, fields, width, delimiter } = options;
  const what = DELIMITER_NAMES[delimiter] ?? `"${delimiter}" characters`;
  const advice =
    fields > width
      ? `fix the row, or put quotes around values that contain ${what}`
      : `add the missing fields (empty is fine), or join the row if a line break split it`;
  return new InputError(`${source}: row ${row} has ${fields} field${fields === 1 ? '' : 's'}, the header has ${width}; ${advice}`);
}

/** Spreadsheet row of each data row, kept only once blank lines make it differ from index + 2. */
class RowNumbers {
  count = 0;
  private numbers: Uint32Array | null = null;
  private readonly firstDataRow: number;

  constructor(headerRow: number) {
    this.firstDataRow = headerRow + 1;
  }

  add(row: number): void {
    if (this.numbers === null && row !== this.firstDataRow + this.count) {
      this.numbers = new Uint32Array(Math.max(1024, this.count * 2));
      for (let i = 0; i < this.count; i++) this.numbers[i] = this.firstDataRow + i;
    }
    if (this.numbers !== null) {
      if (this.count === this.numbers.length) {
        const grown = new Uint32Array(this.numbers.length * 2);
        grown.set(this.numbers);
        this.numbers = grown;
      }
      this.numbers[this.count] = row;
    }
    this.count++;
  }

  /** Null when every row is index + 2, the rule rowLabel() assumes by default. */
  build(): Uint32Array | null {
    if (this.numbers === null && this.firstDataRow === 2) return null;
    if (this.numbers === null) return Uint32Array.from({ length: this.count }, (_, i) => this.firstDataRow + i);
    return this.numbers.slice(0, this.count);
  }
}
