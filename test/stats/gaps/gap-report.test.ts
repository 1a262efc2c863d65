import { describe, expect, it } from 'vitest';
import { gapReport } from '../../../src/stats/gaps/gap-report.ts';
import { tableTvd } from '../../../src/stats/gaps/table-tvd.ts';
import { categoricalAxis } from '../../../src/stats/tables/categorical-axis.ts';
import type { Table } from '../../../src/stats/tables/table.ts';
import { emptyTable } from '../../../src/stats/tables/table.ts';

function table(column: string, categories: string[], counts: number[]): Table {
  const t = emptyTable([categoricalAxis({ column, categories, other: false })]);
  t.counts.set(counts);
  t.total = counts.reduce((a, b) => a + b, 0);
  return t;
}

// s: target 4,3,1 of 8 → .5 .375 .125; synthetic 1,1,0 of 2 → .5 .5 0.
//    gaps 0, −.125, +.125; TVD .5·(0 + .125 + .125) = .125.
// t: target 4,4,0 → .5 .5 0; synthetic 2,0,0 → 1 0 0.
//    gaps −.5, +.5, 0; TVD .5·(.5 + .5) = .5.
const targets = [table('s', ['a', 'b'], [4, 3, 1]), table('t', ['u', 'v'], [4, 4, 0])];
const synthetic = [table('s', ['a', 'b'], [1, 1, 0]), table('t', ['u', 'v'], [2, 0, 0])];

describe('gapReport', () => {
  const report = gapReport({ targets, synthetic });

  it('gives per-table TVD, their sum and mean', () => {
    expect(report.tables).toEqual([
      { table: 's', tvd: 0.125 },
      { table: 't', tvd: 0.5 },
    ]);
    expect(report.totalTvd).toBeCloseTo(0.625, 12);
    expect(report.meanTvd).toBeCloseTo(0.3125, 12);
  });

  it('lists the largest positive gaps (under-represented cells) first', () => {
    expect(report.under.map((g) => [g.table, g.labels.join('/'), g.gap])).toEqual([
      ['t', 'v', 0.5],
      ['s', '(missing)', 0.125],
    ]);
    expect(report.under[0]).toMatchObject({ tableIndex: 1, cell: 1, coords: [1], target: 0.5, synthetic: 0 });
  });

  it('lists the largest negative gaps (over-represented cells) first', () => {
    expect(report.over.map((g) => [g.table, g.labels.join('/'), g.gap])).toEqual([
      ['t', 'u', -0.5],
      ['s', 'b', -0.125],
    ]);
  });

  it('keeps only the top N', () => {
    const one = gapReport({ targets, synthetic, top: 1 });
    expect(one.under.map((g) => g.labels[0])).toEqual(['v']);
    expect(one.over.map((g) => g.labels[0])).toEqual(['u']);
  });

  it('treats an empty synthetic table as all-zero shares (the loop starts empty)', () => {
    const empty = [table('s', ['a', 'b'], [0, 0, 0])];
    expect(tableTvd(targets[0], empty[0])).toBeCloseTo(0.5, 12);
    const r = gapReport({ targets: [targets[0]], synthetic: empty });
    expect(r.under.map((g) => g.gap)).toEqual([0.5, 0.375, 0.125]);
    expect(r.over).toEqual([]);
  });

  it('refuses tables on different axes', () => {
    expect(() => gapReport({ targets, synthetic: [synthetic[1], synthetic[0]] })).toThrow(/same axes/);
  });
});
