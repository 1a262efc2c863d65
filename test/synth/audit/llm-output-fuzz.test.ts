import { beforeAll, describe, expect, it } from 'vitest';
import type { Targets } from '../../../src/stats/tables/targets.ts';
import type { IterationReport } from '../../../src/synth/loop/iteration-report.ts';
import type { RepairKind } from '../../../src/synth/plan/plan.ts';
import type { Planner } from '../../../src/synth/planner/planner.ts';
import { synthesize } from '../../../src/synth/synthesize.ts';
import { penguinsTargets } from '../loop/load-penguins-targets.ts';

const many = JSON.stringify({ proposals: Array.from({ length: 10_000 }, (_, i) => ({ values: { Species: ['Adelie', 'Gentoo'][i % 2] }, count: 1 })) });

/** What a misbehaving LLM writes, one answer per iteration (cycled), and the repairs each must produce. */
const ANSWERS: readonly { name: string; text: string; kinds: RepairKind[]; fallback: boolean }[] = [
  { name: 'invalid JSON', text: 'Sure! {proposals: [Adelie x 10]', kinds: ['not-json'], fallback: true },
  { name: 'truncated JSON', text: '{"proposals":[{"values":{"Species":"Adelie"},"count":10},{"values":{"Isl', kinds: ['not-json'], fallback: true },
  { name: 'not a plan', text: '{"type":"object","properties":{}}', kinds: ['not-a-plan'], fallback: true },
  {
    name: 'out-of-domain categories and columns',
    text: '{"proposals":[{"values":{"Species":"Emperor","Island":"Mars"},"count":10},{"values":{"Wings":"2","Species":"Gentoo"},"count":5}]}',
    kinds: ['unknown-category', 'unknown-category', 'empty-proposal', 'unknown-column'],
    fallback: false,
  },
  {
    name: 'inverted, infinite and out-of-bounds ranges',
    text: '{"proposals":[{"values":{"Body Mass (g)":[5000,3000]},"count":10},{"values":{"Flipper Length (mm)":[0,1e999]},"count":10},{"values":{"Beak Depth (mm)":[-1e9,1e9]},"count":5}]}',
    kinds: ['range-inverted', 'bad-range', 'empty-proposal', 'range-clamped'],
    fallback: false,
  },
  {
    name: 'negative, zero, infinite, huge and fractional counts',
    text: '{"proposals":[{"values":{"Species":"Adelie"},"count":-5},{"values":{"Species":"Gentoo"},"count":0},{"values":{"Sex":"MALE"},"count":1e999},{"values":{"Species":"Chinstrap"},"count":1e12},{"values":{"Island":"Dream"},"count":2.6}]}',
    kinds: ['bad-count', 'bad-count', 'bad-count', 'count-capped', 'count-rounded'],
    fallback: false,
  },
  {
    name: 'extra keys and a reason that is not text',
    text: '{"proposals":[{"values":{"Species":"Adelie"},"count":1,"why":"gap"}],"reason":42,"model":"m"}',
    kinds: ['extra-key', 'bad-reason', 'extra-key'],
    fallback: false,
  },
  { name: '10,000 proposals', text: many, kinds: ['too-many-proposals'], fallback: false },
];

const ROWS = 300;
let targets: Targets;
let history: IterationReport[];
let rowCount: number;
beforeAll(async () => {
  targets = await penguinsTargets();
  let call = 0;
  const fuzzing: Planner = {
    name: 'fuzz',
    inferStructure: async () => [],
    propose: async () => ({ plan: ANSWERS[call++ % ANSWERS.length].text }),
  };
  // Twice through the list: once while the table grows, once (mostly) while it is refined; no early stop.
  const run = await synthesize({ targets, rows: ROWS, seed: 9, planner: fuzzing, maxIterations: 2 * ANSWERS.length, patience: Infinity });
  history = run.history;
  rowCount = run.dataset.rowCount;
});

describe('the loop under fuzzed LLM output', () => {
  it(`survives every answer and ends with exactly ${ROWS} rows`, () => {
    expect(history).toHaveLength(2 * ANSWERS.length);
    expect(rowCount).toBe(ROWS);
    expect(history.at(-1)!.rows).toBe(ROWS);
    expect(history.every((r) => Number.isFinite(r.meanTvd))).toBe(true);
    expect(history.some((r) => r.phase === 'refine')).toBe(true);
  });

  it.each(ANSWERS.map((answer, i) => ({ ...answer, i })))('$name: repairs $kinds', ({ i, kinds, fallback }) => {
    for (const report of [history[i], history[i + ANSWERS.length]]) {
      expect(
        report.repairs.map((r) => r.kind),
        JSON.stringify([report.phase, report.repairs]),
      ).toEqual(kinds);
      expect(report.fallback).toBe(fallback);
      expect(report.plan.proposals.length).toBeLessThanOrEqual(8);
      for (const p of report.plan.proposals) expect(Number.isInteger(p.count) && p.count >= 1).toBe(true);
    }
  });
});
