import { InputError } from '../input-error.ts';

const QUOTE = 34;
const LF = 10;
const CR = 13;

export interface DelimitedScannerOptions {
  readonly text: string;
  readonly delimiter: string;
  readonly source: string;
  /** Where to start reading (after a BOM). */
  readonly start: number;
  /** Names a field position for messages ("column \"Sex\"" or "column 9"). */
  readonly columnLabel: (field: number) => string;
}

/**
 * RFC 4180 field scanner: one pass of charCodeAt over the text, one string per
 * field and nothing kept per row. Line ends may be CRLF, LF or CR. `row` is the
 * spreadsheet row of the record being read (first line = row 1); a line break
 * inside quotes does not start a new row, as in a spreadsheet.
 */
export class DelimitedScanner {
  row = 1;
  /** True when the last field read ended its record (line break or end of text). */
  atRecordEnd = false;
  private pos: number;
  private readonly text: string;
  private readonly length: number;
  private readonly delimiter: number;
  private readonly options: DelimitedScannerOptions;

  constructor(options: DelimitedScannerOptions) {
    this.options = options;
    this.text = options.text;
    this.length = options.text.length;
    this.pos = options.start;
    this.delimiter = options.delimiter.charCodeAt(0);
  }

  get atEnd(): boolean {
    return this.pos >= this.length;
  }

  /** Skips a line with nothing on it; false when the next record has content. */
  skipBlankLine(): boolean {
    const c = this.text.charCodeAt(this.pos);
    if (c !== LF && c !== CR) return false;
    this.endLine(this.pos);
    return true;
  }

  /** Reads the field at `field` position of the current record. */
  field(field: number): string {
    const { text, length, delimiter } = this;
    let p = this.pos;
    if (p < length && text.charCodeAt(p) === QUOTE) return this.quoted(field);
    const start = p;
    while (p < length) {
      const c = text.charCodeAt(p);
      if (c === delimiter || c === LF || c === CR) break;
      p++;
    }
    const value = text.slice(start, p);
    this.finish(p);
    return value;
  }

  private quoted(field: number): string {
    const { text, length } = this;
    const openRow = this.row;
    let p = this.pos + 1;
    let value = '';
    for (;;) {
      const q = text.indexOf('"', p);
      if (q < 0) {
        throw new InputError(
          `${this.options.source}: row ${openRow}, ${this.options.columnLabel(field)}: a quote opens here and never closes; add the closing quote (") or remove the stray one`,
        );
      }
      if (text.charCodeAt(q + 1) === QUOTE) {
        value += text.slice(p, q + 1);
        p = q + 2;
        continue;
      }
      value += text.slice(p, q);
      p = q + 1;
      break;
    }
    if (p < length) {
      const c = text.charCodeAt(p);
      if (c !== this.delimiter && c !== LF && c !== CR) {
        const tail = text.slice(this.pos, Math.min(length, p + 10)).split(/[\r\n]/)[0];
        throw new InputError(
          `${this.options.source}: row ${this.row}, ${this.options.columnLabel(field)}: text follows a closing quote (${tail}); quote the whole field and write quotes inside it twice ("")`,
        );
      }
    }
    this.finish(p);
    return value;
  }

  /** `p` sits on the character that ended a field. */
  private finish(p: number): void {
    if (p >= this.length) {
      this.pos = this.length;
      this.atRecordEnd = true;
      return;
    }
    if (this.text.charCodeAt(p) === this.delimiter) {
      this.pos = p + 1;
      this.atRecordEnd = false;
      return;
    }
    this.endLine(p);
  }

  private endLine(p: number): void {
    const crlf = this.text.charCodeAt(p) === CR && this.text.charCodeAt(p + 1) === LF;
    this.pos = p + (crlf ? 2 : 1);
    this.atRecordEnd = true;
    this.row++;
  }
}
