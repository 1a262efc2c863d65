import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/stats/dataset.ts';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import { countLike } from '../../../src/stats/tables/count-tables.ts';
import { emptyLike } from '../../../src/stats/tables/table.ts';
import { updateTable, updateTables } from '../../../src/stats/tables/update-tables.ts';
import { createRng } from '../../../src/synth/rng.ts';
import { makeDataset } from './make-dataset.ts';

function randomData(seed: number, n: number): Dataset {
  const rng = createRng(seed);
  const cats = ['a', 'b', 'c', 'd'];
  return makeDataset({
    c: Array.from({ length: n }, () => (rng.next() < 0.1 ? null : cats[rng.int(cats.length)])),
    x: Array.from({ length: n }, () => (rng.next() < 0.05 ? Number.NaN : rng.normal() * 10)),
    y: Array.from({ length: n }, () => rng.int(20)),
  });
}

/** Keeps only `rows` of a dataset (the records the incremental path has kept). */
function subset(data: Dataset, rows: number[]): Dataset {
  return {
    schema: data.schema,
    rowCount: rows.length,
    columns: data.columns.map((c) =>
      c.type === 'categorical' ? { ...c, codes: Uint32Array.from(rows, (r) => c.codes[r]) } : { ...c, values: Float64Array.from(rows, (r) => c.values[r]) },
    ),
  };
}

describe('updateTables', () => {
  const target = buildTargets(randomData(1, 2000), {
    joints: [
      ['c', 'x'],
      ['c', 'x', 'y'],
    ],
  });

  it('adding batches then removing rows equals counting the kept records from scratch', () => {
    // Batches have their own dictionaries (different first-appearance order), like synthetic data.
    const batches = [randomData(2, 300), randomData(3, 500), randomData(4, 200)];
    const tables = target.tables.map(emptyLike);
    for (const dataset of batches) updateTables(tables, { dataset, sign: 1 });
    // Remove every third row of the second batch.
    const removed = Array.from({ length: 500 }, (_, i) => i).filter((i) => i % 3 === 0);
    updateTables(tables, { dataset: batches[1], rows: removed, sign: -1 });

    const kept = [
      batches[0],
      subset(
        batches[1],
        Array.from({ length: 500 }, (_, i) => i).filter((i) => i % 3 !== 0),
      ),
      batches[2],
    ];
    const fromScratch = target.tables.map(emptyLike);
    for (const dataset of kept) updateTables(fromScratch, { dataset, sign: 1 });
    const direct = kept.map((d) => countLike(target.tables, d));

    tables.forEach((t, i) => {
      expect([...t.counts]).toEqual([...fromScratch[i].counts]);
      expect(t.total).toBe(1000 - removed.length);
      // And the sum of per-batch tables, counted independently.
      const summed = direct.reduce((acc, tabs) => acc.map((v, j) => v + tabs[i].counts[j]), new Array<number>(t.counts.length).fill(0));
      expect([...t.counts]).toEqual(summed);
    });
  });

  it('removing everything added leaves zero tables', () => {
    const batch = randomData(5, 100);
    const [t] = target.tables.slice(3, 4).map(emptyLike);
    updateTable(t, { dataset: batch, sign: 1 });
    expect(t.total).toBe(100);
    updateTable(t, { dataset: batch, sign: -1 });
    expect(t.total).toBe(0);
    expect(t.counts.every((c) => c === 0)).toBe(true);
  });

  it('counts a hand-made batch into the right cells', () => {
    const small = buildTargets(makeDataset({ c: ['a', 'b'] }), { joints: [] }).tables[0]; // a, b, (missing)
    const t = emptyLike(small);
    updateTable(t, { dataset: makeDataset({ c: ['b', 'b', null, 'a'] }), rows: [0, 1, 2], sign: 1 });
    expect([...t.counts]).toEqual([0, 2, 1]);
  });
});
