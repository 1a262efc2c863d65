import { decodeUtf8 } from './decode-utf8.ts';
import { INLINE_BYTES, type FieldKey } from './field-key.ts';
import { grow, withRoom } from './grow-typed-array.ts';

const INITIAL_SLOTS = 256;
/** Ints per slot (see SpellingTable.slots). */
const SLOT = 4;

/**
 * The distinct spellings ("entries") of one column, as UTF-8 bytes, each with
 * a value (its code), in an open-addressed table looked up by FieldKey. Every
 * entry's bytes are also kept in order in one pool, so its text can be made
 * when asked for.
 */
export class SpellingTable {
  /**
   * SLOT ints per slot: the key's hash, value + 1 (0: an empty slot), then
   * the key's bytes (FieldKey.a, .b) when there are at most INLINE_BYTES of
   * them, else where they start in `pool` and their length. A repeated value
   * reads one slot (and a long one its bytes), nothing else, which matters
   * once the table outgrows the cache.
   */
  private slots = new Int32Array(SLOT * INITIAL_SLOTS);
  /** Entry e's bytes: [entryStart[e], entryStart[e + 1]) of `pool`. */
  private entryStart = new Int32Array(INITIAL_SLOTS / 2);
  private pool = new Uint8Array(4096);
  private poolLength = 0;
  /** Where the last find() that failed would have put its key; -1 once the table changed since. */
  private emptyAt = -1;
  /** Entries kept (their bytes in the pool), and those of them in a slot (found by find()). */
  entries = 0;
  slotted = 0;

  /** Slots in all (a table this big no longer fits the cache: see ByteColumnBuilder). */
  capacity = INITIAL_SLOTS;

  /** True when adding one more entry would fill more than three slots in four (rehash first). */
  get full(): boolean {
    return 4 * (this.slotted + 1) > 3 * this.capacity;
  }

  /** The value of the entry spelled by the bytes from `start` of `buf` whose key is `key`; -1 when there is none. */
  find(buf: Uint8Array, start: number, key: FieldKey): number {
    const { slots } = this;
    const { hash, size, a, b } = key;
    const wrap = slots.length - 1;
    let at = (SLOT * hash) & wrap;
    for (;;) {
      const value = slots[at + 1];
      if (value === 0) {
        this.emptyAt = at;
        return -1;
      }
      if (slots[at] === hash) {
        if (size <= INLINE_BYTES ? slots[at + 2] === a && slots[at + 3] === b : slots[at + 3] === size && this.sameBytes(slots[at + 2], buf, start, size)) {
          return value - 1;
        }
      }
      at = (at + SLOT) & wrap;
    }
  }

  /** Reads the first slot `hash` would be looked up in, so a find() soon after finds it in the cache; returns what it read. */
  touch(hash: number): number {
    const slots = this.slots;
    return slots[((SLOT * hash) & (slots.length - 1)) + 1];
  }

  /** Adds the entry spelled by the bytes from `start` of `buf`, of key `key` (just not found), with value `value`; returns its number. */
  add(buf: Uint8Array, start: number, key: FieldKey, value: number): number {
    const { size } = key;
    const poolStart = this.poolLength;
    const e = this.keep(buf, start, size);
    this.slotted++;
    const inline = size <= INLINE_BYTES;
    if (this.emptyAt < 0) this.find(buf, start, key);
    put(this.slots, this.emptyAt, key.hash, value + 1, inline ? key.a : poolStart, inline ? key.b : size);
    this.emptyAt = -1;
    return e;
  }

  /**
   * Keeps the bytes of a spelling as an entry (its text can be made) without a slot: find() never finds it.
   * For a column of measurements whose rows are mostly new spellings (ByteColumnBuilder); returns its number.
   */
  keep(buf: Uint8Array, start: number, size: number): number {
    const e = this.entries++;
    this.entryStart = withRoom(this.entryStart, e + 2);
    this.pool = withRoom(this.pool, this.poolLength + size);
    const { pool } = this;
    const poolStart = this.poolLength;
    for (let i = 0; i < size; i++) pool[poolStart + i] = buf[start + i];
    this.entryStart[e] = poolStart;
    this.poolLength += size;
    this.entryStart[e + 1] = this.poolLength;
    return e;
  }

  /**
   * Room for `entries` entries at most three slots in four, slots doubling:
   * so a table that will hold many is not rebuilt at each doubling, nor are
   * its entries' bytes copied as they grow.
   */
  rehash(entries: number): void {
    if (entries + 2 > this.entryStart.length) this.entryStart = grow(this.entryStart, Math.ceil(entries) + 2);
    const poolBytes = Math.ceil((entries * this.poolLength) / Math.max(1, this.entries));
    if (poolBytes > this.pool.length) this.pool = grow(this.pool, poolBytes);
    const old = this.slots;
    let size = old.length * 2;
    while (3 * size < 4 * SLOT * entries) size *= 2;
    const slots = (this.slots = new Int32Array(size));
    this.capacity = size / SLOT;
    const wrap = size - 1;
    for (let from = 0; from < old.length; from += SLOT) {
      if (old[from + 1] === 0) continue;
      let at = (SLOT * old[from]) & wrap;
      while (slots[at + 1] !== 0) at = (at + SLOT) & wrap;
      put(slots, at, old[from], old[from + 1], old[from + 2], old[from + 3]);
    }
    this.emptyAt = -1;
  }

  /** Entry e's text; throws NotUtf8Error when its bytes are not UTF-8. */
  text(e: number): string {
    return decodeUtf8(this.pool, this.entryStart[e], this.entryStart[e + 1]);
  }

  /** True when `size` bytes from `at` in the pool are those from `start` in `buf`. */
  private sameBytes(at: number, buf: Uint8Array, start: number, size: number): boolean {
    const pool = this.pool;
    for (let i = 0; i < size; i++) if (pool[at + i] !== buf[start + i]) return false;
    return true;
  }
}

function put(slots: Int32Array, at: number, hash: number, value1: number, a: number, b: number): void {
  slots[at] = hash;
  slots[at + 1] = value1;
  slots[at + 2] = a;
  slots[at + 3] = b;
}
