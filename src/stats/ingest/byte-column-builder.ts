import { grow } from './grow-typed-array.ts';
import type { RawColumn } from '../raw-table.ts';
import { decodeUtf8 } from './decode-utf8.ts';
import { NumberCodes } from './number-codes.ts';
import { fieldHash } from './record-scanner.ts';

const INITIAL_ROWS = 1024;
const INITIAL_SLOTS = 256;
/** Ints per slot of the hash table (see ByteColumnBuilder.slots). */
const SLOT = 4;
/** Spellings this short are kept in their slot, little-endian, four bytes to an int. */
const INLINE_BYTES = 8;
/** Distinct spellings past which a table that mostly meets new ones is sized for the rows to come (rehash). */
const MANY_ENTRIES = 1 << 16;
/** Ints of slots past which the table is taken to be out of the cache: rows are then looked up BATCH at a time. */
const BATCH_SLOTS = 1 << 16;
const BATCH = 32;

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
 * A table past the cache (measurements: most rows new spellings) makes each
 * look-up a miss that the parser's work between rows keeps from overlapping
 * the next: rows are then held BATCH at a time (flush) and their first slots
 * read together, so the misses overlap, then looked up in order as before.
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
  /** Rows held while the table is large (see flush): the buffer they are in, their bytes' bounds and fieldHash. */
  private heldBuf: Uint8Array | null = null;
  private readonly heldStart = new Int32Array(BATCH);
  private readonly heldEnd = new Int32Array(BATCH);
  private readonly heldHash = new Int32Array(BATCH);
  private held = 0;
  /** What the early slot reads found (kept, so they are not optimized away). */
  private touched = 0;

  constructor(name: string, missingTokens: readonly string[]) {
    this.name = name;
    this.missing = new Set(missingTokens);
    this.missingBytes = Math.max(0, ...missingTokens.map((t) => new TextEncoder().encode(t).length));
  }

  /** Appends the value spelled by bytes [start, end) of `buf` (which may change once this returns); throws NotUtf8Error on bytes that are not UTF-8. */
  push(buf: Uint8Array, start: number, end: number): void {
    this.flush();
    this.add(buf, start, end, fieldHash(buf, start, end));
  }

  /**
   * push() with the bytes' fieldHash already known (the scanner computes it
   * as it goes), for bytes that stay as they are until flush(): the row may
   * be held, and only then coded (and NotUtf8Error thrown).
   */
  pushHashed(buf: Uint8Array, start: number, end: number, fnv: number): void {
    if (this.slots.length < BATCH_SLOTS) {
      this.add(buf, start, end, fnv);
      return;
    }
    if (buf !== this.heldBuf) {
      this.flush();
      this.heldBuf = buf;
    }
    const i = this.held++;
    this.heldStart[i] = start;
    this.heldEnd[i] = end;
    this.heldHash[i] = fnv;
    if (i + 1 === BATCH) this.flush();
  }

  /** Codes the rows held by pushHashed, in order: before their buffer changes, and before an error about a later row is thrown. */
  flush(): void {
    const n = this.held;
    if (n === 0) return;
    this.held = 0;
    const { heldStart, heldEnd, heldHash } = this;
    // The slots each row's look-up starts at, read now and together, so the look-ups find them in the cache.
    const slots = this.slots;
    const wrap = slots.length - 1;
    let touched = 0;
    for (let i = 0; i < n; i++) touched |= slots[((SLOT * finishHash(heldHash[i], heldEnd[i] - heldStart[i])) & wrap) + 1];
    this.touched |= touched;
    const buf = this.heldBuf as Uint8Array;
    this.heldBuf = null;
    for (let i = 0; i < n; i++) this.add(buf, heldStart[i], heldEnd[i], heldHash[i]);
  }

  /** Appends the row now (pushHashed). */
  private add(buf: Uint8Array, start: number, end: number, fnv: number): void {
    const size = end - start;
    const h = finishHash(fnv, size);
    let slots = this.slots;
    const wrap = slots.length - 1;
    let at = (SLOT * h) & wrap;
    for (;;) {
      if (slots[at + 1] === 0) {
        at = this.addEntry(buf, start, end, h);
        slots = this.slots;
        break;
      }
      if (slots[at] === h) {
        if (size <= INLINE_BYTES ? sameInline(slots, at, buf, start, size) : slots[at + 3] === size && this.sameBytes(slots[at + 2], buf, start, size)) break;
      }
      at = (at + SLOT) & wrap;
    }
    const code = slots[at + 1] - 1;
    if (code === this.missingCode) this.countMissing(slots[at + 2], slots[at + 3], size);
    if (this.length === this.codes.length) this.codes = grow(this.codes, this.length * 2);
    this.codes[this.length++] = code;
  }

  /** Room for `rows` codes in all, so the codes array need not grow by doubling on the way. */
  reserve(rows: number): void {
    if (rows > this.codes.length) this.codes = grow(this.codes, rows);
  }

  build(): RawColumn {
    this.flush();
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

  /** One more row for the missing spelling whose slot holds `a`, `b` (its bytes, or their start and length) and is `size` bytes. */
  private countMissing(a: number, b: number, size: number): void {
    for (const m of this.missingEntries) {
      if (m.a === a && m.b === b && m.size === size) {
        m.rows++;
        return;
      }
    }
  }

  private addEntry(buf: Uint8Array, start: number, end: number, h: number): number {
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
      a = b = 0;
      for (let i = 0; i < size; i++) {
        if (i < 4) a |= buf[start + i] << (8 * i);
        else b |= buf[start + i] << (8 * (i - 4));
      }
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
    // At most three slots in four in use: fewer, and more of them in the cache, than at half.
    if (4 * SLOT * this.entries > 3 * this.slots.length) this.rehash();
    return place(this.slots, h, code + 1, a, b);
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

/** Writes a slot's four ints in the first empty slot from its hash on; returns where. */
function place(slots: Int32Array, h: number, code1: number, a: number, b: number): number {
  const wrap = slots.length - 1;
  let at = (SLOT * h) & wrap;
  while (slots[at + 1] !== 0) at = (at + SLOT) & wrap;
  slots[at] = h;
  slots[at + 1] = code1;
  slots[at + 2] = a;
  slots[at + 3] = b;
  return at;
}

/** The slot hash of bytes of fieldHash `fnv`: FNV's low bits mix poorly and the table indexes by them, so it is finished as murmur3 does. */
function finishHash(fnv: number, size: number): number {
  const h = Math.imul(fnv ^ (fnv >>> 16), 0x85ebca6b);
  return slotHash(h ^ (h >>> 13), size);
}

/** The hash as a slot keeps it: its low 27 bits (more than a table index uses), the length (up to 31) above, so equal slot hashes mean equal short lengths. */
function slotHash(h: number, size: number): number {
  return (h & 0x07ffffff) | (Math.min(size, 31) << 27);
}

/** True when the `size` bytes (at most INLINE_BYTES) kept in the slot at `at` are those from `start` in `buf`. */
function sameInline(slots: Int32Array, at: number, buf: Uint8Array, start: number, size: number): boolean {
  for (let i = 0; i < size; i++) {
    const word = i < 4 ? slots[at + 2] : slots[at + 3];
    if (((word >>> (8 * (i & 3))) & 255) !== buf[start + i]) return false;
  }
  return true;
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
