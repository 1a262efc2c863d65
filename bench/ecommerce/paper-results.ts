import type { EcommerceMetricName } from './ecommerce-metrics.ts';

/**
 * LLMSynthor with GPT-4.1-nano on the e-commerce benchmark, as the paper
 * reports it (arXiv 2505.14752 v2, e-commerce benchmark of appendix A.1). The paper has
 * no copied-row share.
 */
export const PAPER_LLMSYNTHOR: Partial<Record<EcommerceMetricName, number>> = {
  ageW1: 1.13,
  genderTvd: 0.002,
  locationTvd: 0.002,
  categoryTvd: 0.01,
  priceW1: 12.76,
  paymentTvd: 0.003,
  jsdAgeGenderCategory: 0.071,
  jsdCategoryPrice: 0.134,
  jsdLocationPayment: 0.007,
};

/** Prices carry cents, so an honest sample almost never repeats a reference row (the noise floor copies ~0%): more than 1% means copying. */
export const MAX_COPIED_SHARE = 0.01;
