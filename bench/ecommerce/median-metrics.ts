import type { EcommerceMetricName, EcommerceMetrics } from './ecommerce-metrics.ts';

/** The median of each metric on its own (the middle two averaged for an even count), as the paper reports over runs. */
export function medianMetrics(runs: readonly EcommerceMetrics[]): EcommerceMetrics {
  if (runs.length === 0) throw new RangeError('bench: no runs to take a median of');
  const m = (name: EcommerceMetricName) => median(runs.map((r) => r[name]));
  return {
    ageW1: m('ageW1'),
    genderTvd: m('genderTvd'),
    locationTvd: m('locationTvd'),
    categoryTvd: m('categoryTvd'),
    priceW1: m('priceW1'),
    paymentTvd: m('paymentTvd'),
    jsdAgeGenderCategory: m('jsdAgeGenderCategory'),
    jsdCategoryPrice: m('jsdCategoryPrice'),
    jsdLocationPayment: m('jsdLocationPayment'),
    copiedShare: m('copiedShare'),
  };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
