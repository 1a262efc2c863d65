import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/stats/dataset.ts';
import { narrow } from '../../../src/synth/related/narrow.ts';
import { widen } from '../../../src/synth/related/widen.ts';
import { makeDataset } from '../../stats/tables/make-dataset.ts';

// Three households (keys as text) and six persons, person order within a household not by age.
const parent = makeDataset({ id: ['h1', 'h2', 'h3'], cars: [1, 0, 2] });
const child = makeDataset({
  id: ['h2', 'h1', 'h1', 'h3', 'h3', 'h3'],
  num: [1, 1, 2, 1, 2, 3],
  age: [40, 8, 35, 70, Number.NaN, 12],
  sex: ['F', 'M', 'F', 'M', 'F', null],
});

const value = (ds: Dataset, name: string, row: number): string | number | null => {
  const c = ds.columns.find((x) => x.name === name);
  if (!c) throw new Error(`no ${name}`);
  return c.type === 'numeric' ? c.values[row] : c.dictionary[c.codes[row]];
};

describe('widen: one record per household with its members in slots', () => {
  const { wide, layout } = widen({ parent, child, key: 'id' });

  it('keeps the parent columns but the key, adds the member count, then each member column per slot, oldest first', () => {
    expect(wide.schema.columns.map((c) => c.name)).toEqual(['cars', 'members', 'age#1', 'sex#1', 'age#2', 'sex#2', 'age#3', 'sex#3']);
    expect(layout).toMatchObject({ slots: 3, columns: ['age', 'sex'], sequences: ['num'], order: 'age', count: 'members' });
    expect([0, 1, 2].map((r) => value(wide, 'members', r))).toEqual([2, 1, 3]);
    // h1: ages 8, 35 → 35 first; h3: 70, 12, then the member without an age.
    expect([value(wide, 'age#1', 0), value(wide, 'sex#1', 0), value(wide, 'age#2', 0)]).toEqual([35, 'F', 8]);
    expect([value(wide, 'age#1', 2), value(wide, 'age#2', 2), value(wide, 'sex#3', 2)]).toEqual([70, 12, 'F']);
    expect(Number.isNaN(value(wide, 'age#3', 2) as number)).toBe(true);
    // h2 has one member: slots 2 and 3 are empty.
    expect([value(wide, 'sex#2', 1), value(wide, 'sex#3', 1)]).toEqual([null, null]);
  });

  it('narrows back to the same households and members, keys 1…N, members numbered in slot order', () => {
    const back = narrow({ wide, layout });
    expect(back.parent.rowCount).toBe(3);
    expect([0, 1, 2].map((r) => [value(back.parent, 'id', r), value(back.parent, 'cars', r)])).toEqual([
      ['1', 1],
      ['2', 0],
      ['3', 2],
    ]);
    const rows = Array.from({ length: back.child.rowCount }, (_, r) => ['id', 'num', 'age', 'sex'].map((n) => value(back.child, n, r)));
    expect(rows).toEqual([
      ['1', 1, 35, 'F'],
      ['1', 2, 8, 'M'],
      ['2', 1, 40, 'F'],
      ['3', 1, 70, 'M'],
      ['3', 2, 12, null],
      ['3', 3, Number.NaN, 'F'],
    ]);
  });

  it('names the file, row and key of a child without a parent, and of a parent key given twice', () => {
    const orphan = makeDataset({ id: ['h1', 'h9'], num: [1, 1], age: [3, 4], sex: ['F', 'M'] });
    expect(() => widen({ parent, child: orphan, key: 'id', parentLabel: 'households.csv', childLabel: 'persons.csv' })).toThrow(
      /persons\.csv: row 3: id "h9" matches no row of households\.csv/,
    );
    const twice = makeDataset({ id: ['h1', 'h1'], cars: [1, 2] });
    expect(() => widen({ parent: twice, child, key: 'id', parentLabel: 'households.csv', childLabel: 'persons.csv' })).toThrow(/id "h1" is on row 2 and row 3/);
    expect(() => widen({ parent, child, key: 'nope' })).toThrow(/no column "nope"/);
  });

  it('refuses a household with more members than a record holds, naming its key', () => {
    const many = makeDataset({ id: Array.from({ length: 21 }, () => 'h1'), age: Array.from({ length: 21 }, (_, i) => i) });
    expect(() => widen({ parent, child: many, key: 'id', childLabel: 'persons.csv' })).toThrow(/persons\.csv: id "h1" has 21 rows; at most 20/);
  });
});
