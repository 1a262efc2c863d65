import { describe, expect, it } from 'vitest';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import { RecordSampler } from '../../../src/synth/engine/record-sampler.ts';
import { axisSize } from '../../../src/stats/tables/axis.ts';
import { FlatCells } from '../../../src/synth/engine/flat-cells.ts';
import { tableLayouts } from '../../../src/synth/engine/table-layout.ts';
import { createRng } from '../../../src/synth/rng.ts';
import { synthesize } from '../../../src/synth/synthesize.ts';
import { makeDataset } from '../../stats/tables/make-dataset.ts';

/**
 * 400 records: x in 1..8 (eight bins), s a coin, and t = s where x ≥ 5,
 * the opposite of s below: t depends on s and on x's half only.
 */
const rows = Array.from({ length: 400 }, (_, i) => ({ x: 1 + (i % 8), s: i % 16 < 8 ? 'a' : 'b' }));
const dataset = makeDataset({
  x: rows.map((r) => r.x),
  s: rows.map((r) => r.s),
  t: rows.map((r) => (r.x >= 5 ? r.s : r.s === 'a' ? 'b' : 'a')),
});
const half = { column: 'x', edges: [1, 5, 8] };

describe('a clique holding a parent on coarser bins', () => {
  const targets = buildTargets(dataset, {
    joints: [
      ['x', 's'],
      ['s', half, 't'],
    ],
  });
  const layouts = tableLayouts(targets);

  it('draws t from P(t | s, x’s half) once x is drawn by the earlier clique: every record keeps the rule', () => {
    const sampler = new RecordSampler({ targets, layouts });
    const rng = createRng(5);
    const constraints = sampler.constraints({ constraints: [], count: 1 });
    const out = new Int32Array(3);
    const label = (a: number) => targets.axes[a].labels[out[a]];
    for (let i = 0; i < 2000; i++) {
      sampler.drawCells(rng, { constraints, out });
      const x = Number(label(0).slice(1).split(',')[0]);
      expect(label(2)).toBe(x >= 5 ? label(1) : label(1) === 'a' ? 'b' : 'a');
    }
  });

  it('counts a record in the coarse table by its coarse cell', () => {
    // x's bin 5 is [6, 7): the upper half, coarse cell 1; s = b (1), t = a (0).
    const flats = new Int32Array(layouts.length);
    new FlatCells({ layouts, offsets: new Int32Array(layouts.length), axisSizes: targets.axes.map(axisSize) }).write([5, 1, 0], flats);
    const flat = flats[4];
    expect(flat).toBe(1 * 9 + 1 * 3 + 0);
  });

  it('passes over a coarse table reached before its column is drawn, without losing the record', () => {
    const first = buildTargets(dataset, {
      joints: [
        ['s', half, 't'],
        ['x', 's'],
      ],
    });
    const sampler = new RecordSampler({ targets: first, layouts: tableLayouts(first) });
    const rng = createRng(6);
    const constraints = sampler.constraints({ constraints: [], count: 1 });
    const out = new Int32Array(3);
    for (let i = 0; i < 200; i++) {
      sampler.drawCells(rng, { constraints, out });
      expect([...out].every((c, a) => c >= 0 && c < first.axes[a].labels.length - 1)).toBe(true);
    }
  });

  it('synthesizes data whose tables, the coarse one included, match the targets', async () => {
    const result = await synthesize({ targets, rows: 400, seed: 2 });
    const t = result.dataset.columns[2];
    const s = result.dataset.columns[1];
    const x = result.dataset.columns[0];
    if (t.type !== 'categorical' || s.type !== 'categorical' || x.type !== 'numeric') throw new Error('unexpected column types');
    let broken = 0;
    for (let i = 0; i < result.dataset.rowCount; i++) {
      const sv = s.dictionary[s.codes[i]];
      const tv = t.dictionary[t.codes[i]];
      if (tv !== (x.values[i] >= 5 ? sv : sv === 'a' ? 'b' : 'a')) broken++;
    }
    expect(result.dataset.rowCount).toBe(400);
    expect(broken).toBe(0);
  });
});
