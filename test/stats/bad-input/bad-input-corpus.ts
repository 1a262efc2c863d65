import { readFileSync } from 'node:fs';

const BAD = new URL('../../fixtures/bad/', import.meta.url);

/** A file of the bad-input corpus (test/fixtures/bad/), or one built here because it is too big to commit. */
export interface BadFile {
  readonly name: string;
  readonly bytes: () => Uint8Array;
  /** Where a committed file lies; generated files have none. */
  readonly path?: string;
}

export const fixturePath = (name: string): string => new URL(name, BAD).pathname;

export const fixture = (name: string): BadFile => ({ name, path: fixturePath(name), bytes: () => new Uint8Array(readFileSync(fixturePath(name))) });

const encode = (text: string) => new TextEncoder().encode(text);

/** `columns` columns c0…, 3 data rows of small integers. */
export function wideCsv(columns: number): BadFile {
  return {
    name: `wide-${columns}.csv`,
    bytes: () => {
      const header = Array.from({ length: columns }, (_, i) => `c${i}`).join(',');
      const row = (r: number) => Array.from({ length: columns }, (_, i) => String((i * 7 + r) % 5)).join(',');
      return encode([header, row(0), row(1), row(2)].join('\n') + '\n');
    },
  };
}

export const BIG_FIELD_LENGTH = 10 * 1024 * 1024;

/** One quoted 10 MB field among short ones: a valid file. */
export const bigField: BadFile = {
  name: 'big-field.csv',
  bytes: () => encode(`species,note\nAdelie,"${'x'.repeat(BIG_FIELD_LENGTH)}"\nGentoo,short\nAdelie,brief\n`),
};

/** Files every reader must refuse, and the one message each gets (the CLI prints it after "synth: "). */
export const REFUSED: readonly { readonly file: BadFile; readonly message: string }[] = [
  { file: fixture('empty.csv'), message: 'empty.csv: the file is empty; choose a file with a header row and at least one data row' },
  { file: fixture('header-only.csv'), message: 'header-only.csv: has a header row but no data rows; add at least one row of data below the header' },
  {
    file: fixture('ragged-rows.csv'),
    message: 'ragged-rows.csv: row 3 has 2 fields, the header has 3; add the missing fields (empty is fine), or join the row if a line break split it',
  },
  {
    file: fixture('unterminated-quote.csv'),
    message: 'unterminated-quote.csv: row 3, column "species": a quote opens here and never closes; add the closing quote (") or remove the stray one',
  },
  { file: fixture('duplicate-header.csv'), message: 'duplicate-header.csv: row 1, columns 1 and 3 are both named "species"; rename one of them' },
  { file: fixture('empty-header.csv'), message: 'empty-header.csv: row 1, column 2 has no name; give every column a name' },
  {
    file: fixture('truncated.parquet'),
    message: 'truncated.parquet: not a complete Parquet file (parquet file invalid (footer != PAR1)); export or download it again',
  },
  {
    file: fixture('not-array.json'),
    message: 'not-array.json: the JSON is an object, not an array of records; give a file like [{"age": 31, "city": "Oslo"}, ...]',
  },
  {
    file: wideCsv(10_000),
    message:
      'wide-10000.csv: 10000 columns, more than the 1000 Synthor can model; keep only the columns to synthesise (at most 1000) in a copy of the file and load that',
  },
];

/** stats.json files whose totals disagree, and the message targetsFromJson gives. */
export const INCONSISTENT_STATS: readonly { readonly name: string; readonly message: string }[] = [
  {
    name: 'stats-counts-off-total.json',
    message: 'stats-counts-off-total.json: tables[1].total: table "island": counts sum to 5 but total is 6; regenerate the file',
  },
  {
    name: 'stats-total-off-rowcount.json',
    message:
      'stats-total-off-rowcount.json: tables[1].total: table "island": total 6 differs from rowCount 5; every table counts every record; regenerate the file with synth stats',
  },
];
