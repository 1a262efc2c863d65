/** Spellings this short are keyed by their bytes themselves (FieldKey.a, .b). */
export const INLINE_BYTES = 8;

const FNV_PRIME = 0x01000193;

/**
 * What a dictionary looks a field's bytes up by: their number, the bytes
 * themselves when there are at most INLINE_BYTES of them (so a repeated short
 * value is recognised by two int compares, no byte loop), and a hash of them
 * with the length in its top bits, so equal hashes mean equal short lengths.
 * The last INLINE_BYTES bytes are shifted in one at a time, the last into b's
 * low byte, so a scanner can key a field as it finds its end (see
 * DelimitedParser.plainRecord); longer fields then hash only the bytes before.
 */
export class FieldKey {
  size = 0;
  a = 0;
  b = 0;
  hash = 0;
}

/** Sets `key` to the key of bytes [start, end) of `buf`. */
export function readKey(buf: Uint8Array, start: number, end: number, key: FieldKey): void {
  let a = 0;
  let b = 0;
  for (let i = Math.max(start, end - INLINE_BYTES); i < end; i++) {
    a = (a << 8) | (b >>> 24);
    b = (b << 8) | buf[i];
  }
  setKey(key, buf, start, end, a, b);
}

/** Sets `key` to that of bytes [start, end) of `buf`, given the last INLINE_BYTES of them shifted into `a`, `b` as readKey does. */
export function setKey(key: FieldKey, buf: Uint8Array, start: number, end: number, a: number, b: number): void {
  const size = end - start;
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77);
  if (size <= INLINE_BYTES) {
    key.a = a;
    key.b = b;
  } else {
    // The bytes before those: FNV-1a, started from the hash of the last ones.
    for (let i = start; i < end - INLINE_BYTES; i++) h = Math.imul(h ^ buf[i], FNV_PRIME);
    key.a = 0;
    key.b = size;
  }
  key.size = size;
  key.hash = finishHash(h, size);
}

/** A hash mixed as murmur3 finishes one (a table indexes by its low bits): its low 27 bits, the length (up to 31) above. */
function finishHash(h: number, size: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h ^= h >>> 13;
  return (h & 0x07ffffff) | ((size < 31 ? size : 31) << 27);
}
