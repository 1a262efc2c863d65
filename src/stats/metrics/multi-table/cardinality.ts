import type { Dataset } from '../../dataset.ts';
import { ksStatistic } from '../ks-statistic.ts';
import { nanMean } from '../nan-mean.ts';
import { keyValues, rowsByKey } from './key-values.ts';
import { columnIndex, tableNamed, type MultiTableData, type Relationship } from './multi-table-data.ts';

export interface CardinalityRecord {
  readonly childTable: string;
  readonly parentTable: string;
  readonly foreignKey: string;
  readonly metric: 'CardinalityShapeSimilarity';
  /** NaN when a side has no parent row. */
  readonly score: number;
}

export interface Cardinality {
  /** Mean of the relationship scores, NaN skipped. */
  readonly score: number;
  readonly relationships: readonly CardinalityRecord[];
}

/**
 * Number of child rows per parent row, in parent row order; 0 for a parent
 * without children (sdmetrics.utils.get_cardinality_distribution).
 */
export function childCounts(parent: Dataset, parentKey: string, child: Dataset, childKey: string, labels: Relationship): Float64Array {
  const children = rowsByKey(keyValues(child.columns[columnIndex(child, childKey, labels.child)]));
  const parents = keyValues(parent.columns[columnIndex(parent, parentKey, labels.parent)]);
  return Float64Array.from(parents, (key) => children.get(key)?.length ?? 0);
}

/**
 * SDMetrics CardinalityShapeSimilarity for one relationship (0.29.0):
 * 1 - the two-sample KS statistic between the real and the synthetic numbers
 * of children per parent row.
 */
export function cardinalityShapeSimilarity(data: MultiTableData, relationship: Relationship): number {
  const parent = tableNamed(data, relationship.parent);
  const child = tableNamed(data, relationship.child);
  const counts = (side: 'real' | 'synthetic') => childCounts(parent[side], relationship.parentKey, child[side], relationship.childKey, relationship).sort();
  return 1 - ksStatistic(counts('real'), counts('synthetic'));
}

/** SDMetrics multi-table Cardinality property: one CardinalityShapeSimilarity per relationship, averaged. */
export function cardinality(data: MultiTableData): Cardinality {
  const relationships = data.relationships.map((r): CardinalityRecord => ({
    childTable: r.child,
    parentTable: r.parent,
    foreignKey: r.childKey,
    metric: 'CardinalityShapeSimilarity',
    score: cardinalityShapeSimilarity(data, r),
  }));
  return { score: nanMean(relationships.map((r) => r.score)), relationships };
}
