import { describe, expect, it } from 'vitest';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import { RecordSampler } from '../../../src/synth/engine/record-sampler.ts';
import { tableLayouts } from '../../../src/synth/engine/table-layout.ts';
import { createRng } from '../../../src/synth/rng.ts';
import { makeDataset } from '../../stats/tables/make-dataset.ts';

// A × B counts: (x,p)=30 (x,q)=10 (y,p)=10 (y,q)=50; C independent: u 50 / v 50.
const rows: [string, string, string][] = [];
const push = (a: string, b: string, n: number) => {
  for (let i = 0; i < n; i++) rows.push([a, b, rows.length % 2 ? 'u' : 'v']);
};
push('x', 'p', 30);
push('x', 'q', 10);
push('y', 'p', 10);
push('y', 'q', 50);
const dataset = makeDataset({ A: rows.map((r) => r[0]), B: rows.map((r) => r[1]), C: rows.map((r) => r[2]) });
const targets = buildTargets(dataset, { joints: [['A', 'B']] });
const sampler = new RecordSampler({ targets, layouts: tableLayouts(targets) });
const cellOf = (axis: number, label: string) => targets.axes[axis].labels.indexOf(label);

function drawMany(proposal: Parameters<RecordSampler['constraints']>[0], n = 20_000): Int32Array[] {
  const rng = createRng(3);
  const constraints = sampler.constraints(proposal);
  return Array.from({ length: n }, () => {
    const out = new Int32Array(3);
    sampler.drawCells(rng, { constraints, out });
    return out;
  });
}

describe('RecordSampler cells: conditionals from the target tables', () => {
  it('draws open records from the joint: P(x,p) = 0.3, P(y,q) = 0.5', () => {
    const draws = drawMany({ constraints: [], count: 1 });
    const p = (a: string, b: string) => draws.filter((c) => c[0] === cellOf(0, a) && c[1] === cellOf(1, b)).length / draws.length;
    expect(Math.abs(p('x', 'p') - 0.3)).toBeLessThan(0.02);
    expect(Math.abs(p('y', 'q') - 0.5)).toBeLessThan(0.02);
  });

  it('fills B from P(B | A = y) = 10:50 when a proposal fixes A', () => {
    const draws = drawMany({ constraints: [{ kind: 'cell', axis: 0, cell: cellOf(0, 'y') }], count: 1 });
    expect(draws.every((c) => c[0] === cellOf(0, 'y'))).toBe(true);
    const q = draws.filter((c) => c[1] === cellOf(1, 'q')).length / draws.length;
    expect(Math.abs(q - 50 / 60)).toBeLessThan(0.02);
  });

  it('draws a column in no joint from its marginal (C: 50/50), never missing', () => {
    const draws = drawMany({ constraints: [], count: 1 });
    const u = draws.filter((c) => c[2] === cellOf(2, 'u')).length / draws.length;
    expect(Math.abs(u - 0.5)).toBeLessThan(0.02);
    expect(draws.some((c) => c[2] === cellOf(2, '(missing)'))).toBe(false);
  });
});
