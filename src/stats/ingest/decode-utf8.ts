const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A field whose bytes are not UTF-8: the whole file must be read in another encoding. */
export class NotUtf8Error extends Error {
  constructor() {
    super('not UTF-8');
  }
}

/** Short ASCII without the decoder's call overhead (most fields); anything else strictly as UTF-8. */
export function decodeUtf8(buf: Uint8Array, start: number, end: number): string {
  if (end - start <= 12) {
    // Short strings concatenate flat in V8, and no subarray is made.
    let text = '';
    let i = start;
    while (i < end && buf[i] < 0x80) text += String.fromCharCode(buf[i++]);
    if (i === end) return text;
  }
  try {
    return utf8.decode(buf.subarray(start, end));
  } catch {
    throw new NotUtf8Error();
  }
}
