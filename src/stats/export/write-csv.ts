import type { Dataset } from '../dataset.ts';
import { writtenWhole } from './format-number.ts';
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
  const decoder = new TextDecoder();
  for (const block of csvByteBlocks(dataset, options)) yield decoder.decode(block);
}

/**
 * `csvBlocks` as UTF-8 bytes, which is how they are made: each row is written
 * into one buffer (a category's bytes once per distinct value, a number's
 * characters as they come), with no string per line for the collector to
 * clear. Files and Blobs take these directly.
 */
export function* csvByteBlocks(dataset: Dataset, options: CsvOptions = {}): Generator<Uint8Array<ArrayBuffer>, void, undefined> {
  const delimiter = options.delimiter ?? ',';
  const neutralize = options.neutralizeFormulas ?? true;
  const rowsPerBlock = options.rowsPerBlock ?? 65_536;
  if (delimiter.length !== 1 || /["\r\n]/.test(delimiter)) {
    throw new RangeError(`csv: the delimiter must be one character other than a quote, CR or LF, got ${JSON.stringify(delimiter)}`);
  }
  if (!Number.isInteger(rowsPerBlock) || rowsPerBlock < 1) throw new RangeError(`csv: rows per block must be a whole number from 1, got ${rowsPerBlock}`);
  const encoder = new TextEncoder();
  const asText = (text: string) => quoteCsvField(neutralize ? neutralizeFormula(text) : text, delimiter);
  yield encoder.encode(dataset.schema.columns.map((c) => asText(c.name)).join(delimiter) + '\n');
  const out = new ByteWriter();
  const cells = dataset.columns.map((column, i): ((row: number) => void) => {
    const schema = dataset.schema.columns[i];
    if (column.type === 'numeric') {
      // The missing token is text (and may come from a stats.json), so it is neutralized like any text cell.
      let missing: Uint8Array | undefined;
      // A plain number's text (digits, '.', '-', 'e', '+', Infinity) needs no quotes unless the delimiter is one of its characters.
      const plain = schema.kind === 'numeric' && !NUMBER_CHARACTERS.includes(delimiter) ? schema : null;
      return (row) => {
        const value = column.values[row];
        if (Number.isNaN(value)) out.bytes((missing ??= encoder.encode(asText(formatValue({ column, schema, row })))));
        // Whole numbers as formatNumber writes them (String(v), '0' for −0), digit by digit with no string made.
        else if (plain && writtenWhole(value, plain)) out.integer(value);
        else if (plain) out.text(formatValue({ column, schema, row }));
        else out.text(quoteCsvField(formatValue({ column, schema, row }), delimiter));
      };
    }
    // Each distinct value is encoded once, not once per row.
    const byCode = new Array<Uint8Array | undefined>(column.dictionary.length);
    return (row) => out.bytes((byCode[column.codes[row]] ??= encoder.encode(asText(formatValue({ column, schema, row })))));
  });
  const separator = delimiter.charCodeAt(0) < 0x80 ? delimiter.charCodeAt(0) : -1;
  for (let start = 0; start < dataset.rowCount; start += rowsPerBlock) {
    const end = Math.min(dataset.rowCount, start + rowsPerBlock);
    out.reset();
    for (let row = start; row < end; row++) {
      const lineStart = out.length;
      for (let j = 0; j < cells.length; j++) {
        if (j > 0) {
          if (separator >= 0) out.byte(separator);
          else out.text(delimiter);
        }
        cells[j](row);
      }
      // A lone empty field would be a blank line, which readers skip: quote it so the row survives.
      if (out.length === lineStart && cells.length === 1) out.text('""');
      out.byte(10);
    }
    yield out.taken();
  }
}

/** Every character a number's text can hold (formatNumber, String of a number). */
const NUMBER_CHARACTERS = '0123456789.-+eEInfinity';

/** A growing byte buffer for one block of CSV. */
class ByteWriter {
  #buffer: Uint8Array<ArrayBuffer> = new Uint8Array(1 << 16);
  #encoder = new TextEncoder();
  length = 0;

  reset(): void {
    this.length = 0;
  }

  /** A copy of what was written (the buffer is reused for the next block). */
  taken(): Uint8Array<ArrayBuffer> {
    return this.#buffer.slice(0, this.length);
  }

  byte(b: number): void {
    if (this.length === this.#buffer.length) this.#grow(1);
    this.#buffer[this.length++] = b;
  }

  bytes(b: Uint8Array): void {
    if (this.length + b.length > this.#buffer.length) this.#grow(b.length);
    this.#buffer.set(b, this.length);
    this.length += b.length;
  }

  /** A whole number below 1e15 in magnitude, in decimal as String() writes it ('0' for −0). */
  integer(value: number): void {
    if (this.length + 17 > this.#buffer.length) this.#grow(17);
    const buffer = this.#buffer;
    let v = value;
    if (v < 0) {
      buffer[this.length++] = 45;
      v = -v;
    }
    let digits = 1;
    for (let p = 10; p <= v; p *= 10) digits++;
    let at = this.length + digits;
    this.length = at;
    do {
      const q = Math.floor(v / 10);
      buffer[--at] = 48 + (v - q * 10);
      v = q;
    } while (v > 0);
  }

  /** A string's UTF-8: plain ASCII (numbers, dates) character by character, anything else through the encoder. */
  text(s: string): void {
    // At most 3 bytes per UTF-16 unit.
    if (this.length + 3 * s.length > this.#buffer.length) this.#grow(3 * s.length);
    const buffer = this.#buffer;
    let at = this.length;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        at = this.length + this.#encoder.encodeInto(s, buffer.subarray(this.length)).written;
        break;
      }
      buffer[at++] = c;
    }
    this.length = at;
  }

  #grow(extra: number): void {
    let size = this.#buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.#buffer.subarray(0, this.length));
    this.#buffer = bigger;
  }
}
