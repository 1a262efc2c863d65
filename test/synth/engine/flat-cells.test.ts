import { describe, expect, it } from 'vitest';
import { axisSize } from '../../../src/stats/tables/axis.ts';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import { FlatCells } from '../../../src/synth/engine/flat-cells.ts';
import { tableLayouts } from '../../../src/synth/engine/table-layout.ts';
import { createRng } from '../../../src/synth/rng.ts';
import { makeDataset } from '../../stats/tables/make-dataset.ts';

const rows = Array.from({ length: 300 }, (_, i) => ({ x: 1 + (i % 8), s: ['a', 'b', 'c'][i % 3], t: i % 7 === 0 ? null : String(i % 2) }));
const dataset = makeDataset({ x: rows.map((r) => r.x), s: rows.map((r) => r.s), t: rows.map((r) => r.t) });

describe('FlatCells', () => {
  // x on eight bins in one table and on two coarser bins in another; t has a missing cell.
  const targets = buildTargets(dataset, {
    joints: [
      ['x', 's'],
      ['s', { column: 'x', edges: [1, 5, 8] }, 't'],
    ],
  });
  const layouts = tableLayouts(targets);
  const offsets = new Int32Array(layouts.length);
  layouts.forEach((l, t) => (offsets[t] = t === 0 ? 0 : offsets[t - 1] + layouts[t - 1].size));
  const flats = new FlatCells({ layouts, offsets, axisSizes: targets.axes.map(axisSize) });

  it('puts a record in the cell its labels name, coarse bins and the missing cell included', () => {
    // x = 6 is fine bin [6, 7) (cell 5) and the upper coarse bin; s = b; t missing.
    const x = targets.axes.findIndex((a) => a.column === 'x');
    const s = targets.axes.findIndex((a) => a.column === 's');
    const t = targets.axes.findIndex((a) => a.column === 't');
    const cells = new Int32Array(targets.axes.length);
    cells[x] = 5;
    cells[s] = targets.axes[s].labels.indexOf('b');
    cells[t] = axisSize(targets.axes[t]) - 1;
    const out = new Int32Array(layouts.length + 2).fill(-7);
    flats.write(cells, out, 1);
    expect(out[0]).toBe(-7);
    layouts.forEach((layout, k) => {
      const labels = targets.tables[k].axes.map((a, j) => a.labels[Math.floor((out[1 + k] - offsets[k]) / layout.strides[j]) % targets.tables[k].shape[j]]);
      const expected = targets.tables[k].axes.map((a) =>
        a.column === 'x' ? (a.labels.length > 4 ? '[6, 7)' : a.labels[1]) : a.column === 's' ? 'b' : a.labels.at(-1),
      );
      expect(labels).toEqual(expected);
    });
    expect(out[layouts.length + 1]).toBe(-7);
  });

  it('lands every record inside its own table’s cells', () => {
    const rng = createRng(3);
    const cells = new Int32Array(targets.axes.length);
    const out = new Int32Array(layouts.length);
    for (let i = 0; i < 500; i++) {
      targets.axes.forEach((a, k) => (cells[k] = rng.int(axisSize(a))));
      flats.write(cells, out);
      layouts.forEach((l, k) => expect(out[k] - offsets[k]).toBeGreaterThanOrEqual(0));
      layouts.forEach((l, k) => expect(out[k] - offsets[k]).toBeLessThan(l.size));
    }
  });
});
