/** False when bytes from `from` on are all ASCII white space (String.prototype.trim's view of an empty file). */
export function hasContent(buf: Uint8Array, from: number): boolean {
  for (let i = from; i < buf.length; i++) {
    const b = buf[i];
    if (b !== 32 && (b < 9 || b > 13)) return true;
  }
  return false;
}
