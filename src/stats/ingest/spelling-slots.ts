/** Ints per slot of a ByteColumnBuilder's hash table: slot hash, code + 1 (0: empty), then the spelling's bytes or where they are. */
export const SLOT = 4;
/** Spellings this short are kept in their slot (and in a deferred row), little-endian, four bytes to an int. */
export const INLINE_BYTES = 8;

/** The finished field hash of bytes [start, end): FNV's low bits mix poorly and tables index by them, so it is finished as murmur3 does. */
export function spellingHash(fnv: number, size: number): number {
  const h = Math.imul(fnv ^ (fnv >>> 16), 0x85ebca6b);
  return slotHash(h ^ (h >>> 13), size);
}

/** The hash as a slot keeps it: its low 27 bits (more than a table index uses), the length (up to 31) above, so equal slot hashes mean equal short lengths. */
function slotHash(h: number, size: number): number {
  return (h & 0x07ffffff) | (Math.min(size, 31) << 27);
}

/** Writes a slot's four ints in the first empty slot from its hash on; returns where. */
export function place(slots: Int32Array, h: number, code1: number, a: number, b: number): number {
  const wrap = slots.length - 1;
  let at = (SLOT * h) & wrap;
  while (slots[at + 1] !== 0) at = (at + SLOT) & wrap;
  slots[at] = h;
  slots[at + 1] = code1;
  slots[at + 2] = a;
  slots[at + 3] = b;
  return at;
}

/** The first four of at most INLINE_BYTES bytes from `start`, little-endian. */
export function inlineLow(buf: Uint8Array, start: number, size: number): number {
  let a = 0;
  for (let i = 0; i < size && i < 4; i++) a |= buf[start + i] << (8 * i);
  return a;
}

/** The bytes after the fourth of at most INLINE_BYTES bytes from `start`, little-endian. */
export function inlineHigh(buf: Uint8Array, start: number, size: number): number {
  let b = 0;
  for (let i = 4; i < size; i++) b |= buf[start + i] << (8 * (i - 4));
  return b;
}

/** True when the `size` bytes (at most INLINE_BYTES) kept inline as `a`, `b` are those from `start` in `buf`. */
export function sameInline(a: number, b: number, buf: Uint8Array, start: number, size: number): boolean {
  for (let i = 0; i < size; i++) {
    const word = i < 4 ? a : b;
    if (((word >>> (8 * (i & 3))) & 255) !== buf[start + i]) return false;
  }
  return true;
}

/** Writes the `size` bytes (at most INLINE_BYTES) kept inline as `a`, `b` to `out` from 0. */
export function unpackInline(a: number, b: number, size: number, out: Uint8Array): void {
  for (let i = 0; i < size; i++) out[i] = ((i < 4 ? a : b) >>> (8 * (i & 3))) & 255;
}
