import { columnPairTrends, type PairTrend } from '../column-pair-trends.ts';
import { evaluatedColumns } from '../evaluated-columns.ts';
import { nanMean } from '../nan-mean.ts';
import { denormalize } from './denormalize.ts';
import { tablesWithKeysAsIds } from './key-columns.ts';
import { tableNamed, type MultiTableData } from './multi-table-data.ts';

/** One (parent column, child column) pair: `column1` is the parent's, `column2` the child's. */
export interface InterTablePair extends PairTrend {
  readonly parentTable: string;
  readonly childTable: string;
  readonly foreignKey: string;
}

export interface InterTableTrends {
  /** Mean over pairs meeting the real-trend threshold; NaN if none does. */
  readonly score: number;
  readonly pairs: readonly InterTablePair[];
}

/**
 * SDMetrics multi-table Intertable Trends property (0.29.0): for each
 * relationship, Column Pair Trends on the child rows joined with their parent
 * rows, over every (parent column, child column) pair the metrics evaluate
 * (itertools.product in column order; keys and other ids left out), with the
 * QualityReport thresholds. The score averages the pairs of all relationships.
 */
export function interTableTrends(data: MultiTableData): InterTableTrends {
  const keyed = { ...data, tables: tablesWithKeysAsIds(data) };
  const pairs: InterTablePair[] = [];
  for (const r of data.relationships) {
    const parent = tableNamed(keyed, r.parent);
    const child = tableNamed(keyed, r.child);
    const join = (side: 'real' | 'synthetic') =>
      denormalize({ name: r.parent, dataset: parent[side], key: r.parentKey }, { name: r.child, dataset: child[side], key: r.childKey });
    // The joined columns are the child's, then the parent's.
    const offset = child.real.schema.columns.length;
    const columnPairs = evaluatedColumns(parent.real).flatMap((p) => evaluatedColumns(child.real).map((c): [number, number] => [offset + p, c]));
    const trends = columnPairTrends(join('real'), join('synthetic'), columnPairs);
    trends.pairs.forEach((pair, k) => {
      const [p, c] = columnPairs[k];
      pairs.push({
        ...pair,
        column1: parent.real.schema.columns[p - offset].name,
        column2: child.real.schema.columns[c].name,
        parentTable: r.parent,
        childTable: r.child,
        foreignKey: r.childKey,
      });
    });
  }
  return { score: nanMean(pairs.filter((p) => p.meetsThreshold).map((p) => p.score)), pairs };
}
