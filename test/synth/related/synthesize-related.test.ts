import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Column } from '../../../src/stats/column.ts';
import type { Dataset } from '../../../src/stats/dataset.ts';
import { loadDataset } from '../../../src/stats/ingest/load-dataset.ts';
import { synthesizeRelated } from '../../../src/synth/related/synthesize-related.ts';

const DIR = new URL('../../fixtures/sdmetrics-multi/households-hma/real/', import.meta.url);
const load = async (name: string) => (await loadDataset({ name, bytes: readFileSync(new URL(name, DIR)) }, {})).dataset;
const number = (ds: Dataset, name: string): ((row: number) => number) => {
  const c = ds.columns.find((x) => x.name === name) as Column;
  return c.type === 'numeric' ? (r) => c.values[r] : (r) => Number(c.dictionary[c.codes[r]]);
};

const RULES = [
  'hh_size = count(persons)',
  'num_own_children <= count(persons where age < 18)',
  'workers_in_family <= count(persons where age >= 16)',
  'count(persons where age >= 18) >= 1',
];

describe('synthesizeRelated on the real households (2,088) and persons (5,705)', async () => {
  const parent = await load('households.csv');
  const child = await load('persons.csv');
  const out = await synthesizeRelated({ data: { parent, child, key: 'hh_id' }, rows: 2088, seed: 1, rules: RULES });
  const members = new Map<number, number[]>();
  const key = number(out.child, 'hh_id');
  const age = number(out.child, 'age');
  for (let r = 0; r < out.child.rowCount; r++) members.set(key(r), [...(members.get(key(r)) ?? []), age(r)]);

  it('writes exactly the households asked for, in the input schemas, every person naming one of them', () => {
    expect(out.parent.rowCount).toBe(2088);
    expect(out.parent.schema).toEqual(parent.schema);
    expect(out.child.schema).toEqual(child.schema);
    const keys = number(out.parent, 'hh_id');
    const known = new Set(Array.from({ length: 2088 }, (_, r) => keys(r)));
    expect(known.size).toBe(2088);
    expect([...members.keys()].every((k) => known.has(k))).toBe(true);
  });

  it('keeps every household rule: size, an adult, children and workers against the members’ ages', () => {
    const size = number(out.parent, 'hh_size');
    const children = number(out.parent, 'num_own_children');
    const workers = number(out.parent, 'workers_in_family');
    const keys = number(out.parent, 'hh_id');
    const broken = { size: 0, adult: 0, children: 0, workers: 0 };
    for (let r = 0; r < out.parent.rowCount; r++) {
      const ages = members.get(keys(r)) ?? [];
      if (ages.length !== size(r)) broken.size++;
      if (!ages.some((a) => a >= 18)) broken.adult++;
      if (children(r) > ages.filter((a) => a < 18).length) broken.children++;
      if (workers(r) > ages.filter((a) => a >= 16).length) broken.workers++;
    }
    expect(broken).toEqual({ size: 0, adult: 0, children: 0, workers: 0 });
  });

  it('keeps the household sizes’ distribution within 2 points of the real one', () => {
    const share = (ds: Dataset, v: number) => {
      const size = number(ds, 'hh_size');
      let n = 0;
      for (let r = 0; r < ds.rowCount; r++) if (size(r) === v) n++;
      return n / ds.rowCount;
    };
    for (const v of [2, 3, 4, 5]) expect(Math.abs(share(out.parent, v) - share(parent, v))).toBeLessThan(0.02);
  });
});
