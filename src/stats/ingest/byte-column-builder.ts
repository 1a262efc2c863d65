import { grow } from './grow-typed-array.ts';
import type { RawColumn } from '../raw-table.ts';
import { decodeUtf8 } from './decode-utf8.ts';
import { DeferredSpellings } from './deferred-spellings.ts';
import { NumberCodes } from './number-codes.ts';
import { fieldHash } from './record-scanner.ts';
import { INLINE_BYTES, inlineHigh, inlineLow, place, sameInline, SLOT, spellingHash } from './spelling-slots.ts';

const INITIAL_ROWS = 1024;
const INITIAL_SLOTS = 256;
/** Distinct spellings past which a table that mostly meets new ones is sized for the rows to come (rehash). */
const MANY_ENTRIES = 1 << 16;
/**
 * Distinct spellings at which a column of numbers that mostly meets new ones
 * stops adding them to its table (then 1 MB, half full, in the cache) and
 * defers them (DeferredSpellings) to be deduplicated at the end.
 */
const DEFER_ENTRIES = 1 << 15;
/** A deferred row longer than this, or more rows deferred than this, end deferring: the column is not the measurements it looked like. */
const DEFER_MAX_BYTES = 24;
const DEFER_MAX_ROWS = 1 << 21;
/** codes[row] of a deferred row until its code is known. */
const DEFERRED = 0xffffffff;

/**
 * Dictionary-encodes one column straight from UTF-8 bytes: each field's bytes
 * are hashed and looked up among the distinct spellings seen so far, so a
 * string is made only for a spelling's first occurrence and a repeated value
 * costs a hash and a byte compare. While every value is a plain number, no
 * string is made at all: each spelling's number is read from its bytes
 * (NumberCodes, RawColumn.numbers), and the texts only when asked for. Missing
 * tokens all share the code of '' (in a RawTable '' is the only spelling of
 * "missing"); how often each missing spelling occurred is counted per
 * spelling (RawColumn.missingSpellings).
 *
 * A column of numbers that is mostly new spellings (measurements) would make
 * the table outgrow the cache, and each row's look-up a cache miss: past
 * DEFER_ENTRIES, spellings not in the table are deferred, and their codes
 * assigned at the end in order of first appearance, as they would have been.
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
  /**
   * Open-addressed table of the distinct spellings ("entries"), SLOT ints
   * each: the hash with the length in its top bits (slotHash), code + 1 (0:
   * an empty slot), then the bytes themselves when there are at most
   * INLINE_BYTES of them, else where they start in `pool` and their length.
   * A repeated value reads one slot (and a long one its bytes), nothing else,
   * which matters once the table outgrows the cache.
   */
  private slots = new Int32Array(SLOT * INITIAL_SLOTS);
  /** Entry e's bytes: [entryStart[e], entryStart[e + 1]) of `pool`. */
  private entryStart = new Int32Array(INITIAL_SLOTS / 2);
  private entries = 0;
  private pool = new Uint8Array(4096);
  private poolLength = 0;
  /** Missing spellings, in order of first appearance: their slot's last two ints, length, text and rows. */
  private readonly missingEntries: { a: number; b: number; size: number; text: string; rows: number }[] = [];
  /** Rows whose spelling was not in the table while deferring (null: not deferring). */
  private deferred: DeferredSpellings | null = null;
  /** The first deferred row. */
  private deferredFrom = 0;
  /** False once deferring has ended: the table then holds every spelling again. */
  private mayDefer = true;

  constructor(name: string, missingTokens: readonly string[]) {
    this.name = name;
    this.missing = new Set(missingTokens);
    this.missingBytes = Math.max(0, ...missingTokens.map((t) => new TextEncoder().encode(t).length));
  }

  /** Appends the value spelled by bytes [start, end) of `buf`; throws NotUtf8Error on bytes that are not UTF-8. */
  push(buf: Uint8Array, start: number, end: number): void {
    this.pushHashed(buf, start, end, fieldHash(buf, start, end));
  }

  /** push() with the bytes' fieldHash already known (the scanner computes it as it goes). */
  pushHashed(buf: Uint8Array, start: number, end: number, fnv: number): void {
    const code = this.code(buf, start, end, spellingHash(fnv, end - start));
    if (this.length === this.codes.length) this.codes = grow(this.codes, this.length * 2);
    this.codes[this.length++] = code;
  }

  /** The code of the spelling [start, end) of `buf`, of slot hash `h`, added when new; DEFERRED when it is deferred. */
  private code(buf: Uint8Array, start: number, end: number, h: number): number {
    const size = end - start;
    const slots = this.slots;
    const wrap = slots.length - 1;
    let at = (SLOT * h) & wrap;
    let code: number;
    for (;;) {
      const code1 = slots[at + 1];
      if (code1 === 0) {
        if (this.deferred !== null) return this.defer(buf, start, end, h);
        code = this.addEntry(buf, start, end, h, true);
        break;
      }
      if (slots[at] === h) {
        const a = slots[at + 2];
        const b = slots[at + 3];
        if (size <= INLINE_BYTES ? sameInline(a, b, buf, start, size) : b === size && this.sameBytes(a, buf, start, size)) {
          code = code1 - 1;
          break;
        }
      }
      at = (at + SLOT) & wrap;
    }
    if (code === this.missingCode) this.countMissing(buf, start, size);
    return code;
  }

  /** Defers a row whose spelling is not in the table (code() while deferring); when it should not be, ends deferring and codes it. */
  private defer(buf: Uint8Array, start: number, end: number, h: number): number {
    const deferred = this.deferred as DeferredSpellings;
    if (end - start > DEFER_MAX_BYTES || deferred.count === DEFER_MAX_ROWS) {
      this.resolveDeferred(true);
      return this.code(buf, start, end, h);
    }
    // A spelling that is not UTF-8 fails on the row where it first appears, as it would without deferring.
    if (!deferred.add(buf, start, end, h)) decodeUtf8(buf, start, end);
    return DEFERRED;
  }

  /**
   * Ends deferring: gives every deferred spelling its code, in order of first
   * appearance (addEntry, as if each had been met in its row), and each
   * deferred row its code. `index`: the table takes the new spellings, for
   * rows still to come.
   */
  private resolveDeferred(index: boolean): void {
    const deferred = this.deferred;
    if (deferred === null) return;
    this.deferred = null;
    this.mayDefer = false;
    const first = deferred.firstRows();
    const codes = this.codes;
    let row = this.deferredFrom;
    for (let r = 0; r < deferred.count; r++) {
      const f = first[r];
      deferred.spell(r);
      // Each row's first is before it, so already holds its code.
      const code = f === r ? this.addEntry(deferred.buf, deferred.start, deferred.end, deferred.hash(r), index) : first[f];
      first[r] = code;
      if (code === this.missingCode) this.countMissing(deferred.buf, deferred.start, deferred.end - deferred.start);
      while (codes[row] !== DEFERRED) row++;
      codes[row++] = code;
    }
  }

  /** Room for `rows` codes in all, so the codes array need not grow by doubling on the way. */
  reserve(rows: number): void {
    if (rows > this.codes.length) this.codes = grow(this.codes, rows);
  }

  build(): RawColumn {
    this.resolveDeferred(false);
    const { name, numbers } = this;
    const codes = this.codes.slice(0, this.length);
    const missing = this.missingEntries;
    const spellings = missing.length === 0 ? {} : { missingSpellings: new Map(missing.map((m) => [m.text, m.rows])) };
    if (numbers === null || numbers.length === (this.missingCode < 0 ? 0 : 1)) {
      return { name, values: numbers === null ? this.values : textsOf(numbers, this.pool, this.entryStart), codes, ...spellings };
    }
    // Made on first use from the spellings' bytes, which only the closure keeps.
    const { pool, entryStart } = this;
    let values: string[] | undefined;
    const texts = () => (values ??= textsOf(numbers, pool, entryStart));
    const column: RawColumn = {
      name,
      get values() {
        return texts();
      },
      codes,
      ...spellings,
    };
    const text = (code: number) => (values === undefined ? textOf(numbers, pool, entryStart, code) : values[code]);
    return Object.defineProperty(column, 'numbers', { value: numbers.build(text), enumerable: false });
  }

  /** True when `size` bytes from `at` in the pool are those from `start` in `buf`. */
  private sameBytes(at: number, buf: Uint8Array, start: number, size: number): boolean {
    const pool = this.pool;
    for (let i = 0; i < size; i++) if (pool[at + i] !== buf[start + i]) return false;
    return true;
  }

  /** One more row for the missing spelling that bytes [start, start + size) of `buf` are. */
  private countMissing(buf: Uint8Array, start: number, size: number): void {
    for (const m of this.missingEntries) {
      if (m.size === size && (size <= INLINE_BYTES ? sameInline(m.a, m.b, buf, start, size) : this.sameBytes(m.a, buf, start, size))) {
        m.rows++;
        return;
      }
    }
  }

  /** Adds a new spelling and returns its code; `index`: to the table too (not when only build() is left). */
  private addEntry(buf: Uint8Array, start: number, end: number, h: number, index: boolean): number {
    const size = end - start;
    // While the column is all numbers, a string is made only for what may be a missing token.
    const text = this.numbers === null || size <= this.missingBytes ? decodeUtf8(buf, start, end) : null;
    const e = this.entries++;
    if (e + 2 > this.entryStart.length) this.entryStart = grow(this.entryStart, this.entryStart.length * 2);
    if (this.poolLength + size > this.pool.length) this.pool = grow(this.pool, Math.max(this.pool.length * 2, this.poolLength + size));
    const pool = this.pool;
    const poolStart = this.poolLength;
    for (let i = 0; i < size; i++) pool[poolStart + i] = buf[start + i];
    this.entryStart[e] = poolStart;
    this.poolLength += size;
    this.entryStart[e + 1] = this.poolLength;
    let code: number;
    // The slot's last two ints: the bytes themselves, or where they are.
    let a = poolStart;
    let b = size;
    if (size <= INLINE_BYTES) {
      a = inlineLow(buf, start, size);
      b = inlineHigh(buf, start, size);
    }
    if (text !== null && size <= this.missingBytes && (text === '' || this.missing.has(text))) {
      if (this.missingCode < 0) {
        this.missingCode = this.codeCount++;
        if (this.numbers === null) this.values.push('');
        else this.numbers.addMissing();
      }
      code = this.missingCode;
      this.missingEntries.push({ a, b, size, text, rows: 0 });
    } else {
      if (this.numbers !== null && !this.numbers.add(buf, start, end, e)) {
        this.values = textsOf(this.numbers, this.pool, this.entryStart);
        this.numbers = null;
      }
      if (this.numbers === null) this.values.push(text ?? decodeUtf8(buf, start, end));
      code = this.codeCount++;
    }
    if (!index) return code;
    if (this.mayDefer && this.numbers !== null && this.entries >= DEFER_ENTRIES && 2 * this.entries > this.length) {
      this.deferred = new DeferredSpellings();
      this.deferredFrom = this.length;
    }
    // At most three slots in four in use: fewer, and more of them in the cache, than at half.
    if (4 * SLOT * this.entries > 3 * this.slots.length) this.rehash();
    place(this.slots, h, code + 1, a, b);
    return code;
  }

  /**
   * Twice the slots; or, once most of many rows were new spellings (a column
   * of measurements), enough for the rows the codes have room for to bring
   * new ones at the same rate, so the table is not rebuilt at each doubling.
   */
  private rehash(): void {
    const old = this.slots;
    let size = old.length * 2;
    if (this.entries >= MANY_ENTRIES && 2 * this.entries > this.length) {
      const expected = this.entries + ((this.codes.length - this.length) * this.entries) / this.length;
      while (3 * size < 4 * SLOT * expected) size *= 2;
    }
    const slots = (this.slots = new Int32Array(size));
    for (let at = 0; at < old.length; at += SLOT) if (old[at + 1] !== 0) place(slots, old[at], old[at + 1], old[at + 2], old[at + 3]);
  }
}

/** The text of every code of `numbers` (textOf). */
function textsOf(numbers: NumberCodes, pool: Uint8Array, starts: Int32Array): string[] {
  const texts: string[] = [];
  for (let code = 0; code < numbers.length; code++) texts.push(textOf(numbers, pool, starts, code));
  return texts;
}

/** The text of code `code` of `numbers`, from the bytes of the entry spelling it: [starts[e], starts[e + 1]) of `pool`. */
function textOf(numbers: NumberCodes, pool: Uint8Array, starts: Int32Array, code: number): string {
  const e = numbers.entry(code);
  return e < 0 ? '' : decodeUtf8(pool, starts[e], starts[e + 1]);
}
