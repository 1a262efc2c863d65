import { expect } from 'vitest';
import type { Dataset } from '../../../src/stats/dataset.ts';
import { newRowSynthesis } from '../../../src/stats/metrics/disclosure-risk/new-row-synthesis.ts';
import { qualityReport } from '../../../src/stats/metrics/quality-report.ts';
import type { Evaluation } from '../../../src/stats/metrics/evaluate.ts';
import { expectClose } from './expect-close.ts';
import { fromJson, type ExpectedFixture } from './expected-fixture.ts';
import { readJson } from './read-fixture.ts';

/** Checks a quality report and NewRowSynthesis against SDMetrics' own numbers for one case. */
export function checkAgainstFixture(caseName: string, real: Dataset, synthetic: Dataset): number {
  const expected = readJson<ExpectedFixture>(caseName, 'expected.json');
  const report = qualityReport(real, synthetic);
  let worst = 0;
  const close = (actual: number, want: number | null | undefined, label: string) => {
    const e = fromJson(want);
    expectClose(actual, e, 1e-6, `${caseName} ${label}`);
    if (!Number.isNaN(e)) worst = Math.max(worst, Math.abs(actual - e));
  };
  close(report.score, expected.quality_score, 'quality');
  close(report.scoreWithoutThreshold, expected.quality_score_without_threshold, 'quality without threshold');
  close(report.columnShapes.score, expected.column_shapes.score, 'column shapes');
  expect(report.columnShapes.columns.map((c) => [c.column, c.metric])).toEqual(expected.column_shapes.columns.map((c) => [c.column, c.metric]));
  report.columnShapes.columns.forEach((c, k) => close(c.score, expected.column_shapes.columns[k].score, c.column));
  const trends = report.columnPairTrends;
  close(trends.score, expected.column_pair_trends.score, 'pair trends');
  close(trends.scoreWithoutThreshold, expected.column_pair_trends.score_without_threshold, 'pair trends without threshold');
  expect(trends.pairs.map((p) => [p.column1, p.column2, p.kind, p.metric, p.meetsThreshold])).toEqual(
    expected.column_pair_trends.pairs.map((p) => [p.column_1, p.column_2, p.kind, p.metric, p.meets_threshold]),
  );
  trends.pairs.forEach((p, k) => {
    const want = expected.column_pair_trends.pairs[k];
    const label = `${p.column1}|${p.column2}`;
    close(p.score, want.score, `${label} score`);
    close(p.scoreWithoutThreshold, want.score_without_threshold, `${label} without threshold`);
    if (p.metric === 'CorrelationSimilarity') {
      close(p.realCorrelation ?? Number.NaN, want.real_correlation, `${label} real r`);
      close(p.syntheticCorrelation ?? Number.NaN, want.synthetic_correlation, `${label} synthetic r`);
    } else close(p.realAssociation ?? Number.NaN, want.real_association, `${label} real V`);
  });
  const edges = expected.column_pair_trends.mixed_pair_bin_edges?.columns ?? {};
  expect(Object.keys(trends.binEdges).sort()).toEqual(Object.keys(edges).sort());
  for (const [name, want] of Object.entries(edges)) {
    const kind = real.schema.columns.find((c) => c.name === name)?.kind;
    // SDMetrics bins datetimes on int64 ns; ours are ms.
    const scale = kind === 'datetime' ? 1e6 : 1;
    for (const side of ['real', 'synthetic'] as const) {
      const got = Array.from(trends.binEdges[name][side], (e) => e * scale);
      got.forEach((e, k) => {
        const rel = Math.abs(e - want[side][k]) / Math.max(1e-300, Math.abs(want[side][k]));
        expect(rel, `${caseName} ${name} ${side} edge ${k}: ${e} vs ${want[side][k]}`).toBeLessThanOrEqual(1e-12);
      });
    }
  }
  const nrs = newRowSynthesis({ real, synthetic });
  close(nrs.score, expected.new_row_synthesis.score, 'new row synthesis');
  expect([nrs.newRows, nrs.matchedRows]).toEqual([expected.new_row_synthesis.num_new_rows, expected.new_row_synthesis.num_matched_rows]);
  return worst;
}

/** Compares the JSON-shaped evaluation with expected.json (null = NaN on both sides). */
export function checkEvaluation(caseName: string, result: Evaluation): void {
  const expected = readJson<ExpectedFixture>(caseName, 'expected.json');
  const close = (actual: number | null, want: number | null | undefined, label: string) => {
    if (want === null || want === undefined) expect(actual, label).toBeNull();
    else expectClose(actual ?? Number.NaN, want, 1e-6, `${caseName} ${label}`);
  };
  close(result.quality, expected.quality_score, 'quality');
  close(result.qualityWithoutThreshold, expected.quality_score_without_threshold, 'quality without threshold');
  close(result.columnShapes, expected.column_shapes.score, 'column shapes');
  close(result.columnPairTrends, expected.column_pair_trends.score, 'pair trends');
  close(result.columnPairTrendsWithoutThreshold, expected.column_pair_trends.score_without_threshold, 'pair trends without threshold');
  expect(Object.keys(result.columns)).toEqual(expected.column_shapes.columns.map((c) => c.column));
  for (const c of expected.column_shapes.columns) {
    expect(result.columns[c.column].metric).toBe(c.metric);
    close(result.columns[c.column].score, c.score, c.column);
  }
  expect(Object.keys(result.pairs)).toEqual(expected.column_pair_trends.pairs.map((p) => `${p.column_1}|${p.column_2}`));
  for (const p of expected.column_pair_trends.pairs) {
    const got = result.pairs[`${p.column_1}|${p.column_2}`];
    expect(got.metric).toBe(p.metric);
    close(got.score, p.score, `${p.column_1}|${p.column_2}`);
    close(got.scoreWithoutThreshold, p.score_without_threshold, `${p.column_1}|${p.column_2} without threshold`);
  }
  close(result.newRowSynthesis, expected.new_row_synthesis.score, 'new row synthesis');
}
