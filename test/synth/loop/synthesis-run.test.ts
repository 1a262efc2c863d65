import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/stats/dataset.ts';
import { countLike } from '../../../src/stats/tables/count-tables.ts';
import type { Targets } from '../../../src/stats/tables/targets.ts';
import { SynthesisRun } from '../../../src/synth/loop/synthesis-run.ts';
import type { RunCheckpoint } from '../../../src/synth/loop/run-checkpoint.ts';
import type { Guidance, Planner, PlannerReply } from '../../../src/synth/planner/planner.ts';
import { StatisticalPlanner } from '../../../src/synth/planner/statistical-planner.ts';
import { synthesize } from '../../../src/synth/synthesize.ts';
import { penguinsTargets } from './load-penguins-targets.ts';

let targets: Targets;
beforeAll(async () => {
  targets = await penguinsTargets();
});

const fingerprint = (d: Dataset) =>
  JSON.stringify(d.columns.map((c) => (c.type === 'numeric' ? Array.from(c.values) : Array.from(c.codes, (k) => c.dictionary[k]))));

const columnShare = (d: Dataset, name: string, value: string) => {
  const c = d.columns.find((x) => x.name === name);
  if (!c || c.type !== 'categorical') throw new Error(name);
  return Array.from(c.codes).filter((k) => c.dictionary[k] === value).length / d.rowCount;
};

describe('SynthesisRun', () => {
  it.each([1, 7, 344, 1000])('ends with exactly %i rows', async (rows) => {
    const { dataset } = await synthesize({ targets, rows, seed: 1 });
    expect(dataset.rowCount).toBe(rows);
    expect(dataset.columns.every((c) => (c.type === 'numeric' ? c.values.length : c.codes.length) === rows)).toBe(true);
  });

  it('gives identical output for the same seed and different output for another', async () => {
    const a = await synthesize({ targets, rows: 500, seed: 42 });
    const b = await synthesize({ targets, rows: 500, seed: 42 });
    const c = await synthesize({ targets, rows: 500, seed: 43 });
    expect(fingerprint(a.dataset)).toBe(fingerprint(b.dataset));
    expect(fingerprint(a.dataset)).not.toBe(fingerprint(c.dataset));
  });

  it('reports its records counted into the target tables exactly as the rows it returns count afresh', async () => {
    const { dataset, tables } = await synthesize({ targets, rows: 3000, seed: 5 });
    const recounted = countLike(targets.tables, dataset);
    expect(tables.map((t) => Array.from(t.counts))).toEqual(recounted.map((t) => Array.from(t.counts)));
    expect(tables.every((t) => t.total === 3000)).toBe(true);
  });

  it('matches the target marginals closely (penguins: Adelie 152/344, Gentoo 124/344)', async () => {
    const { dataset, history } = await synthesize({ targets, rows: 1000, seed: 5 });
    expect(Math.abs(columnShare(dataset, 'Species', 'Adelie') - 152 / 344)).toBeLessThan(0.005);
    expect(Math.abs(columnShare(dataset, 'Species', 'Gentoo') - 124 / 344)).toBeLessThan(0.005);
    expect(history.at(-1)!.meanTvd).toBeLessThan(0.01);
  });

  it('the refine phase removes an overshoot the add phase made', async () => {
    // A planner that fills everything with Adelie first (a bad plan the paper's add-only loop could not undo).
    const statistical = new StatisticalPlanner();
    const overshooting: Planner = {
      name: 'overshoot-then-statistical',
      inferStructure: async () => [],
      propose: async (g: Guidance): Promise<PlannerReply> =>
        g.phase === 'add' ? { plan: { proposals: [{ values: { Species: 'Adelie' }, count: g.budget }] } } : statistical.propose(g),
    };
    const run = new SynthesisRun({ targets, planner: overshooting, loop: { rows: 400, seed: 9, maxIterations: 80 } });
    while (await run.step()) {
      /* run to the end */
    }
    const addReports = run.history.filter((r) => r.phase === 'add');
    expect(addReports.at(-1)!.rows).toBe(400);
    expect(addReports.at(-1)!.meanTvd).toBeGreaterThan(0.2);
    const refine = run.history.filter((r) => r.phase === 'refine');
    expect(refine.reduce((s, r) => s + r.removed, 0)).toBeGreaterThan(150);
    const result = run.result();
    expect(result.rowCount).toBe(400);
    expect(Math.abs(columnShare(result, 'Species', 'Adelie') - 152 / 344)).toBeLessThan(0.01);
  });

  it('resumes from a JSON checkpoint to the same result as an uninterrupted run', async () => {
    const planner = new StatisticalPlanner();
    const loop = { rows: 600, seed: 11 };
    const whole = new SynthesisRun({ targets, planner, loop });
    while (await whole.step()) {
      /* run to the end */
    }
    const first = new SynthesisRun({ targets, planner, loop });
    for (let i = 0; i < 4; i++) await first.step();
    const saved = JSON.parse(JSON.stringify(first.checkpoint())) as RunCheckpoint;
    const resumed = new SynthesisRun({ targets, planner, loop, checkpoint: saved });
    while (await resumed.step()) {
      /* run to the end */
    }
    expect(resumed.history.length).toBe(whole.history.length);
    expect(fingerprint(resumed.result())).toBe(fingerprint(whole.result()));
  });

  it('survives a planner that writes garbage: repairs recorded, fallback used, rows exact', async () => {
    const garbage: Planner = { name: 'garbage', inferStructure: async () => [], propose: async () => ({ plan: '{"proposals": [oops' }) };
    const run = new SynthesisRun({ targets, planner: garbage, loop: { rows: 50, seed: 2, maxIterations: 5 } });
    const first = await run.step();
    expect(first?.fallback).toBe(true);
    expect(first?.repairs).toEqual([{ kind: 'not-json', message: 'plan: the answer is not JSON ("{\\"proposals\\": [oops"); no records proposed' }]);
    while (await run.step()) {
      /* run to the end */
    }
    expect(run.result().rowCount).toBe(50);
  });
});
