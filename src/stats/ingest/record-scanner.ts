import { grow } from './grow-typed-array.ts';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** What scanRecord found; the fields of a complete record are in the scanner's span arrays. */
export const Scan = {
  /** A record (count fields) ending at `next`. */
  Record: 0,
  /** A line with nothing on it, ending at `next`. */
  Blank: 1,
  /** The buffer ends inside the record: push more bytes, or call again with final = true. */
  Incomplete: 2,
  /** A quote opens in field `count` and never closes (final only). */
  OpenQuote: 3,
  /** Text follows the closing quote of field `count`, whose opening quote is at `next` and closing quote just before `after`. */
  TextAfterQuote: 4,
} as const;
export type Scan = (typeof Scan)[keyof typeof Scan];

/** A field of the current record: bytes [start, end); escaped when a quoted field holds "" pairs. */
export interface FieldSpans {
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** 1 when the span still holds "" pairs to unescape (quoted fields only). */
  readonly escaped: Uint8Array;
}

/**
 * RFC 4180 record scanner over UTF-8 bytes: one record per call, its field
 * spans written to reused arrays, nothing decoded. Line ends may be CRLF, LF
 * or CR; a line break inside quotes belongs to the field. When the buffer
 * ends before the record does and more bytes may follow (`final` false), it
 * answers Incomplete and the caller retries with more bytes from the same
 * record start — so a quote, a CRLF or a multibyte character split across
 * chunks is never seen half.
 */
export class RecordScanner {
  /** Fields in the record (or the field an error names). */
  count = 0;
  /** Where the next record starts (or the error's field starts). */
  next = 0;
  /** After TextAfterQuote: the byte after the closing quote. */
  after = 0;
  spans: FieldSpans = { start: new Int32Array(64), end: new Int32Array(64), escaped: new Uint8Array(64) };
  private readonly delimiter: number;

  constructor(delimiter: number) {
    this.delimiter = delimiter;
  }

  scan(buf: Uint8Array, pos: number, final: boolean): Scan {
    const end = buf.length;
    const delimiter = this.delimiter;
    const first = buf[pos];
    if (first === LF || first === CR) return this.lineEnd(buf, pos, final, Scan.Blank);
    this.count = 0;
    let p = pos;
    for (;;) {
      const fieldStart = p;
      let start = p;
      let stop: number;
      let escaped = 0;
      if (p < end && buf[p] === QUOTE) {
        start = p + 1;
        let q = start;
        for (;;) {
          q = buf.indexOf(QUOTE, q);
          if (q < 0) return this.fail(final, Scan.OpenQuote, fieldStart);
          if (q + 1 === end && !final) return Scan.Incomplete;
          if (buf[q + 1] !== QUOTE) break;
          escaped = 1;
          q += 2;
        }
        stop = q;
        p = q + 1;
        if (p < end) {
          const c = buf[p];
          if (c !== delimiter && c !== LF && c !== CR) {
            this.after = p;
            return this.fail(true, Scan.TextAfterQuote, fieldStart);
          }
        }
      } else {
        while (p < end) {
          const c = buf[p];
          if (c === delimiter || c === LF || c === CR) break;
          p++;
        }
        stop = p;
      }
      this.add(start, stop, escaped);
      if (p >= end) {
        if (!final) return Scan.Incomplete;
        this.next = end;
        return Scan.Record;
      }
      if (buf[p] !== delimiter) return this.lineEnd(buf, p, final, Scan.Record);
      p++;
    }
  }

  private lineEnd(buf: Uint8Array, p: number, final: boolean, found: Scan): Scan {
    if (buf[p] === CR) {
      if (p + 1 === buf.length && !final) return Scan.Incomplete;
      this.next = buf[p + 1] === LF ? p + 2 : p + 1;
    } else {
      this.next = p + 1;
    }
    return found;
  }

  private fail(final: boolean, error: Scan, fieldStart: number): Scan {
    if (!final) return Scan.Incomplete;
    this.next = fieldStart;
    return error;
  }

  private add(start: number, end: number, escaped: number): void {
    let spans = this.spans;
    const i = this.count;
    if (i === spans.start.length) {
      const n = 2 * i;
      spans = this.spans = { start: grow(spans.start, n), end: grow(spans.end, n), escaped: grow(spans.escaped, n) };
    }
    spans.start[i] = start;
    spans.end[i] = end;
    spans.escaped[i] = escaped;
    this.count = i + 1;
  }
}
