import { jsonScore as json, type Score } from '../json-score.ts';
import type { MultiTableQualityReport } from './multi-table-quality-report.ts';

interface PairJson {
  readonly column1: string;
  readonly column2: string;
  readonly metric: string;
  /** null where SDMetrics leaves the pair out (no trend in the real data). */
  readonly score: Score;
  readonly meetsThreshold: boolean;
}

/** The multi-table Quality report as the CLI's JSON carries it: the SDMetrics details records, NaN as null. */
export interface MultiTableQualityJson {
  readonly quality: Score;
  readonly columnShapes: Score;
  readonly columnPairTrends: Score;
  readonly cardinality: Score;
  readonly intertableTrends: Score;
  readonly details: {
    readonly columnShapes: readonly { readonly table: string; readonly column: string; readonly metric: string; readonly score: Score }[];
    readonly columnPairTrends: readonly (PairJson & { readonly table: string })[];
    readonly cardinality: readonly {
      readonly childTable: string;
      readonly parentTable: string;
      readonly foreignKey: string;
      readonly metric: string;
      readonly score: Score;
    }[];
    readonly intertableTrends: readonly (PairJson & { readonly parentTable: string; readonly childTable: string; readonly foreignKey: string })[];
  };
}

export function multiTableJson(report: MultiTableQualityReport): MultiTableQualityJson {
  const pair = (p: { column1: string; column2: string; metric: string; score: number; meetsThreshold: boolean }): PairJson => ({
    column1: p.column1,
    column2: p.column2,
    metric: p.metric,
    score: json(p.score),
    meetsThreshold: p.meetsThreshold,
  });
  return {
    quality: json(report.score),
    columnShapes: json(report.columnShapes.score),
    columnPairTrends: json(report.columnPairTrends.score),
    cardinality: json(report.cardinality.score),
    intertableTrends: json(report.interTableTrends.score),
    details: {
      columnShapes: report.columnShapes.columns.map((c) => ({ table: c.table, column: c.column, metric: c.metric, score: json(c.score) })),
      columnPairTrends: report.columnPairTrends.pairs.map((p) => ({ table: p.table, ...pair(p) })),
      cardinality: report.cardinality.relationships.map((r) => ({ ...r, score: json(r.score) })),
      intertableTrends: report.interTableTrends.pairs.map((p) => ({
        parentTable: p.parentTable,
        childTable: p.childTable,
        foreignKey: p.foreignKey,
        ...pair(p),
      })),
    },
  };
}
