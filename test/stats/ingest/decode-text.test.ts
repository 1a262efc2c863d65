import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/stats/ingest/decode-text.ts';

describe('decodeText', () => {
  it('reads UTF-8 and strips the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('café,ß\n')]);
    expect(decodeText(bytes, 'u.csv')).toEqual({ text: 'café,ß\n', warnings: [] });
  });

  it('reads Latin-1 bytes as windows-1252 and says where UTF-8 failed', () => {
    // "name\ncafé €5\n" in windows-1252: é = 0xE9, € = 0x80
    const bytes = new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35, 0x0a]);
    expect(decodeText(bytes, 'l.csv')).toEqual({
      text: 'name\ncafé €5\n',
      warnings: [
        'l.csv: not valid UTF-8 (byte 0xE9 at offset 8), so it was read as Windows-1252 (Latin-1); if accented letters look wrong, save the file as UTF-8 and load it again',
      ],
    });
  });

  it.each([
    ['a truncated sequence at the end', [0x61, 0xc3], 1],
    ['an overlong encoding', [0x61, 0x62, 0xc0, 0xaf], 2],
    ['a surrogate', [0xed, 0xa0, 0x80], 0],
  ])('finds the first bad byte: %s', (_, bytes, offset) => {
    const { warnings } = decodeText(new Uint8Array(bytes), 'b.csv');
    expect(warnings[0]).toContain(`at offset ${offset})`);
  });

  it('reads UTF-16 with a BOM', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00]);
    expect(decodeText(bytes, 'w.csv')).toEqual({ text: 'aé', warnings: [] });
  });
});
