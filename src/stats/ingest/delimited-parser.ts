import { InputError } from '../input-error.ts';
import type { RawTable } from '../raw-table.ts';
import { MISSING_TOKENS } from '../schema/missing-tokens.ts';
import { ByteColumnBuilder } from './byte-column-builder.ts';
import { decodeUtf8, NotUtf8Error } from './decode-utf8.ts';
import { checkHeaderNames } from './check-header-names.ts';
import { raggedRowError, scanError } from './delimited-errors.ts';
import { DELIMITERS, detectDelimiter } from './detect-delimiter.ts';
import { FastRecords } from './fast-records.ts';
import { hasContent } from './has-content.ts';
import { RecordScanner, Scan } from './record-scanner.ts';
import { RowNumbers } from './row-numbers.ts';

export interface ParseDelimitedOptions {
  /** File name, used in every message. */
  readonly source: string;
  /** One of , \t ; | (or any single ASCII character); detected from the first records when absent. */
  readonly delimiter?: string;
  /** Written values read as missing; defaults to MISSING_TOKENS. */
  readonly missingTokens?: readonly string[];
}

/** Bytes looked at to detect the delimiter (detect-delimiter.ts samples as many characters). */
const HEAD_BYTES = 1 << 16;
const QUOTE = 34;
const LF = 10;
const CR = 13;
const EMPTY = new Uint8Array(0);

/**
 * CSV/TSV as UTF-8 bytes, pushed in chunks of any size, to a RawTable: one
 * pass that splits records (fast-records.ts, else record-scanner.ts) and dictionary-encodes each
 * field from its bytes (byte-column-builder.ts). Only a record cut by a chunk
 * end is kept between pushes, so the file never exists as one string. Rows
 * are numbered as a spreadsheet shows them: the header is row 1. Blank lines
 * are skipped (as pandas does); when that shifts row numbers, the table
 * carries `rowNumbers` so later messages still point at the right row. A
 * Buffer is viewed as a plain Uint8Array: the scan loops see one kind of array.
 * Throws NotUtf8Error when a field is not UTF-8 (the caller re-reads the file
 * in another encoding).
 */
export class DelimitedParser {
  private readonly options: ParseDelimitedOptions;
  private readonly source: string;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private leftover = EMPTY;
  /** Bytes to gather before scanning again: the head for delimiter detection, then twice a cut record. */
  private need = HEAD_BYTES + 3;
  private scanner: RecordScanner | null = null;
  private delimiter = ',';
  private names: string[] | null = null;
  private builders: ByteColumnBuilder[] = [];
  private rows = new RowNumbers(1);
  private row = 1;
  private blankBeforeData = 0;
  private firstBlank = 0;
  private pendingBlank = 0;
  private unescaped = new Uint8Array(256);
  private fast: FastRecords | null = null;
  private joined = EMPTY;
  /** The file's size when known, to size the columns once the first rows show how long a row is; 0 once done. */
  private expectedBytes: number;
  private scannedBytes = 0;

  /** `expectedBytes`: the file's size, when known (rows are then counted ahead instead of found by doubling). */
  constructor(options: ParseDelimitedOptions, expectedBytes = 0) {
    this.options = options;
    this.source = options.source;
    this.expectedBytes = expectedBytes;
  }

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.pending.push(chunk.constructor === Uint8Array ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
    this.pendingBytes += chunk.length;
    if (this.leftover.length + this.pendingBytes >= this.need) this.process(false);
  }

  /** The table, once every chunk is pushed. */
  finish(): RawTable {
    this.process(true);
    const { source, rows, blankBeforeData, firstBlank } = this;
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
      columns: this.builders.map((b) => b.build()),
      rowCount: rows.count,
      ...(warnings.length > 0 ? { warnings } : {}),
      ...(rowNumbers ? { rowNumbers } : {}),
    };
  }

  private process(final: boolean): void {
    const buf = this.gather();
    let pos = 0;
    if (this.scanner === null) pos = this.start(buf, final);
    if (this.scanner !== null && this.names === null) pos = this.readHeader(buf, pos, final);
    if (this.names !== null) {
      const from = pos;
      pos = this.readRows(buf, pos, final);
      this.reserveRows(pos - from);
    }
    const rest = buf.length - pos;
    this.leftover = rest === 0 ? EMPTY : buf.slice(pos);
    this.need = this.scanner === null ? 2 * buf.length : 2 * rest + 1;
  }

  private gather(): Uint8Array {
    const { pending, leftover } = this;
    let buf: Uint8Array;
    if (leftover.length === 0 && pending.length === 1) buf = pending[0];
    else {
      // One buffer, reused: nothing keeps a view of the bytes once scanned (builders copy, the leftover is a slice).
      const length = leftover.length + this.pendingBytes;
      if (this.joined.length < length) this.joined = new Uint8Array(Math.max(length, 2 * this.joined.length));
      buf = this.joined.subarray(0, length);
      buf.set(leftover);
      let at = leftover.length;
      for (const chunk of pending) {
        buf.set(chunk, at);
        at += chunk.length;
      }
    }
    this.pending = [];
    this.pendingBytes = 0;
    return buf;
  }

  /** Refuses an empty file, skips a BOM, settles the delimiter; the position after the BOM, or 0 (scanner unset) to wait for more bytes. */
  private start(buf: Uint8Array, final: boolean): number {
    if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) throw new NotUtf8Error(); // UTF-16
    const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    if (!hasContent(buf, bom)) {
      if (final) throw new InputError(`${this.source}: the file is empty; choose a file with a header row and at least one data row`);
      return 0;
    }
    const head = buf.subarray(bom, bom + HEAD_BYTES);
    const delimiter = this.options.delimiter ?? detectDelimiter(new TextDecoder().decode(head), 0, final && head.length === buf.length - bom);
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r' || delimiter.charCodeAt(0) >= 0x80) {
      throw new InputError(
        `${this.source}: cannot split fields on ${JSON.stringify(delimiter)}; use one character such as ${DELIMITERS.map((d) => JSON.stringify(d)).join(' ')}`,
      );
    }
    this.delimiter = delimiter;
    this.scanner = new RecordScanner(delimiter.charCodeAt(0));
    return bom;
  }

  private readHeader(buf: Uint8Array, pos: number, final: boolean): number {
    const scanner = this.scanner as RecordScanner;
    for (;;) {
      const found = scanner.scan(buf, pos, final);
      if (found === Scan.Incomplete) return pos;
      if (found === Scan.Blank) {
        this.row++;
        pos = scanner.next;
        continue;
      }
      if (found !== Scan.Record) throw this.scanError(found, buf);
      const header: string[] = [];
      for (let f = 0; f < scanner.count; f++) header.push(this.field(buf, f, (b, s, e) => decodeUtf8(b, s, e)));
      checkHeaderNames(header, { source: this.source, where: `row ${this.row}` });
      this.names = header;
      const missingTokens = this.options.missingTokens ?? MISSING_TOKENS;
      this.builders = header.map((name) => new ByteColumnBuilder(name, missingTokens));
      this.rows = new RowNumbers(this.row);
      this.row++;
      return scanner.next;
    }
  }

  private readRows(buf: Uint8Array, pos: number, final: boolean): number {
    const scanner = this.scanner as RecordScanner;
    const { builders } = this;
    const width = builders.length;
    const end = buf.length;
    const fast = (this.fast ??= new FastRecords(this.delimiter.charCodeAt(0), width));
    // The first quote at or after pos (none: 2^32 - 1), looked up again only once passed.
    let nextQuote = -1;
    // A record starting before the buffer's last line feed ends by a line feed in the buffer, as the fast readers need.
    const lastLineFeed = buf.lastIndexOf(LF);
    while (pos < end) {
      // Most records hold no quote, or quotes around whole fields: those skip the scanner. With no quote up to the
      // last line feed every record is plain; else quoted() reads a record with quotes or without (not looking
      // for each record's line feed first: in a file of quoted text that look-up was a second pass over every record).
      if (pos <= lastLineFeed && buf[pos] !== LF && buf[pos] !== CR) {
        if (nextQuote < pos) nextQuote = buf.indexOf(QUOTE, pos) >>> 0;
        const next = nextQuote > lastLineFeed ? fast.plain(buf, pos, builders) : fast.quoted(buf, pos, builders);
        if (next >= 0) {
          this.blankBeforeData += this.pendingBlank;
          this.pendingBlank = 0;
          this.rows.add(this.row++);
          pos = next;
          continue;
        }
      }
      const found = scanner.scan(buf, pos, final);
      if (found === Scan.Incomplete) break;
      if (found === Scan.Blank) {
        if (this.pendingBlank === 0 && this.firstBlank === 0) this.firstBlank = this.row;
        this.pendingBlank++;
        this.row++;
        pos = scanner.next;
        continue;
      }
      if (found !== Scan.Record) throw this.scanError(found, buf);
      this.blankBeforeData += this.pendingBlank;
      this.pendingBlank = 0;
      if (scanner.count !== width) throw this.raggedRow(scanner.count, width);
      const { start, end: stop, escaped } = scanner.spans;
      for (let f = 0; f < width; f++) {
        if (escaped[f] === 0) builders[f].pushHeld(buf, start[f], stop[f]);
        else this.field(buf, f, (b, s, e) => builders[f].push(b, s, e));
      }
      this.rows.add(this.row++);
      pos = scanner.next;
    }
    this.flushBuilders();
    return pos;
  }

  /**
   * Once rows are read from a file of known size: room for the rows it holds at that length, a twentieth more;
   * not when that takes more than twice the file's size (short rows first?): the columns then grow as they go.
   */
  private reserveRows(scanned: number): void {
    if (this.expectedBytes === 0) return;
    this.scannedBytes += scanned;
    if (this.rows.count === 0) return;
    const rows = Math.ceil((this.rows.count / this.scannedBytes) * this.expectedBytes * 1.05);
    if (4 * rows * this.builders.length <= 2 * this.expectedBytes) for (const builder of this.builders) builder.reserve(rows);
    this.expectedBytes = 0;
  }

  /** Codes the rows builders hold (ByteColumnBuilder.flush): before the buffer changes, and before an error about a later row. */
  private flushBuilders(): void {
    for (const builder of this.builders) builder.flush();
  }

  /** Hands field `f` of the scanned record to `use`, with "" pairs made single quotes first. */
  private field<T>(buf: Uint8Array, f: number, use: (b: Uint8Array, start: number, end: number) => T): T {
    const { start, end, escaped } = (this.scanner as RecordScanner).spans;
    if (escaped[f] === 0) return use(buf, start[f], end[f]);
    if (this.unescaped.length < end[f] - start[f]) this.unescaped = new Uint8Array(2 * (end[f] - start[f]));
    const out = this.unescaped;
    let n = 0;
    for (let i = start[f]; i < end[f]; i++) {
      out[n++] = buf[i];
      if (buf[i] === QUOTE) i++;
    }
    return use(out, 0, n);
  }

  private scanError(found: Scan, buf: Uint8Array): InputError {
    this.flushBuilders();
    return scanError({ source: this.source, row: this.row, names: this.names ?? [], found, scanner: this.scanner as RecordScanner, buf });
  }

  private raggedRow(fields: number, width: number): InputError {
    this.flushBuilders();
    return raggedRowError({ source: this.source, row: this.row, delimiter: this.delimiter, fields, width });
  }
}
