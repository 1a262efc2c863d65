import type { CategoricalColumn, Column } from '../../src/stats/column.ts';
import type { Dataset } from '../../src/stats/dataset.ts';
import { quantileEdges } from '../../src/stats/bins/quantile-edges.ts';
import { identicalMatchShare } from '../../src/stats/metrics/disclosure-risk/identical-match-share.ts';
import { jensenShannonDivergence } from '../../src/stats/metrics/jensen-shannon-divergence.ts';
import { categoricalTotalVariation } from '../../src/stats/metrics/total-variation-distance.ts';
import { wassersteinDistance } from '../../src/stats/metrics/wasserstein-distance.ts';
import type { Axis } from '../../src/stats/tables/axis.ts';
import { binnedAxis } from '../../src/stats/tables/binned-axis.ts';
import { categoricalAxis } from '../../src/stats/tables/categorical-axis.ts';
import { countTables } from '../../src/stats/tables/count-tables.ts';
import { findColumn } from '../../src/stats/tables/find-column.ts';
import { AGE_BOUNDS, AGE_GROUP_EDGES, CATEGORIES, GENDERS, LOCATIONS, PAYMENTS } from './ecommerce-process.ts';

/** The paper's scores for the e-commerce benchmark (LLMSynthor appendix A.1): lower is better for all. */
export interface EcommerceMetrics {
  readonly ageW1: number;
  readonly genderTvd: number;
  readonly locationTvd: number;
  readonly categoryTvd: number;
  readonly priceW1: number;
  readonly paymentTvd: number;
  /** JSD (bits) of age group × gender × category. */
  readonly jsdAgeGenderCategory: number;
  /** JSD (bits) of category × price, price in the reference's 6 quantile bins. */
  readonly jsdCategoryPrice: number;
  readonly jsdLocationPayment: number;
  /** Share of synthetic rows equal to some reference row on all six columns (a privacy check, not in the paper's table). */
  readonly copiedShare: number;
}

export type EcommerceMetricName = keyof EcommerceMetrics;

export const ECOMMERCE_METRIC_NAMES: readonly EcommerceMetricName[] = [
  'ageW1',
  'genderTvd',
  'locationTvd',
  'categoryTvd',
  'priceW1',
  'paymentTvd',
  'jsdAgeGenderCategory',
  'jsdCategoryPrice',
  'jsdLocationPayment',
  'copiedShare',
];

const PRICE_BINS = 6;

/**
 * Scores `synthetic` against `reference` as the paper does: Wasserstein-1 for
 * age and price, TVD for the four categorical marginals, JSD (base 2) for the
 * three joints the process builds in. The joints use fixed axes, the same for
 * both datasets: age in its three groups, price in the reference's quantile
 * bins, categories from the process ("(other)" catches anything foreign).
 */
export function ecommerceMetrics(reference: Dataset, synthetic: Dataset): EcommerceMetrics {
  const numeric = (d: Dataset, name: string) => asNumeric(findColumn(d, name));
  const tvd = (name: string) => categoricalTotalVariation(asCategorical(findColumn(reference, name)), asCategorical(findColumn(synthetic, name)));
  const age = binnedAxis({ column: 'age', edges: Float64Array.of(AGE_BOUNDS.lo, ...AGE_GROUP_EDGES, AGE_BOUNDS.hi), datetime: false });
  const price = binnedAxis({ column: 'price', edges: quantileEdges(numeric(reference, 'price'), PRICE_BINS), datetime: false });
  const [gender, location, category, payment] = (
    [
      ['gender', GENDERS],
      ['location', LOCATIONS],
      ['category', CATEGORIES],
      ['payment', PAYMENTS],
    ] as const
  ).map(([column, categories]) => categoricalAxis({ column, categories, other: true }));
  const joints: Axis[][] = [
    [age, gender, category],
    [category, price],
    [location, payment],
  ];
  const ref = countTables(joints, reference);
  const syn = countTables(joints, synthetic);
  const jsd = (i: number) => jensenShannonDivergence(ref[i].counts, syn[i].counts);
  return {
    ageW1: wassersteinDistance(numeric(reference, 'age'), numeric(synthetic, 'age')),
    genderTvd: tvd('gender'),
    locationTvd: tvd('location'),
    categoryTvd: tvd('category'),
    priceW1: wassersteinDistance(numeric(reference, 'price'), numeric(synthetic, 'price')),
    paymentTvd: tvd('payment'),
    jsdAgeGenderCategory: jsd(0),
    jsdCategoryPrice: jsd(1),
    jsdLocationPayment: jsd(2),
    copiedShare: identicalMatchShare({ training: reference, other: synthetic }),
  };
}

function asNumeric(column: Column): Float64Array {
  if (column.type !== 'numeric') throw new Error(`bench: column "${column.name}" should be numeric`);
  return column.values;
}

function asCategorical(column: Column): CategoricalColumn {
  if (column.type !== 'categorical') throw new Error(`bench: column "${column.name}" should be categorical`);
  return column;
}
