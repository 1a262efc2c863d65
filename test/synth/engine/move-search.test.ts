import { describe, expect, it } from 'vitest';
import { axisSize } from '../../../src/stats/tables/axis.ts';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import { MoveSearch, type Move } from '../../../src/synth/engine/move-search.ts';
import { TableCounts } from '../../../src/synth/engine/table-counts.ts';
import { tableLayouts } from '../../../src/synth/engine/table-layout.ts';
import { createRng } from '../../../src/synth/rng.ts';
import { makeDataset } from '../../stats/tables/make-dataset.ts';

/** Σ |deficit| over every cell of every table, recounted from scratch. */
function totalDeficit(counts: TableCounts): number {
  return counts.deficits.reduce((s, d) => s + Math.abs(d), 0);
}

// a and b agree except on one record in ten; c never takes "z" when a is "p" (a zero cell of the a × c table).
const rows = Array.from({ length: 200 }, (_, i) => ({
  a: i % 10 === 0 ? 'q' : ['p', 'q'][i % 2],
  b: ['p', 'q'][i % 2],
  c: i % 2 === 0 ? ['x', 'y'][i % 3 === 0 ? 0 : 1] : ['x', 'y', 'z'][i % 3],
}));
const dataset = makeDataset({ a: rows.map((r) => r.a), b: rows.map((r) => r.b), c: rows.map((r) => r.c) });
const targets = buildTargets(dataset, {
  joints: [
    ['a', 'b'],
    ['a', 'c'],
    ['b', 'c'],
  ],
});
const layouts = tableLayouts(targets);
const sizes = targets.axes.map(axisSize);

function randomCounts(seed: number, n: number): { counts: TableCounts; records: Int32Array[] } {
  const rng = createRng(seed);
  const counts = new TableCounts({ targets, layouts, rows: n });
  const flats = new Int32Array(counts.tableCount);
  const records = Array.from({ length: n }, () => {
    // Only the cells a record can hold (not the missing cell, which no row has).
    const cells = Int32Array.from(sizes, (s) => rng.int(s - 1));
    counts.flats(cells, flats);
    counts.add(flats, 1);
    return cells;
  });
  return { counts, records };
}

describe('MoveSearch', () => {
  it('reports the exact change of the total deficit, and no move when none lowers it', () => {
    const { counts, records } = randomCounts(1, 200);
    const search = new MoveSearch(counts.flatCells);
    const flats = new Int32Array(counts.tableCount);
    const best: Move = { axis: -1, cell: -1, gain: 0 };
    let moved = 0;
    for (const cells of records) {
      counts.flats(cells, flats);
      const before = totalDeficit(counts);
      if (!search.find({ cells, flats, deficits: counts.deficits, possible: counts.possible, best })) continue;
      expect(best.gain).toBeLessThan(0);
      expect(best.cell).not.toBe(cells[best.axis]);
      counts.add(flats, -1);
      cells[best.axis] = best.cell;
      counts.flats(cells, flats);
      counts.add(flats, 1);
      expect(totalDeficit(counts) - before).toBeCloseTo(best.gain, 9);
      moved++;
    }
    expect(moved).toBeGreaterThan(20);
    // A second pass finds far fewer moves: the first left little to repair.
    let again = 0;
    for (const cells of records) {
      counts.flats(cells, flats);
      if (search.find({ cells, flats, deficits: counts.deficits, possible: counts.possible, best })) again++;
    }
    expect(again).toBeLessThan(moved / 2);
  });

  it('never moves a record into a combination whose target count is zero, though the objective would gain', () => {
    // Targets: a = p has c = x or y, a = q only c = z. The synthetic records hold (p, x) 50 times too often and
    // (q, z) 50 times too rarely; the only moves that lower the total deficit, a → q or c → z, lead to (q, x) or
    // (p, z), which the targets say do not exist.
    const real = [...Array(50).fill(['p', 'x']), ...Array(50).fill(['p', 'y']), ...Array(100).fill(['q', 'z'])] as string[][];
    const small = buildTargets(makeDataset({ a: real.map((r) => r[0]), c: real.map((r) => r[1]) }), { joints: [['a', 'c']] });
    const counts = new TableCounts({ targets: small, layouts: tableLayouts(small), rows: 200 });
    const label = (axis: number, value: string) => small.axes[axis].labels.indexOf(value);
    const synthetic = [...Array(100).fill(['p', 'x']), ...Array(50).fill(['p', 'y']), ...Array(50).fill(['q', 'z'])] as string[][];
    const flats = new Int32Array(counts.tableCount);
    const records = synthetic.map(([a, c]) => Int32Array.of(label(0, a), label(1, c)));
    for (const cells of records) {
      counts.flats(cells, flats);
      counts.add(flats, 1);
    }
    const search = new MoveSearch(counts.flatCells);
    const best: Move = { axis: -1, cell: -1, gain: 0 };
    const everywhere = new Uint8Array(counts.possible.length).fill(1);
    const moves = (possible: Uint8Array) =>
      records.filter((cells) => {
        counts.flats(cells, flats);
        return search.find({ cells, flats, deficits: counts.deficits, possible, best });
      }).length;
    // The objective alone would move every (p, x) record; guarded by the targets' zero cells, none moves.
    expect(moves(everywhere)).toBe(100);
    expect(moves(counts.possible)).toBe(0);
  });
});
