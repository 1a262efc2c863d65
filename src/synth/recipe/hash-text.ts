/**
 * A short fingerprint of a text (two 32-bit FNV-1a hashes with different
 * offsets, 16 hex digits): enough to tell whether a recipe's targets are the
 * ones in hand. Not cryptographic; synchronous so it runs the same in Node and
 * in a worker.
 */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
    b = (b ^ (b >>> 15)) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
