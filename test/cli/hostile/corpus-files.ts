import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../run-synth.ts';

/** The corpus's folder: inputs in `in/` (hashed before and after), outputs in `out/`. */
export const DIR = mkdtempSync(join(tmpdir(), 'synth-hostile-'));
export const IN = join(DIR, 'in');
export const OUT = join(DIR, 'out');
export const input = (name: string): string => join(IN, name);
export const output = (name: string): string => join(OUT, name);

const CATS_ROWS = 60;

/** Bytes that look like nothing: a fixed linear congruential stream, the same on every run. */
function garbage(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

/** `text` in UTF-16 after its byte order mark, as Excel's "Unicode text" writes it. */
function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes.set(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8], 2 + i * 2);
  }
  return bytes;
}

const SMALL_CSV = 'colour,size\nred,1\nblue,2\nred,3\n';

/** Every table-like input file of the corpus, by name. */
const TABLES: Record<string, string | Uint8Array> = {
  'cats.csv': 'colour,shape\n' + Array.from({ length: CATS_ROWS }, (_, i) => `${['red', 'blue', 'green'][i % 3]},${['disc', 'star'][i % 2]}`).join('\n') + '\n',
  'empty.csv': '',
  'header-only.csv': 'colour,size\n',
  'newlines.csv': '\n\n\n\n\n',
  'crlf-blank.csv': '\r\n\r\n\r\n',
  'garbage.csv': garbage(4096),
  'garbage.bin': garbage(4096),
  'nul.csv': 'colour,size\nred,1\nbl\0ue,2\nred,3\n',
  'nul-header.csv': 'col\0our,size\nred,1\nblue,2\n',
  'utf16le.csv': utf16(SMALL_CSV, false),
  'utf16be.csv': utf16(SMALL_CSV, true),
  'ragged.csv': 'colour,size\nred,1\nblue\nred,3,4\n',
  'long-row.csv': 'colour,size\nred,1\n' + '1,'.repeat(1_000_000) + '1\n',
  'wide-header.csv': Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',') + '\n' + '1,'.repeat(9_999) + '1\n',
  'escape-name.csv': 'col\x1b[31mour\x1b]0;pwned\x07,size\nred,1\nblue,2\nred,3\n',
  'escape-value.csv': 'colour,size\n\x1b[2Jred,1\nblue,2\n\x1b[2Jred,3\n',
  'duplicate.csv': 'colour,size,colour\nred,1,a\nblue,2,b\n',
  'long-name.csv': `${'n'.repeat(1_000_000)},size\nred,1\nblue,2\nred,3\n`,
  'one-cell.csv': 'colour\nred\n',
  'unterminated.csv': 'colour,size\nred,"1\nblue,2\n',
  'deep.json': '['.repeat(100_000) + ']'.repeat(100_000),
  'deep-open.json': '['.repeat(100_000),
  'scalars.json': '[1,2,3]',
  'null.json': 'null',
  'object.json': '{"colour":"red"}',
  'records.json': '[{"colour":"red","size":1},{"colour":"blue","size":2},{"colour":"red","size":3}]',
  'not-parquet.parquet': garbage(512),
  'book.xlsx': garbage(512),
  noext: SMALL_CSV,
  'one-line-20mb.csv': 'x'.repeat(20_000_000),
  'tab.tsv': 'colour\tsize\nred\t1\nblue\t2\n',
};

/** Files that are not tables. */
const OTHERS: Record<string, string> = {
  'metadata.json': '{"columns":{"colour":{"sdtype":"categorical"}}}',
  'metadata-null.json': 'null',
  'metadata-array.json': '[]',
  'metadata-bad-type.json': '{"columns":{"colour":{"sdtype":"spaceship"}}}',
  'metadata-unknown-column.json': '{"columns":{"nosuch":{"sdtype":"categorical"}}}',
  'metadata-columns-string.json': '{"columns":"colour"}',
  'metadata-deep.json': '{"columns":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}',
  'metadata-not-json.json': '{columns: colour}',
  'rules.txt': 'colour in {red} => shape in {disc}\n',
  'rules-garbage.txt': '=> => {{{ }}} ;;; \x1b[31m\n',
  'rules-unknown.txt': 'nosuch > 5 => colour in {red}\n',
  'rules-many.txt': 'colour in {red} => shape in {disc}\n'.repeat(100_000),
};

/** Writes the corpus's input files (and the penguins table as data.csv) and makes the output folder. */
export function writeCorpusFiles(): void {
  mkdirSync(IN, { recursive: true });
  mkdirSync(OUT, { recursive: true });
  mkdirSync(input('folder'));
  copyFileSync(join(ROOT, 'test/fixtures/datasets/penguins.csv'), input('data.csv'));
  for (const [name, content] of Object.entries({ ...TABLES, ...OTHERS })) writeFileSync(input(name), content);
}

export const TABLE_NAMES: readonly string[] = Object.keys(TABLES).filter((n) => n !== 'cats.csv');
