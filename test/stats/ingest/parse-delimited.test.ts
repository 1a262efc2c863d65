import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../src/stats/ingest/parse-delimited.ts';
import { InputError } from '../../../src/stats/input-error.ts';
import type { RawTable } from '../../../src/stats/raw-table.ts';

/** Column name → the value of each row, as written (missing = ''). */
function rows(raw: RawTable): Record<string, string[]> {
  return Object.fromEntries(raw.columns.map((c) => [c.name, Array.from(c.codes, (code) => c.values[code])]));
}

describe('parseDelimited reads', () => {
  it.each([
    ['comma CSV', 'a,b\n1,x\n2,y\n', { a: ['1', '2'], b: ['x', 'y'] }],
    ['TSV', 'a\tb\n1\tx\n2\ty', { a: ['1', '2'], b: ['x', 'y'] }],
    ['semicolon CSV with decimal commas', 'a;b\n1,5;x\n2,25;y\n', { a: ['1,5', '2,25'], b: ['x', 'y'] }],
    ['pipes', 'a|b\n1|x\n', { a: ['1'], b: ['x'] }],
    ['a BOM', '\uFEFFa,b\n1,x\n', { a: ['1'], b: ['x'] }],
    ['CRLF line ends', 'a,b\r\n1,x\r\n2,y\r\n', { a: ['1', '2'], b: ['x', 'y'] }],
    ['CR line ends', 'a,b\r1,x\r2,y', { a: ['1', '2'], b: ['x', 'y'] }],
    ['quoted delimiters, "" escapes and newlines', 'a,b\n"1,5","say ""hi""\nthere"\n', { a: ['1,5'], b: ['say "hi"\nthere'] }],
    ['a quoted empty field and a trailing empty field', 'a,b,c\n"",x,\n', { a: [''], b: ['x'], c: [''] }],
    ['trailing blank lines', 'a,b\n1,x\n\n\r\n\n', { a: ['1'], b: ['x'] }],
    ['a single column', 'a\n1\n2\n', { a: ['1', '2'] }],
    ['missing tokens as missing, "." and None as values', 'a,b\nNA,.\nnull,None\n?,N/A\n', { a: ['', '', ''], b: ['.', 'None', ''] }],
  ])('%s', (_, text, expected) => {
    expect(rows(parseDelimited(text, { source: 't.csv' }))).toEqual(expected);
  });

  it('stores each distinct value once, missing tokens sharing the code of ""', () => {
    const raw = parseDelimited('a\nx\nNA\ny\n\nx\n""\n', { source: 't.csv' });
    expect(raw.columns[0].values).toEqual(['x', '', 'y']);
    expect(Array.from(raw.columns[0].codes)).toEqual([0, 1, 2, 0, 1]);
  });

  it('takes the delimiter and missing tokens it is given', () => {
    const raw = parseDelimited('a,b;c\nNA;-\n', { source: 't.csv', delimiter: ';', missingTokens: ['-'] });
    expect(rows(raw)).toEqual({ 'a,b': ['NA'], c: [''] });
  });

  it('skips blank rows in the middle, warns, and keeps spreadsheet row numbers', () => {
    const raw = parseDelimited('a,b\n1,x\n\n\n2,y\n3,z\n', { source: 't.csv' });
    expect(raw.rowCount).toBe(3);
    expect(Array.from(raw.rowNumbers ?? [])).toEqual([2, 5, 6]);
    expect(raw.warnings).toEqual(['t.csv: skipped 2 blank rows (the first at row 3); messages still number rows as the file does']);
  });

  it('does not count a newline inside quotes as a new row', () => {
    expect(() => parseDelimited('a,b\n"x\ny",1\n2\n', { source: 't.csv' })).toThrow('t.csv: row 3 has 1 field, the header has 2;');
  });
});

describe('parseDelimited refuses', () => {
  it.each([
    ['an empty file', '', 't.csv: the file is empty; choose a file with a header row and at least one data row'],
    ['a blank file', ' \n\r\n', 't.csv: the file is empty; choose a file with a header row and at least one data row'],
    ['a header without data', 'a,b\n\n', 't.csv: has a header row but no data rows; add at least one row of data below the header'],
    [
      'a row with too many fields',
      'a,b\n1,2\n1,2,3\n',
      't.csv: row 3 has 3 fields, the header has 2; fix the row, or put quotes around values that contain commas',
    ],
    [
      'a row with too few fields',
      'a\tb\tc\n1\t2\n',
      't.csv: row 2 has 2 fields, the header has 3; add the missing fields (empty is fine), or join the row if a line break split it',
    ],
    [
      'an unterminated quote (named where it opened)',
      'a,b\n1,2\n3,"x\n4,5\n',
      't.csv: row 3, column "b": a quote opens here and never closes; add the closing quote (") or remove the stray one',
    ],
    [
      'text after a closing quote',
      'a,b\n1,"x"y\n',
      't.csv: row 2, column "b": text follows a closing quote ("x"y); quote the whole field and write quotes inside it twice ("")',
    ],
    ['an empty header name', 'a,,c\n1,2,3\n', 't.csv: row 1, column 2 has no name; give every column a name'],
    ['a duplicate header name', 'a,b,a\n1,2,3\n', 't.csv: row 1, columns 1 and 3 are both named "a"; rename one of them'],
  ])('%s', (_, text, message) => {
    let error: unknown;
    try {
      parseDelimited(text, { source: 't.csv' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(message);
  });

  it('a delimiter that is not one character', () => {
    expect(() => parseDelimited('a,b\n1,2', { source: 't.csv', delimiter: '::' })).toThrow(
      't.csv: cannot split fields on "::"; use one character such as "," "\\t" ";" "|"',
    );
  });
});

describe('parseDelimited at scale', () => {
  it('reads 200k rows with the right row and distinct counts', () => {
    const lines = ['id,group,value,flag'];
    for (let i = 0; i < 200_000; i++) lines.push(`${i},g${i % 37},${(i % 1000) / 10},${i % 3 === 0 ? 'NA' : 'yes'}`);
    const raw = parseDelimited(lines.join('\r\n'), { source: 'big.csv' });
    expect(raw.rowCount).toBe(200_000);
    expect(raw.columns.map((c) => c.values.length)).toEqual([200_000, 37, 1000, 2]);
    expect(raw.columns.every((c) => c.codes.length === 200_000)).toBe(true);
    expect(raw.columns[3].values).toEqual(['', 'yes']);
  });
});
