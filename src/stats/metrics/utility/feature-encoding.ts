import type { Column } from '../../column.ts';
import type { Dataset } from '../../dataset.ts';
import { evaluatedColumns } from '../evaluated-columns.ts';
import type { FeatureMatrix } from './learner.ts';
import { valueCounts } from './value-counts.ts';

/** Up to this many distinct values (missing counted as one) a category column is one-hot encoded. */
export const ONE_HOT_LIMIT = 30;

/** How one column of the data becomes one or more feature columns. */
export type FeatureColumn =
  /**
   * Numbers as numbers; missing stays NaN for the learner. Datetimes are epoch milliseconds: a
   * float32 learner (XGBoost, LightGBM) resolves them to about 2 minutes, enough for dates and times of day.
   */
  | { readonly kind: 'number'; readonly column: string }
  /** One 0/1 feature per category (null = missing is a category of its own); an unseen category is all zeros. */
  | { readonly kind: 'one-hot'; readonly column: string; readonly categories: readonly (string | null)[] }
  /** Many categories: the category's rank by frequency (0 = most frequent); an unseen category is NaN. */
  | { readonly kind: 'frequency-rank'; readonly column: string; readonly ranks: ReadonlyMap<string | null, number> };

export interface FeatureEncoding {
  readonly columns: readonly FeatureColumn[];
  /** One name per feature column of the matrix, e.g. "age", "sex=Male", "native-country (rank)". */
  readonly names: readonly string[];
}

/**
 * Fits the feature encoding on the real training rows, so synthetic, real and
 * holdout rows all become the same features: every evaluated column except
 * the target (identifiers and free text are left out, as in the fidelity
 * metrics). Category columns are matched by written value, not by code: each
 * file has its own dictionary.
 */
export function fitFeatureEncoding(real: Dataset, options: { readonly target: string }): FeatureEncoding {
  const columns = evaluatedColumns(real)
    .map((i) => real.columns[i])
    .filter((c) => c.name !== options.target)
    .map(fitColumn);
  return { columns, names: columns.flatMap(featureNames) };
}

function fitColumn(column: Column): FeatureColumn {
  if (column.type === 'numeric') return { kind: 'number', column: column.name };
  const categories = [...valueCounts(column).keys()];
  if (categories.length <= ONE_HOT_LIMIT) return { kind: 'one-hot', column: column.name, categories };
  return { kind: 'frequency-rank', column: column.name, ranks: new Map(categories.map((c, rank) => [c, rank])) };
}

function featureNames(feature: FeatureColumn): string[] {
  if (feature.kind === 'number') return [feature.column];
  if (feature.kind === 'frequency-rank') return [`${feature.column} (rank)`];
  return feature.categories.map((c) => `${feature.column}=${c ?? '(missing)'}`);
}

/** The feature matrix of the rows `rows` (indexes) of a dataset read with the real data's schema. */
export function encodeFeatures(encoding: FeatureEncoding, options: { readonly dataset: Dataset; readonly rows: Uint32Array }): FeatureMatrix {
  const { dataset, rows } = options;
  const width = encoding.names.length;
  const values = new Float64Array(rows.length * width);
  let offset = 0;
  for (const feature of encoding.columns) {
    const column = dataset.columns.find((c) => c.name === feature.column);
    if (!column) throw new RangeError(`utility: the data has no column "${feature.column}"; read it with the real data's schema`);
    offset += fillFeature({ feature, column, rows, values, width, offset });
  }
  return { rows: rows.length, columns: width, values };
}

interface FillOptions {
  readonly feature: FeatureColumn;
  readonly column: Column;
  readonly rows: Uint32Array;
  readonly values: Float64Array;
  readonly width: number;
  /** The first matrix column this feature fills. */
  readonly offset: number;
}

/** Writes one data column's features into the matrix; returns how many matrix columns it filled. */
function fillFeature({ feature, column, rows, values, width, offset }: FillOptions): number {
  if (feature.kind === 'number') {
    if (column.type !== 'numeric') throw new RangeError(`utility: column "${column.name}" is not numeric here; read it with the real data's schema`);
    rows.forEach((r, i) => (values[i * width + offset] = column.values[r]));
    return 1;
  }
  if (column.type !== 'categorical') throw new RangeError(`utility: column "${column.name}" is numeric here; read it with the real data's schema`);
  if (feature.kind === 'frequency-rank') {
    const rankOfCode = column.dictionary.map((value) => feature.ranks.get(value) ?? Number.NaN);
    rows.forEach((r, i) => (values[i * width + offset] = rankOfCode[column.codes[r]]));
    return 1;
  }
  const slot = new Map(feature.categories.map((c, k) => [c, k]));
  const slotOfCode = column.dictionary.map((value) => slot.get(value) ?? -1);
  rows.forEach((r, i) => {
    const k = slotOfCode[column.codes[r]];
    if (k >= 0) values[i * width + offset + k] = 1;
  });
  return feature.categories.length;
}
