import { columnPairTrends, type PairTrend } from '../column-pair-trends.ts';
import { columnShapes, type ColumnShape } from '../column-shapes.ts';
import { assertSameColumns } from '../evaluated-columns.ts';
import { nanMean } from '../nan-mean.ts';
import { cardinality, type Cardinality } from './cardinality.ts';
import { interTableTrends, type InterTableTrends } from './inter-table-trends.ts';
import { tablesWithKeysAsIds } from './key-columns.ts';
import type { MultiTableData } from './multi-table-data.ts';

export interface MultiTableQualityReport {
  /** nanmean of the four property scores (SDMetrics BaseReport). */
  readonly score: number;
  /** Every table's columns in one list, averaged as one list (not table by table). */
  readonly columnShapes: { readonly score: number; readonly columns: readonly (ColumnShape & { readonly table: string })[] };
  /** Every table's pairs in one list; the score averages those meeting the threshold. */
  readonly columnPairTrends: { readonly score: number; readonly pairs: readonly (PairTrend & { readonly table: string })[] };
  readonly cardinality: Cardinality;
  readonly interTableTrends: InterTableTrends;
}

/**
 * SDMetrics multi-table QualityReport (sdmetrics.reports.multi_table, 0.29.0
 * semantics, default settings): Column Shapes and Column Pair Trends of each
 * table, Cardinality and Intertable Trends of each relationship. Key columns
 * are ids and are not evaluated. Each table's synthetic rows must share its
 * real schema.
 */
export function multiTableQualityReport(data: MultiTableData): MultiTableQualityReport {
  for (const t of data.tables) assertSameColumns(t.real, t.synthetic, `synthetic table "${t.name}"`);
  const tables = tablesWithKeysAsIds(data);
  const shapes = tables.flatMap((t) => columnShapes(t.real, t.synthetic).columns.map((c) => ({ ...c, table: t.name })));
  const pairs = tables.flatMap((t) => columnPairTrends(t.real, t.synthetic).pairs.map((p) => ({ ...p, table: t.name })));
  const columnShapesProperty = { score: nanMean(shapes.map((c) => c.score)), columns: shapes };
  const pairTrendsProperty = { score: nanMean(pairs.filter((p) => p.meetsThreshold).map((p) => p.score)), pairs };
  const cardinalityProperty = cardinality(data);
  const interTable = interTableTrends(data);
  return {
    score: nanMean([columnShapesProperty.score, pairTrendsProperty.score, cardinalityProperty.score, interTable.score]),
    columnShapes: columnShapesProperty,
    columnPairTrends: pairTrendsProperty,
    cardinality: cardinalityProperty,
    interTableTrends: interTable,
  };
}
