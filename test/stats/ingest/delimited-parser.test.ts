import { describe, expect, it } from 'vitest';
import { NotUtf8Error } from '../../../src/stats/ingest/decode-utf8.ts';
import { DelimitedParser } from '../../../src/stats/ingest/delimited-parser.ts';
import { parseDelimited, parseDelimitedStream } from '../../../src/stats/ingest/parse-delimited.ts';
import type { RawTable } from '../../../src/stats/raw-table.ts';
import { createRng } from '../../../src/synth/rng.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** The table, or the message it was refused with, from bytes pushed in pieces of `size` (0: all at once). */
function parseIn(bytes: Uint8Array, size: number): RawTable | string {
  try {
    const parser = new DelimitedParser({ source: 't.csv' });
    if (size === 0) parser.push(bytes);
    else for (let at = 0; at < bytes.length; at += size) parser.push(bytes.subarray(at, at + size));
    return parser.finish();
  } catch (e) {
    return (e as Error).message;
  }
}

describe('DelimitedParser across chunk boundaries', () => {
  it.each([
    ['a quote and its "" escape', 'a,b\n"x,""y""",1\n"",2\n'],
    ['CRLF and lone CR line ends', 'a,b\r\n1,2\r\n3,4\r5,6\r\n'],
    ['a line break inside quotes', 'a,b\n"line one\r\nline two",1\n'],
    ['multibyte characters', 'név,€\ncafé,😀\nß,"ü,ö"\n'],
    ['blank lines and a BOM', '\uFEFFa;b\n\n1;2\n\r\n3;4'],
    ['a trailing delimiter at the end', 'a,b\n1,'],
  ])('%s: every split gives the whole-buffer table', (_, text) => {
    const bytes = utf8(text);
    const whole = parseIn(bytes, 0);
    expect(typeof whole).not.toBe('string');
    for (const size of [1, 2, 3, 5, 7, 11]) expect(parseIn(bytes, size), `chunks of ${size}`).toEqual(whole);
  });

  it.each([
    ['an unterminated quote', 'a,b\n1,"x\n2,3\n'],
    ['text after a closing quote', 'a,b\n1,"x"y\n'],
    ['a ragged row', 'a,b\n1,2\n3\n'],
    ['an empty file', '  \r\n'],
  ])('%s: every split gives the same message', (_, text) => {
    const bytes = utf8(text);
    const whole = parseIn(bytes, 0);
    expect(typeof whole).toBe('string');
    for (const size of [1, 2, 3, 5]) expect(parseIn(bytes, size), `chunks of ${size}`).toBe(whole);
  });

  it('a column whose table is large enough for rows to be held (ByteColumnBuilder.flush) reads the same in any pieces', () => {
    const fields = Array.from({ length: 20_000 }, (_, i) => (i % 9 === 0 ? 'NA' : `${(i * 7919) % 15_013}.${i % 7}`));
    const bytes = utf8(`n,c\n${fields.map((f, i) => `${f},${i % 3}`).join('\n')}\n`);
    const whole = parseIn(bytes, 0) as RawTable;
    const distinct = [...new Set(fields.map((f) => (f === 'NA' ? '' : f)))];
    expect(whole.columns[0].values).toEqual(distinct);
    const codeOf = new Map(distinct.map((f, code) => [f, code]));
    expect(Array.from(whole.columns[0].codes)).toEqual(fields.map((f) => codeOf.get(f === 'NA' ? '' : f)));
    for (const size of [7, 4096, 70_000]) expect(parseIn(bytes, size), `chunks of ${size}`).toEqual(whole);
  });

  it('a held row that is not UTF-8 is still refused before a ragged row after it', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `${i}.5`);
    rows[19_995] = '1,2';
    const bytes = utf8(`n\n${rows.join('\n')}\n`);
    bytes[`n\n${rows.slice(0, 19_990).join('\n')}\n`.length] = 0xff; // the first byte of row 19990 (ASCII before it)
    for (const size of [0, 7, 4096]) expect(parseIn(bytes, size), `chunks of ${size}`).toBe(new NotUtf8Error().message);
  });

  it('streamed equals whole on random inputs (seeded), tables and messages alike', () => {
    const rng = createRng(7);
    const pieces = ['a', 'bc', 'NA', '', ',', ',', '"', '""', '\n', '\r\n', '\r', ' ', 'é', '😀', '1.5', ';', '\t'];
    for (let trial = 0; trial < 300; trial++) {
      let text = 'x,y,z\n';
      const n = 1 + rng.int(60);
      for (let i = 0; i < n; i++) text += pieces[rng.int(pieces.length)];
      const bytes = utf8(text);
      const whole = parseIn(bytes, 0);
      const size = 1 + rng.int(9);
      expect(parseIn(bytes, size), `${JSON.stringify(text)} in chunks of ${size}`).toEqual(whole);
    }
  });

  it('reads back what was written, each field bare or in quotes as a spreadsheet writes it (seeded)', () => {
    const rng = createRng(19);
    const values = ['east', 'no', '24', '0.5585', '', 'São Paulo', 'a,b', 'say "hi"', 'two\nlines', 'x\r\ny', 'Nantes', '2020-02-07', ' padded '];
    const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;
    for (let trial = 0; trial < 60; trial++) {
      const width = 1 + rng.int(5);
      const rows = Array.from({ length: 1 + rng.int(40) }, () => Array.from({ length: width }, () => values[rng.int(values.length)]));
      // Quotes where the value needs them (a lone empty field too: a bare one is a blank line, skipped), and on a
      // whim elsewhere: whole records of each kind, and mixed ones.
      const style = rng.int(3);
      const needs = (v: string) => /[",\r\n]/.test(v) || (width === 1 && v === '');
      const field = (v: string) => (needs(v) || style === 1 || (style === 2 && rng.next() < 0.5) ? quote(v) : v);
      const ending = rng.next() < 0.5 ? '\n' : '\r\n';
      const header = Array.from({ length: width }, (_, i) => `c${i}`).join(',');
      const text = [header, ...rows.map((r) => r.map(field).join(','))].join(ending) + ending;
      const bytes = utf8(text);
      for (const size of [0, 1 + rng.int(30)]) {
        const table = parseIn(bytes, size) as RawTable;
        const read = rows.map((_, r) => table.columns.map((c) => c.values[c.codes[r]]));
        expect(read, `${JSON.stringify(text)} in chunks of ${size}`).toEqual(rows);
      }
    }
  });

  it('parseDelimitedStream reads async chunks as parseDelimited reads a buffer', async () => {
    const bytes = utf8('a,b\n"1\n2",x\n3,y\n');
    async function* chunks() {
      for (let at = 0; at < bytes.length; at += 4) yield bytes.subarray(at, at + 4);
    }
    expect(await parseDelimitedStream(chunks(), { source: 't.csv' })).toEqual(parseDelimited(bytes, { source: 't.csv' }));
  });

  it('keeps bytes shared with the caller untouched and needs no copy of the file', () => {
    const bytes = utf8('a,b\n1,2\n');
    const before = Array.from(bytes);
    parseDelimited(bytes, { source: 't.csv' });
    expect(Array.from(bytes)).toEqual(before);
  });

  it.each([
    ['a Latin-1 byte', new Uint8Array([0x61, 0x0a, 0x63, 0xe9, 0x0a])],
    ['a UTF-16 BOM', new Uint8Array([0xff, 0xfe, 0x61, 0x00])],
  ])('throws NotUtf8Error on %s, for readTable to decode the file another way', (_, bytes) => {
    expect(() => parseDelimited(bytes, { source: 't.csv' })).toThrow(NotUtf8Error);
  });
});
