import { fitted, grow } from './grow-typed-array.ts';
import type { RawColumn } from '../raw-table.ts';
import { decodeUtf8 } from './decode-utf8.ts';
import { FieldKey, readKey, setKey } from './field-key.ts';
import { NumberCodes } from './number-codes.ts';
import { mergeSpellings } from './merge-spellings.ts';
import { SpellingTable } from './spelling-table.ts';

const INITIAL_ROWS = 1024;
/** Distinct spellings past which a table that mostly meets new ones is sized for the rows to come (rehash). */
const MANY_ENTRIES = 1 << 16;
/** Slots past which the table is taken to be out of the cache: rows are then looked up BATCH at a time. */
const BATCH_SLOTS = 1 << 14;
const BATCH = 32;

/**
 * Dictionary-encodes one column straight from UTF-8 bytes: each field's bytes
 * are keyed (field-key.ts) and looked up among the distinct spellings seen so
 * far (spelling-table.ts), so a string is made only for a spelling's first
 * occurrence and a repeated value costs a key and a compare. While every value
 * is a plain number, no string is made at all: each spelling's number is read
 * from its bytes (NumberCodes, RawColumn.numbers), and the texts only when
 * asked for. Missing tokens all share the code of '' (in a RawTable '' is the
 * only spelling of "missing"); how often each missing spelling occurred is
 * counted per spelling (RawColumn.missingSpellings).
 *
 * A table past the cache (measurements: most rows new spellings) makes each
 * look-up a miss that the parser's work between rows keeps from overlapping
 * the next: rows are then held BATCH at a time (flush) and their first slots
 * read together, so the misses overlap, then looked up in order as before.
 *
 * A column of measurements with fractions (an income to the cent: 854k
 * spellings in 1M rows) stops looking its numbers up at all once most of many
 * rows were new (`direct`): each row's number gets a code of its own, its
 * bytes kept as an entry, so a repeat costs what a new value does and no
 * look-up misses the cache. Codes then repeat a spelling now and then, which
 * only a column of numbers can afford: one with fractions is neither a boolean
 * nor an identifier, so its type does not hang on its distinct values, and
 * what lists or counts them merges them first (RawColumn.repeats). Missing
 * tokens are still looked up; the first field that is not a number ends the
 * mode, its codes merged back into one per spelling (leaveDirect).
 */
export class ByteColumnBuilder {
  readonly name: string;
  private readonly missing: ReadonlySet<string>;
  /** Longest missing token in bytes: longer fields skip the set lookup. */
  private readonly missingBytes: number;
  /** Each code's text, once the column holds a value that is not a plain number (`numbers` is then null). */
  private values: string[] = [];
  /** Each code's number while every value is a plain number or missing: no strings made (see RawColumn.numbers). */
  private numbers: NumberCodes | null = new NumberCodes();
  private codeCount = 0;
  private codes = new Uint32Array(INITIAL_ROWS);
  private length = 0;
  /** The code of '' once a missing value has been seen; -1 before. */
  private missingCode = -1;
  /** The distinct spellings, each with its code. */
  private table = new SpellingTable();
  /** The key of the field being coded (reused). */
  private readonly key = new FieldKey();
  /** Missing spellings, in order of first appearance: their bytes, text and rows. */
  private readonly missingEntries: { bytes: Uint8Array; text: string; rows: number }[] = [];
  /** Rows held while the table is large (see flush): the buffer they are in, their bytes' bounds and keys. */
  private heldBuf: Uint8Array | null = null;
  private readonly heldStart = new Int32Array(BATCH);
  private readonly heldEnd = new Int32Array(BATCH);
  private readonly heldA = new Int32Array(BATCH);
  private readonly heldB = new Int32Array(BATCH);
  private readonly heldHash = new Int32Array(BATCH);
  private held = 0;
  /** What the early slot reads found (kept, so they are not optimized away). */
  private touched = 0;
  /** Numbers are coded row by row without a look-up (see the class comment). */
  private direct = false;

  constructor(name: string, missingTokens: readonly string[]) {
    this.name = name;
    this.missing = new Set(missingTokens);
    this.missingBytes = Math.max(0, ...missingTokens.map((t) => new TextEncoder().encode(t).length));
  }

  /** Appends the value spelled by bytes [start, end) of `buf` (which may change once this returns); throws NotUtf8Error on bytes that are not UTF-8. */
  push(buf: Uint8Array, start: number, end: number): void {
    this.flush();
    readKey(buf, start, end, this.key);
    this.add(buf, start, this.key);
  }

  /** push(), for bytes that stay as they are until flush(): the row may be held, and only then coded (and NotUtf8Error thrown). */
  pushHeld(buf: Uint8Array, start: number, end: number): void {
    readKey(buf, start, end, this.key);
    this.hold(buf, start, end);
  }

  /** pushHeld(), given the field's last bytes shifted into `a`, `b` as FieldKey keeps them. */
  pushHeldShifted(buf: Uint8Array, start: number, end: number, a: number, b: number): void {
    setKey(this.key, buf, start, end, a, b);
    this.hold(buf, start, end);
  }

  /** Codes the row of this.key now, or holds it while the table is large. */
  private hold(buf: Uint8Array, start: number, end: number): void {
    const { key } = this;
    if (this.direct || this.table.capacity < BATCH_SLOTS) {
      this.add(buf, start, key);
      return;
    }
    if (buf !== this.heldBuf) {
      this.flush();
      this.heldBuf = buf;
    }
    const i = this.held++;
    this.heldStart[i] = start;
    this.heldEnd[i] = end;
    this.heldA[i] = key.a;
    this.heldB[i] = key.b;
    this.heldHash[i] = key.hash;
    if (i + 1 === BATCH) this.flush();
  }

  /** Codes the rows held by pushHeld, in order: before their buffer changes, and before an error about a later row is thrown. */
  flush(): void {
    const n = this.held;
    if (n === 0) return;
    this.held = 0;
    const { heldStart, heldEnd, heldA, heldB, heldHash, table, key } = this;
    // The slots each row's look-up starts at, read now and together, so the look-ups find them in the cache.
    let touched = 0;
    for (let i = 0; i < n; i++) touched |= table.touch(heldHash[i]);
    this.touched |= touched;
    const buf = this.heldBuf as Uint8Array;
    this.heldBuf = null;
    for (let i = 0; i < n; i++) {
      key.size = heldEnd[i] - heldStart[i];
      key.a = heldA[i];
      key.b = heldB[i];
      key.hash = heldHash[i];
      this.add(buf, heldStart[i], key);
    }
  }

  /** Appends the row of key `key` spelled from `start` of `buf` now. */
  private add(buf: Uint8Array, start: number, key: FieldKey): void {
    let code = this.direct && key.size > this.missingBytes ? this.addDirect(buf, start, key.size) : this.table.find(buf, start, key);
    if (code < 0) code = this.addEntry(buf, start, key);
    if (code === this.missingCode) this.countMissing(buf, start, key.size);
    if (this.length === this.codes.length) this.codes = grow(this.codes, this.length * 2);
    this.codes[this.length++] = code;
  }

  /** Room for `rows` codes in all, so the codes array need not grow by doubling on the way. */
  reserve(rows: number): void {
    if (rows > this.codes.length) this.codes = grow(this.codes, rows);
  }

  build(): RawColumn {
    this.flush();
    const { name, numbers, table } = this;
    const codes = fitted(this.codes, this.length);
    const missing = this.missingEntries;
    const spellings = missing.length === 0 ? {} : { missingSpellings: new Map(missing.map((m) => [m.text, m.rows])) };
    if (numbers === null || numbers.length === (this.missingCode < 0 ? 0 : 1)) {
      return { name, values: numbers === null ? this.values : numbers.texts(table), codes, ...spellings };
    }
    // Read in direct mode (and never left): codes may repeat a spelling.
    const repeats = this.direct ? { repeats: true } : {};
    // Made on first use from the spellings' bytes, which only the closure keeps.
    let values: string[] | undefined;
    const texts = () => (values ??= numbers.texts(table));
    const column: RawColumn = {
      name,
      get values() {
        return texts();
      },
      codes,
      ...spellings,
      ...repeats,
    };
    const text = (code: number) => (values === undefined ? numbers.text(table, code) : values[code]);
    return Object.defineProperty(column, 'numbers', { value: numbers.build(text), enumerable: false });
  }

  /** One more row for the missing spelling of `size` bytes from `start` of `buf`. */
  private countMissing(buf: Uint8Array, start: number, size: number): void {
    for (const m of this.missingEntries) {
      if (m.bytes.length === size && sameBytes(m.bytes, buf, start)) {
        m.rows++;
        return;
      }
    }
  }

  /** Adds the spelling of key `key` from `start` of `buf` (not in the table); returns its code. */
  private addEntry(buf: Uint8Array, start: number, key: FieldKey): number {
    const { size } = key;
    const end = start + size;
    // While the column is all numbers, a string is made only for what may be a missing token.
    const text = this.numbers === null || size <= this.missingBytes ? decodeUtf8(buf, start, end) : null;
    if (this.table.full) {
      const expected = this.expectedEntries();
      // Most of many rows were new spellings of numbers with fractions: measurements, read directly from here on.
      if (this.numbers?.fractions && expected > this.table.entries + 1) this.direct = true;
      this.table.rehash(expected);
      this.numbers?.reserve(expected);
    }
    if (this.direct && (text === null || !(text === '' || this.missing.has(text)))) {
      const direct = this.addDirect(buf, start, size);
      if (direct >= 0) return direct;
    }
    // Read only now: leaving direct mode (addDirect) rebuilds the table.
    const { table } = this;
    let code: number;
    if (text !== null && size <= this.missingBytes && (text === '' || this.missing.has(text))) {
      if (this.missingCode < 0) {
        this.missingCode = this.codeCount++;
        if (this.numbers === null) this.values.push('');
        else this.numbers.addMissing();
      }
      code = this.missingCode;
      this.missingEntries.push({ bytes: buf.slice(start, end), text, rows: 0 });
    } else {
      if (this.numbers !== null && !this.numbers.add(buf, start, end, table.entries)) {
        this.values = this.numbers.texts(table);
        this.numbers = null;
      }
      if (this.numbers === null) this.values.push(text ?? decodeUtf8(buf, start, end));
      code = this.codeCount++;
    }
    table.add(buf, start, key, code);
    return code;
  }

  /**
   * Codes a field in direct mode: a new code for its number, its bytes kept as an entry. −1 when it is not a
   * plain number: the mode has ended (leaveDirect) and the field is for addEntry.
   */
  private addDirect(buf: Uint8Array, start: number, size: number): number {
    const numbers = this.numbers as NumberCodes;
    if (!numbers.add(buf, start, start + size, this.table.entries)) {
      this.leaveDirect();
      return -1;
    }
    this.table.keep(buf, start, size);
    return this.codeCount++;
  }

  /**
   * Ends direct mode on a field that is not a number: every code gets its text, codes spelling the same
   * text are merged into the first, and the table is rebuilt to hold each spelling once, as if the column
   * had been coded by look-up from the start.
   */
  private leaveDirect(): void {
    const texts = (this.numbers as NumberCodes).texts(this.table);
    const merged = mergeSpellings({ name: this.name, values: texts, codes: this.codes.subarray(0, this.length), repeats: true });
    this.codes.set(merged.codes);
    this.missingCode = merged.values.indexOf('');
    const table = new SpellingTable();
    const key = new FieldKey();
    const put = (bytes: Uint8Array, code: number) => {
      readKey(bytes, 0, bytes.length, key);
      if (table.full) table.rehash(table.slotted + 1);
      table.find(bytes, 0, key);
      table.add(bytes, 0, key, code);
    };
    const encoder = new TextEncoder();
    merged.values.forEach((text, code) => {
      if (code !== this.missingCode) put(encoder.encode(text), code);
    });
    // Each missing spelling as the file wrote it, so a later one is counted, not met anew.
    for (const m of this.missingEntries) put(m.bytes, this.missingCode);
    this.table = table;
    this.values = [...merged.values];
    this.numbers = null;
    this.codeCount = merged.values.length;
    this.direct = false;
  }

  /**
   * The entries to make room for when the table is full: one more; or, once
   * most of many rows were new spellings (a column of measurements), enough
   * for the rows the codes have room for to bring new ones at the same rate.
   */
  private expectedEntries(): number {
    const { entries } = this.table;
    if (entries < MANY_ENTRIES || 2 * entries <= this.length) return entries + 1;
    return entries + ((this.codes.length - this.length) * entries) / this.length;
  }
}

/** True when the bytes of `a` are those from `start` in `buf`. */
function sameBytes(a: Uint8Array, buf: Uint8Array, start: number): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== buf[start + i]) return false;
  return true;
}
