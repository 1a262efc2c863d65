import { expect } from 'vitest';
import type { PairTrend } from '../../../../src/stats/metrics/column-pair-trends.ts';
import type { MultiTableQualityJson } from '../../../../src/stats/metrics/multi-table/multi-table-json.ts';
import type { MultiTableQualityReport } from '../../../../src/stats/metrics/multi-table/multi-table-quality-report.ts';
import { expectClose } from '../expect-close.ts';
import { fromJson } from '../expected-fixture.ts';
import type { ExpectedMultiFixture, PairRecord } from './expected-multi-fixture.ts';
import { readMultiJson } from './read-multi-fixture.ts';

/**
 * Compares a multi-table report with SDMetrics' numbers for one case: the
 * overall score, the four property scores and every details record. Returns
 * the largest absolute difference seen.
 */
export function checkMultiFixture(caseName: string, report: MultiTableQualityReport): number {
  const expected = readMultiJson<ExpectedMultiFixture>(caseName, 'expected.json');
  let worst = 0;
  const close = (actual: number | undefined, want: number | null | undefined, label: string) => {
    const e = fromJson(want);
    expectClose(actual ?? Number.NaN, e, 1e-6, `${caseName} ${label}`);
    if (!Number.isNaN(e)) worst = Math.max(worst, Math.abs((actual ?? Number.NaN) - e));
  };
  close(report.score, expected.quality_score, 'quality');
  const property = (name: string) => expected.properties.find((p) => p.Property === name)?.Score;
  expect(expected.properties.map((p) => p.Property)).toEqual(['Column Shapes', 'Column Pair Trends', 'Cardinality', 'Intertable Trends']);
  close(report.columnShapes.score, property('Column Shapes'), 'Column Shapes');
  close(report.columnPairTrends.score, property('Column Pair Trends'), 'Column Pair Trends');
  close(report.cardinality.score, property('Cardinality'), 'Cardinality');
  close(report.interTableTrends.score, property('Intertable Trends'), 'Intertable Trends');

  const shapes = expected['Column Shapes'];
  expect(report.columnShapes.columns.map((c) => [c.table, c.column, c.metric])).toEqual(shapes.map((c) => [c.Table, c.Column, c.Metric]));
  report.columnShapes.columns.forEach((c, k) => close(c.score, shapes[k].Score, `shape ${c.table}.${c.column}`));

  const pairs = expected['Column Pair Trends'];
  expect(report.columnPairTrends.pairs.map((p) => [p.table, p.column1, p.column2, p.metric, p.meetsThreshold])).toEqual(
    pairs.map((p) => [p.Table, p['Column 1'], p['Column 2'], p.Metric, p['Meets Threshold?']]),
  );
  report.columnPairTrends.pairs.forEach((p, k) => checkPair(p, pairs[k], `pair ${p.table}: ${p.column1}|${p.column2}`, close));

  const cardinality = expected.Cardinality;
  expect(report.cardinality.relationships.map((r) => [r.childTable, r.parentTable, r.foreignKey, r.metric])).toEqual(
    cardinality.map((r) => [r['Child Table'], r['Parent Table'], r['Foreign Key'], r.Metric]),
  );
  report.cardinality.relationships.forEach((r, k) => close(r.score, cardinality[k].Score, `cardinality ${r.childTable} → ${r.parentTable}`));

  const inter = expected['Intertable Trends'];
  expect(report.interTableTrends.pairs.map((p) => [p.parentTable, p.childTable, p.foreignKey, p.column1, p.column2, p.metric, p.meetsThreshold])).toEqual(
    inter.map((p) => [p['Parent Table'], p['Child Table'], p['Foreign Key'], p['Column 1'], p['Column 2'], p.Metric, p['Meets Threshold?']]),
  );
  report.interTableTrends.pairs.forEach((p, k) => checkPair(p, inter[k], `intertable ${p.parentTable}.${p.column1}|${p.childTable}.${p.column2}`, close));
  return worst;
}

type Close = (actual: number | undefined, want: number | null | undefined, label: string) => void;

/** SDMetrics leaves the synthetic correlation out (null) of a pair below the threshold; we still compute it. */
function checkPair(p: PairTrend, want: PairRecord, label: string, close: Close): void {
  close(p.score, want.Score, `${label} score`);
  if (p.metric === 'CorrelationSimilarity') {
    close(p.realCorrelation, want['Real Correlation'], `${label} real r`);
    if (want['Synthetic Correlation'] === null) expect(p.meetsThreshold, `${label}: SDMetrics has no synthetic r`).toBe(false);
    else close(p.syntheticCorrelation, want['Synthetic Correlation'], `${label} synthetic r`);
    expect(want['Real Association'], label).toBeNull();
  } else {
    close(p.realAssociation, want['Real Association'], `${label} real V`);
    expect([want['Real Correlation'], want['Synthetic Correlation']], label).toEqual([null, null]);
  }
}

/** Compares the CLI's `multiTable` JSON with expected.json (null = NaN on both sides). */
export function checkMultiJson(caseName: string, m: MultiTableQualityJson): void {
  const expected = readMultiJson<ExpectedMultiFixture>(caseName, 'expected.json');
  const close = (actual: number | null, want: number | null | undefined, label: string) => {
    if (want === null || want === undefined) expect(actual, label).toBeNull();
    else expectClose(actual ?? Number.NaN, want, 1e-6, `${caseName} ${label}`);
  };
  close(m.quality, expected.quality_score, 'quality');
  const [shapes, pairs, cardinality, inter] = expected.properties.map((p) => p.Score);
  close(m.columnShapes, shapes, 'Column Shapes');
  close(m.columnPairTrends, pairs, 'Column Pair Trends');
  close(m.cardinality, cardinality, 'Cardinality');
  close(m.intertableTrends, inter, 'Intertable Trends');
  const d = m.details;
  expect(d.columnShapes.map((c) => [c.table, c.column, c.metric])).toEqual(expected['Column Shapes'].map((c) => [c.Table, c.Column, c.Metric]));
  d.columnShapes.forEach((c, k) => close(c.score, expected['Column Shapes'][k].Score, `${c.table}.${c.column}`));
  expect(d.columnPairTrends.map((p) => [p.table, p.column1, p.column2, p.metric, p.meetsThreshold])).toEqual(
    expected['Column Pair Trends'].map((p) => [p.Table, p['Column 1'], p['Column 2'], p.Metric, p['Meets Threshold?']]),
  );
  d.columnPairTrends.forEach((p, k) => close(p.score, expected['Column Pair Trends'][k].Score, `${p.table}: ${p.column1}|${p.column2}`));
  expect(d.cardinality.map((r) => [r.childTable, r.parentTable, r.foreignKey, r.metric])).toEqual(
    expected.Cardinality.map((r) => [r['Child Table'], r['Parent Table'], r['Foreign Key'], r.Metric]),
  );
  d.cardinality.forEach((r, k) => close(r.score, expected.Cardinality[k].Score, `cardinality ${r.childTable}`));
  expect(d.intertableTrends.map((p) => [p.parentTable, p.childTable, p.foreignKey, p.column1, p.column2, p.metric, p.meetsThreshold])).toEqual(
    expected['Intertable Trends'].map((p) => [
      p['Parent Table'],
      p['Child Table'],
      p['Foreign Key'],
      p['Column 1'],
      p['Column 2'],
      p.Metric,
      p['Meets Threshold?'],
    ]),
  );
  d.intertableTrends.forEach((p, k) => close(p.score, expected['Intertable Trends'][k].Score, `intertable ${p.column1}|${p.column2}`));
}
