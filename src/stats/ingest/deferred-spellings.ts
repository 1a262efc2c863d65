import { grow } from './grow-typed-array.ts';
import { INLINE_BYTES, inlineHigh, inlineLow, unpackInline } from './spelling-slots.ts';

/** Rows per bucket aimed at when deduplicating: a bucket's records (16 bytes each) and its table stay in the L2 cache. */
const BUCKET_ROWS = 2048;
/** At most this many buckets (2^bits), so the scatter writes few enough streams at once. */
const MAX_BUCKET_BITS = 10;
/** Bits of a slot hash that are hash (spelling-slots.ts: the length is above). */
const HASH_BITS = 27;

/**
 * Rows of a column whose spellings are looked up later, all at once, instead
 * of one by one in a hash table too large for the cache (a column of
 * measurements, nearly every row a new spelling). Each row is kept in order
 * as three ints: its slot hash, then its bytes inline (at most INLINE_BYTES)
 * or where they start in `bytes` and their length; the bytes are copied, as
 * the buffer they came in is reused. firstRows() then finds, for every row,
 * the first row spelled the same: the rows are split by hash into buckets
 * small enough for the cache, and each bucket deduplicated on its own.
 */
export class DeferredSpellings {
  /** Rows kept. */
  count = 0;
  /** Bytes kept out of line (longer than INLINE_BYTES). */
  byteLength = 0;
  private rows = new Int32Array(3 * 1024);
  private bytes = new Uint8Array(4096);
  /** spell(): the row's bytes are [start, end) of buf. */
  buf: Uint8Array = this.bytes;
  start = 0;
  end = 0;
  private readonly scratch = new Uint8Array(INLINE_BYTES);

  /** Keeps the row spelled by bytes [start, end) of `buf`, of slot hash `h`; false when a byte is not ASCII. */
  add(buf: Uint8Array, start: number, end: number, h: number): boolean {
    const size = end - start;
    let i = 3 * this.count;
    if (i === this.rows.length) this.rows = grow(this.rows, 2 * i);
    const rows = this.rows;
    rows[i++] = h;
    let high = 0;
    if (size <= INLINE_BYTES) {
      rows[i++] = inlineLow(buf, start, size);
      rows[i] = inlineHigh(buf, start, size);
      for (let p = start; p < end; p++) high |= buf[p];
    } else {
      if (this.byteLength + size > this.bytes.length) this.bytes = grow(this.bytes, Math.max(2 * this.bytes.length, this.byteLength + size));
      const bytes = this.bytes;
      const at = this.byteLength;
      for (let p = 0; p < size; p++) {
        const c = buf[start + p];
        bytes[at + p] = c;
        high |= c;
      }
      this.byteLength = at + size;
      rows[i++] = at;
      rows[i] = size;
    }
    this.count++;
    return high < 0x80;
  }

  /** Points buf, start, end at the bytes of row `row`. */
  spell(row: number): void {
    const rows = this.rows;
    const size = rows[3 * row] >>> HASH_BITS;
    if (size <= INLINE_BYTES) {
      unpackInline(rows[3 * row + 1], rows[3 * row + 2], size, this.scratch);
      this.buf = this.scratch;
      this.start = 0;
      this.end = size;
    } else {
      this.buf = this.bytes;
      this.start = rows[3 * row + 1];
      this.end = this.start + rows[3 * row + 2];
    }
  }

  /** The slot hash of row `row`. */
  hash(row: number): number {
    return this.rows[3 * row];
  }

  /** For every row, the first row spelled the same (itself when it is the first). */
  firstRows(): Int32Array {
    const { count, rows } = this;
    let bits = 0;
    while (bits < MAX_BUCKET_BITS && count >>> bits > BUCKET_ROWS) bits++;
    const shift = HASH_BITS - bits;
    // Counting sort by bucket, stable: within a bucket rows stay in order, so the first of a spelling is met first.
    const next = new Int32Array((1 << bits) + 1);
    for (let r = 0; r < count; r++) next[(((rows[3 * r] & 0x07ffffff) >>> shift) & ((1 << bits) - 1)) + 1]++;
    let largest = 0;
    for (let b = 1; b < next.length; b++) {
      largest = Math.max(largest, next[b]);
      next[b] += next[b - 1];
    }
    const starts = next.slice();
    const records = new Int32Array(4 * count);
    for (let r = 0; r < count; r++) {
      const p = 4 * next[((rows[3 * r] & 0x07ffffff) >>> shift) & ((1 << bits) - 1)]++;
      records[p] = rows[3 * r];
      records[p + 1] = rows[3 * r + 1];
      records[p + 2] = rows[3 * r + 2];
      records[p + 3] = r;
    }
    const first = new Int32Array(count);
    let tableSize = 16;
    while (tableSize < 2 * largest) tableSize *= 2;
    const table = new Int32Array(tableSize);
    for (let b = 0; b + 1 < starts.length; b++) this.dedupe(records, starts[b], starts[b + 1], table, first);
    return first;
  }

  /** firstRows() for records [from, to) (one bucket), with `table` (empty slots: 0) as its hash table. */
  private dedupe(records: Int32Array, from: number, to: number, table: Int32Array, first: Int32Array): void {
    let size = 16;
    while (size < 2 * (to - from)) size *= 2;
    table.fill(0, 0, size);
    const wrap = size - 1;
    for (let p = from; p < to; p++) {
      const h = records[4 * p];
      const a = records[4 * p + 1];
      const b = records[4 * p + 2];
      let at = h & wrap;
      for (;;) {
        const q = table[at] - 1;
        if (q < 0) {
          table[at] = p + 1;
          first[records[4 * p + 3]] = records[4 * p + 3];
          break;
        }
        if (records[4 * q] === h && this.same(h, a, b, records[4 * q + 1], records[4 * q + 2])) {
          first[records[4 * p + 3]] = records[4 * q + 3];
          break;
        }
        at = (at + 1) & wrap;
      }
    }
  }

  /** True when two rows of slot hash `h` (so of one length up to 31) kept as a, b and a2, b2 are spelled the same. */
  private same(h: number, a: number, b: number, a2: number, b2: number): boolean {
    if (h >>> HASH_BITS <= INLINE_BYTES) return a === a2 && b === b2;
    if (b !== b2) return false;
    const bytes = this.bytes;
    for (let i = 0; i < b; i++) if (bytes[a + i] !== bytes[a2 + i]) return false;
    return true;
  }
}
