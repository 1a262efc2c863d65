/**
 * Bytes to text. UTF-8 first (BOM stripped); files that are not valid UTF-8 are
 * almost always Excel/Windows exports, so they are read as windows-1252, which
 * also covers Latin-1, and the user is told where the first bad byte sits.
 */
export function decodeText(bytes: Uint8Array, source: string): { text: string; warnings: string[] } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    // The native strict decoder is fast; the byte walk below only runs to say where it failed.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), warnings: [] };
  } catch {
    // not UTF-8: fall through
  }
  const bad = Math.max(0, firstInvalidUtf8Offset(body));
  const offset = bad + start;
  const hex = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
  return {
    text: decodeWindows1252(body),
    warnings: [
      `${source}: not valid UTF-8 (byte 0x${hex} at offset ${offset}), so it was read as Windows-1252 (Latin-1); if accented letters look wrong, save the file as UTF-8 and load it again`,
    ],
  };
}

/** Offset of the first byte that breaks UTF-8 (overlongs, surrogates, truncation included), or -1. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = i + k < n ? bytes[i + k] : 0;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

// 0x80–0x9F of windows-1252 (WHATWG table); 0 marks the five unassigned bytes,
// which map to the same code point. The rest of the range is Latin-1.
// Hand-rolled because Node's TextDecoder('windows-1252') decodes as plain Latin-1.
const HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
  0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];
const CHUNK = 1 << 15;

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const units = new Uint16Array(Math.min(CHUNK, bytes.length));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      units[i - start] = b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] || b : b;
    }
    parts.push(String.fromCharCode(...units.subarray(0, end - start)));
  }
  return parts.join('');
}
