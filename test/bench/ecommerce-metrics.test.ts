import { describe, expect, it } from 'vitest';
import { ecommerceMetrics } from '../../bench/ecommerce/ecommerce-metrics.ts';
import { makeDataset } from '../stats/tables/make-dataset.ts';

/** Four hand-made rows in the process's column order. */
function rows(options: { age: number[]; gender: string[]; location: string[]; category: string[]; price: number[]; payment: string[] }) {
  return makeDataset(options);
}

const reference = rows({
  age: [20, 40, 60, 30],
  gender: ['M', 'F', 'F', 'M'],
  location: ['Developed', 'Developed', 'Developing', 'Developing'],
  category: ['Electronics', 'Apparel', 'Food & Beverages', 'Electronics'],
  price: [10.5, 20.25, 30, 40],
  payment: ['Online', 'Online', 'COD', 'COD'],
});

describe('ecommerceMetrics', () => {
  it('is 0 everywhere (and copies every row) against itself', () => {
    const m = ecommerceMetrics(reference, reference);
    expect(m).toEqual({
      ageW1: 0,
      genderTvd: 0,
      locationTvd: 0,
      categoryTvd: 0,
      priceW1: 0,
      paymentTvd: 0,
      jsdAgeGenderCategory: 0,
      jsdCategoryPrice: 0,
      jsdLocationPayment: 0,
      copiedShare: 1,
    });
  });

  it('scores hand-made differences as worked out by hand', () => {
    const synthetic = rows({
      // Every age + 2: W1 = 2. Groups unchanged (22, 42, 62, 32).
      age: [22, 42, 62, 32],
      // One M → F: gender TVD = ½(|.5 − .25| + |.5 − .75|) = .25.
      gender: ['M', 'F', 'F', 'F'],
      // Every row Developed and Online: location TVD .5, payment TVD .5.
      location: ['Developed', 'Developed', 'Developed', 'Developed'],
      category: ['Electronics', 'Apparel', 'Food & Beverages', 'Electronics'],
      // Prices unchanged: price W1 = 0, and [category, price] cells unchanged.
      price: [10.5, 20.25, 30, 40],
      payment: ['Online', 'Online', 'Online', 'Online'],
    });
    const m = ecommerceMetrics(reference, synthetic);
    expect(m.ageW1).toBeCloseTo(2, 12);
    expect(m.genderTvd).toBeCloseTo(0.25, 12);
    expect(m.locationTvd).toBeCloseTo(0.5, 12);
    expect(m.paymentTvd).toBeCloseTo(0.5, 12);
    expect(m.categoryTvd).toBe(0);
    expect(m.priceW1).toBe(0);
    expect(m.jsdCategoryPrice).toBe(0);
    // [location, payment]: p = (D,Online) .5, (G,COD) .5; q = (D,Online) 1; m = (.75, .25).
    // KL(p‖m) = .5·log2(.5/.75) + .5·log2(.5/.25) = .20752; KL(q‖m) = log2(4/3) = .41504; JSD = .31128.
    expect(m.jsdLocationPayment).toBeCloseTo(0.5 * (0.5 * Math.log2(0.5 / 0.75) + 0.5 + Math.log2(4 / 3)), 12);
    // [age group, gender, category]: only row 4 moves, (young, M, Electronics) → (young, F, Electronics).
    // p: yME .5, mFA .25, oFF .25; q: yME .25, yFE .25, mFA .25, oFF .25. The two cells that differ:
    // yME (m = .375): .5·log2(.5/.375) and .25·log2(.25/.375); yFE (m = .125): .25·log2(2).
    const expected = 0.5 * (0.5 * Math.log2(0.5 / 0.375) + 0.25 * Math.log2(0.25 / 0.375) + 0.25);
    expect(expected).toBeCloseTo(0.15564, 5);
    expect(m.jsdAgeGenderCategory).toBeCloseTo(expected, 12);
    // Every age moved, so no row equals a reference row on all six values.
    expect(m.copiedShare).toBe(0);
  });

  it('counts a synthetic row as copied only when all six values match a reference row', () => {
    const synthetic = rows({
      age: [20, 40, 61, 30],
      gender: ['M', 'F', 'F', 'M'],
      location: ['Developed', 'Developed', 'Developing', 'Developing'],
      category: ['Electronics', 'Apparel', 'Food & Beverages', 'Electronics'],
      price: [10.5, 20.25, 30, 40.01],
      payment: ['Online', 'Online', 'COD', 'COD'],
    });
    // Rows 1 and 2 are exact copies; row 3 differs in age, row 4 in price by a cent.
    expect(ecommerceMetrics(reference, synthetic).copiedShare).toBe(0.5);
  });

  it('bins age in the paper’s groups: moving 34 → 35 changes the joint, 36 → 54 does not', () => {
    const base = { gender: ['M', 'M'], location: ['Developed', 'Developed'], category: ['Apparel', 'Apparel'], price: [1, 2], payment: ['COD', 'COD'] };
    const ref = rows({ ...base, age: [34, 36] });
    expect(ecommerceMetrics(ref, rows({ ...base, age: [34, 54] })).jsdAgeGenderCategory).toBe(0);
    // 34 → 35: p = (young .5, middle .5), q = (middle 1): JSD = .31128 as above.
    expect(ecommerceMetrics(ref, rows({ ...base, age: [35, 36] })).jsdAgeGenderCategory).toBeCloseTo(
      0.5 * (0.5 * Math.log2(0.5 / 0.75) + 0.5 + Math.log2(4 / 3)),
      12,
    );
  });
});
