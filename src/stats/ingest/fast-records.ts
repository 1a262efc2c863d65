import type { ByteColumnBuilder } from './byte-column-builder.ts';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The two common shapes of a record read without the general scanner
 * (record-scanner.ts), each field handed to its column as found with its last
 * bytes shifted in as FieldKey keeps them: a record with no quote at all, and
 * one whose quotes only wrap whole fields ("east","no",24 — as spreadsheets
 * and pandas write text). Either is called only for a record that ends by a
 * line feed in the buffer; a reader returns where the next record starts, or
 * −1 for a record it leaves to the scanner (a wrong field count, a "" inside
 * quotes, a line break inside quotes, anything after a closing quote), which
 * then reads it whole — or reports it with its row and column.
 */
export class FastRecords {
  readonly #delimiter: number;
  readonly #width: number;
  /** Bytes above every stop byte (most bytes: letters, digits) cost one comparison: without quotes, and with them. */
  readonly #plainStop: number;
  readonly #quotedStop: number;
  /** A quoted record's fields, held until the record proves plain quoting all through. */
  readonly #start: Int32Array;
  readonly #end: Int32Array;
  readonly #a: Int32Array;
  readonly #b: Int32Array;

  constructor(delimiter: number, width: number) {
    this.#delimiter = delimiter;
    this.#width = width;
    this.#plainStop = Math.max(delimiter, CR);
    this.#quotedStop = Math.max(delimiter, CR, QUOTE);
    this.#start = new Int32Array(width);
    this.#end = new Int32Array(width);
    this.#a = new Int32Array(width);
    this.#b = new Int32Array(width);
  }

  /** A record with no quote, known to end by the buffer's next line feed. −1 when its field count is wrong. */
  plain(buf: Uint8Array, pos: number, builders: readonly ByteColumnBuilder[]): number {
    const delimiter = this.#delimiter;
    const width = this.#width;
    const highestStop = this.#plainStop;
    let p = pos;
    let fields = 0;
    let c: number;
    do {
      const start = p;
      let a = 0;
      let b = 0;
      for (;;) {
        c = buf[p];
        if (c <= highestStop && (c === delimiter || c === LF || c === CR)) break;
        a = (a << 8) | (b >>> 24);
        b = (b << 8) | c;
        p++;
      }
      if (fields < width) builders[fields].pushHeldShifted(buf, start, p, a, b);
      fields++;
      p++;
    } while (c === delimiter);
    if (fields !== width) return -1;
    return c === CR && buf[p] === LF ? p + 1 : p;
  }

  /**
   * A record whose quotes only wrap whole fields, known to have a line feed ahead in the buffer. Nothing is
   * handed to the columns unless the whole record reads this way: −1 leaves it untouched for the scanner.
   */
  quoted(buf: Uint8Array, pos: number, builders: readonly ByteColumnBuilder[]): number {
    const delimiter = this.#delimiter;
    const width = this.#width;
    const highestStop = this.#quotedStop;
    let p = pos;
    let fields = 0;
    let c: number;
    do {
      if (fields === width) return -1;
      let a = 0;
      let b = 0;
      let start: number;
      let end: number;
      if (buf[p] === QUOTE) {
        start = ++p;
        for (;;) {
          c = buf[p];
          if (c <= highestStop && (c === QUOTE || c === LF || c === CR)) break;
          a = (a << 8) | (b >>> 24);
          b = (b << 8) | c;
          p++;
        }
        if (c !== QUOTE) return -1;
        end = p++;
        c = buf[p];
        if (c !== delimiter && c !== LF && c !== CR) return -1;
      } else {
        start = p;
        for (;;) {
          c = buf[p];
          if (c <= highestStop && (c === delimiter || c === LF || c === CR || c === QUOTE)) break;
          a = (a << 8) | (b >>> 24);
          b = (b << 8) | c;
          p++;
        }
        if (c === QUOTE) return -1;
        end = p;
      }
      this.#start[fields] = start;
      this.#end[fields] = end;
      this.#a[fields] = a;
      this.#b[fields] = b;
      fields++;
      p++;
    } while (c === delimiter);
    if (fields !== width) return -1;
    for (let f = 0; f < width; f++) builders[f].pushHeldShifted(buf, this.#start[f], this.#end[f], this.#a[f], this.#b[f]);
    return c === CR && buf[p] === LF ? p + 1 : p;
  }
}
