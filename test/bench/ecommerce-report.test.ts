import { describe, expect, it } from 'vitest';
import type { EcommerceMetrics } from '../../bench/ecommerce/ecommerce-metrics.ts';
import { ECOMMERCE_METHODS } from '../../bench/ecommerce/ecommerce-methods.ts';
import { verdicts } from '../../bench/ecommerce/ecommerce-report.ts';
import { median, medianMetrics } from '../../bench/ecommerce/median-metrics.ts';

const method = (id: string) => {
  const found = ECOMMERCE_METHODS.find((m) => m.id === id);
  if (!found) throw new Error(id);
  return found;
};
const flat = (v: number, copied = 0): EcommerceMetrics => ({
  ageW1: v,
  genderTvd: v,
  locationTvd: v,
  categoryTvd: v,
  priceW1: v,
  paymentTvd: v,
  jsdAgeGenderCategory: v,
  jsdCategoryPrice: v,
  jsdLocationPayment: v,
  copiedShare: copied,
});

describe('e-commerce verdicts', () => {
  it('passes a metric only when Synthor is ≤ the paper and ≤ IPF, and copies ≤ 1%', () => {
    // Synthor .002 everywhere: ≤ every paper value (smallest .002) and ≤ IPF .003; copies 2% → that line fails.
    const list = verdicts([
      { method: method('ipf'), metrics: flat(0.003), ms: 1 },
      { method: method('synthor'), metrics: flat(0.002, 0.02), ms: 1 },
    ]);
    expect(list.filter((v) => !v.pass).map((v) => v.metric)).toEqual(['copiedShare']);
    // IPF at .001 beats Synthor on every paper metric.
    const worse = verdicts([
      { method: method('ipf'), metrics: flat(0.001), ms: 1 },
      { method: method('synthor'), metrics: flat(0.002), ms: 1 },
    ]);
    expect(worse.filter((v) => v.pass).map((v) => v.metric)).toEqual(['copiedShare']);
  });

  it('has nothing to judge without Synthor', () => {
    expect(verdicts([{ method: method('ipf'), metrics: flat(0), ms: 1 }])).toEqual([]);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(medianMetrics([flat(1), flat(9), flat(2)]).priceW1).toBe(2);
  });
});
