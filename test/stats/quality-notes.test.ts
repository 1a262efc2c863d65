import { describe, expect, it } from 'vitest';
import type { RawColumn, RawTable } from '../../src/stats/raw-table.ts';
import type { ColumnSchema } from '../../src/stats/schema.ts';
import { qualityNotes } from '../../src/stats/quality-notes.ts';

/** A raw column as a reader would write it: distinct values in order of appearance, '' = missing. */
function column(name: string, cells: readonly string[]): RawColumn {
  const values: string[] = [];
  const codes = new Uint32Array(cells.length);
  cells.forEach((cell, row) => {
    let code = values.indexOf(cell);
    if (code < 0) code = values.push(cell) - 1;
    codes[row] = code;
  });
  return { name, values, codes };
}

function table(columns: Record<string, readonly string[]>): RawTable {
  const raw = Object.entries(columns).map(([name, cells]) => column(name, cells));
  return { source: 'notes.csv', columns: raw, rowCount: raw[0].codes.length };
}

const cat = (name: string, included = true): ColumnSchema => ({ name, kind: 'categorical', included });
const repeat = (value: string, n: number): string[] => Array.from({ length: n }, () => value);

describe('qualityNotes', () => {
  it('notes a missing share of 20% or more, not below', () => {
    const raw = table({ a: [...repeat('x', 8), '', ''], b: [...repeat('y', 9), ''] });
    const notes = qualityNotes(raw, { columns: [cat('a'), cat('b')] });
    expect(notes.filter((n) => n.kind === 'missing')).toEqual([{ column: 'a', kind: 'missing', message: '"a" is missing in 20% of rows (2)' }]);
  });

  it('says how many common categories, and what share of rows, the limit of 50 a column pools into "(other)"', () => {
    // 60 categories of 10 + k rows (k = 0…59), 3 rare ones and 5 missing rows: the 10 least frequent common ones are pooled by the limit.
    const cells = [...Array.from({ length: 60 }, (_, k) => repeat(`c${k}`, 10 + k)).flat(), 'r1', 'r2', 'r3', ...repeat('', 5)];
    const limit = qualityNotes(table({ city: cells }), { columns: [cat('city')] }).filter((n) => n.kind === 'pooled');
    // Pooled: c0…c9, 10 + 11 + … + 19 = 145 of 2,378 rows (6%).
    expect(limit).toEqual([
      {
        column: 'city',
        kind: 'pooled',
        message:
          '"city" has 60 categories; by default the targets keep the 50 most frequent, and the other 10 (6% of rows, 145) are pooled into "(other)" in the synthetic rows; raise "Categories kept per column" in the advanced settings (--top-k on the command line) to keep them',
      },
    ]);
    const fifty = [...Array.from({ length: 50 }, (_, k) => repeat(`c${k}`, 10)).flat(), 'r1', 'r2'];
    expect(qualityNotes(table({ city: fifty }), { columns: [cat('city')] }).filter((n) => n.kind === 'pooled')).toEqual([]);
  });

  it('names categories with fewer than 5 records (missing is not a category), only in included categorical columns', () => {
    const cells = [...repeat('common', 20), ...repeat('four', 4), 'one', '', ''];
    const raw = table({ c: cells, d: cells, e: cells });
    const notes = qualityNotes(raw, { columns: [cat('c'), cat('d', false), { name: 'e', kind: 'numeric', included: true, integer: true, decimals: 0 }] });
    expect(notes.filter((n) => n.kind === 'rare')).toEqual([
      { column: 'c', kind: 'rare', message: '"c": 2 categories have fewer than 5 records ("four", "one"); disclosure control pools them into "(other)"' },
    ]);
  });

  it('counts rare categories past the first three', () => {
    const raw = table({ c: [...repeat('big', 10), 'r1', 'r2', 'r3', 'r4', 'r5'] });
    expect(qualityNotes(raw, { columns: [cat('c')] })[0].message).toBe(
      '"c": 5 categories have fewer than 5 records ("r1", "r2", "r3" and 2 more); disclosure control pools them into "(other)"',
    );
  });

  it('notes identifiers and free text as left out, or as included against advice', () => {
    const raw = table({ id: ['1', '2', '3', '4'], note: ['a b', 'c d', 'e f', 'g h'], id2: ['p', 'q', 'r', 's'] });
    const notes = qualityNotes(raw, {
      columns: [
        { name: 'id', kind: 'identifier', included: false },
        { name: 'note', kind: 'text', included: false },
        { name: 'id2', kind: 'identifier', included: true },
      ],
    });
    expect(notes.map((n) => [n.column, n.kind, n.message])).toEqual([
      ['id', 'identifier', '"id" looks like an identifier: left out of the statistics'],
      ['note', 'text', '"note" is free text: left out of the statistics'],
      ['id2', 'identifier', '"id2" looks like an identifier but is used in statistics: nearly every value is its own category'],
    ]);
  });

  it('notes a constant column, ignoring missing cells', () => {
    const raw = table({ k: [...repeat('same', 9), ''], v: [...repeat('u', 5), ...repeat('w', 5)] });
    expect(qualityNotes(raw, { columns: [cat('k'), cat('v')] })).toEqual([
      { column: 'k', kind: 'constant', message: '"k" has one value only ("same"): it tells the synthesis nothing' },
    ]);
  });

  it('gives no notes for clean data, and lists notes in column order', () => {
    const clean = table({ a: [...repeat('x', 5), ...repeat('y', 5)] });
    expect(qualityNotes(clean, { columns: [cat('a')] })).toEqual([]);
    const raw = table({ z: [...repeat('x', 5), ...repeat('', 5)], a: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] });
    const notes = qualityNotes(raw, { columns: [cat('z'), { name: 'a', kind: 'identifier', included: false }] });
    expect(notes.map((n) => `${n.column}:${n.kind}`)).toEqual(['z:missing', 'z:constant', 'a:identifier']);
  });
});
