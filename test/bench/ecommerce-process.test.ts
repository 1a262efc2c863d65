import { describe, expect, it } from 'vitest';
import type { CategoricalColumn, NumericColumn } from '../../src/stats/column.ts';
import { ageGroup, CATEGORIES, sampleEcommerce } from '../../bench/ecommerce/ecommerce-process.ts';
import { normalCdf, normalPdf } from './normal-cdf.ts';

const ROWS = 40_000;
const data = sampleEcommerce({ rows: ROWS, seed: 7 });
const [age, gender, location, category, price, payment] = data.columns as [
  NumericColumn,
  CategoricalColumn,
  CategoricalColumn,
  CategoricalColumn,
  NumericColumn,
  CategoricalColumn,
];
const label = (c: CategoricalColumn, i: number) => c.dictionary[c.codes[i]];

/** Four binomial standard errors: a correct generator fails one check in ~16,000. */
const tolerance = (p: number, n: number) => 4 * Math.sqrt((p * (1 - p)) / n);

function shareWhere(options: { where: (i: number) => boolean; hit: (i: number) => boolean }): { share: number; n: number } {
  let n = 0;
  let hits = 0;
  for (let i = 0; i < ROWS; i++) {
    if (!options.where(i)) continue;
    n++;
    if (options.hit(i)) hits++;
  }
  return { share: hits / n, n };
}

describe('sampleEcommerce (LLMSynthor appendix A.1)', () => {
  it('has the documented columns, in order, with the documented kinds', () => {
    expect(data.schema.columns.map((c) => `${c.name}:${c.kind}`)).toEqual([
      'age:numeric',
      'gender:categorical',
      'location:categorical',
      'category:categorical',
      'price:numeric',
      'payment:categorical',
    ]);
    expect(data.rowCount).toBe(ROWS);
    expect(data.columns.map((c) => c.type)).toEqual(['numeric', 'categorical', 'categorical', 'categorical', 'numeric', 'categorical']);
  });

  it('keeps ages whole in [18, 90] and prices in [0, 2000] with cents', () => {
    expect(age.values.every((a) => Number.isInteger(a) && a >= 18 && a <= 90)).toBe(true);
    expect(price.values.every((p) => p >= 0 && p <= 2000 && Math.round(p * 100) / 100 === p)).toBe(true);
  });

  it('is reproducible from its seed and differs across seeds', () => {
    const a = sampleEcommerce({ rows: 50, seed: 3 });
    const b = sampleEcommerce({ rows: 50, seed: 3 });
    const c = sampleEcommerce({ rows: 50, seed: 4 });
    expect(a.columns).toEqual(b.columns);
    expect((a.columns[4] as NumericColumn).values).not.toEqual((c.columns[4] as NumericColumn).values);
  });

  it('draws gender M 45% and location Developed 40%', () => {
    const m = shareWhere({ where: () => true, hit: (i) => label(gender, i) === 'M' });
    expect(Math.abs(m.share - 0.45)).toBeLessThan(tolerance(0.45, ROWS));
    const d = shareWhere({ where: () => true, hit: (i) => label(location, i) === 'Developed' });
    expect(Math.abs(d.share - 0.4)).toBeLessThan(tolerance(0.4, ROWS));
  });

  it('draws payment Online 70% where developed and 40% where developing', () => {
    for (const [where, p] of [
      ['Developed', 0.7],
      ['Developing', 0.4],
    ] as const) {
      const s = shareWhere({ where: (i) => label(location, i) === where, hit: (i) => label(payment, i) === 'Online' });
      expect(Math.abs(s.share - p)).toBeLessThan(tolerance(p, s.n));
    }
  });

  it('draws the category from the age group × gender table', () => {
    const table: Record<string, readonly number[]> = {
      '0M': [0.5, 0.25, 0.05, 0.2],
      '0F': [0.2, 0.5, 0.05, 0.25],
      '1M': [0.2, 0.1, 0.5, 0.2],
      '1F': [0.1, 0.2, 0.55, 0.15],
      '2M': [0.1, 0.1, 0.65, 0.15],
      '2F': [0.1, 0.1, 0.6, 0.2],
    };
    for (const [key, shares] of Object.entries(table)) {
      shares.forEach((p, c) => {
        const s = shareWhere({ where: (i) => `${ageGroup(age.values[i])}${label(gender, i)}` === key, hit: (i) => label(category, i) === CATEGORIES[c] });
        expect(Math.abs(s.share - p), `${key} ${CATEGORIES[c]}`).toBeLessThan(tolerance(p, s.n));
      });
    }
  });

  it('draws age from the truncated mixture with weights normalised (age groups by the normal CDF)', () => {
    // Weights .5/.45/.15 over 1.10; the whole mixture is truncated to [18, 90], so
    // P(group) = Σ w_k [Φ_k(hi) − Φ_k(lo)] / Σ w_k [Φ_k(90) − Φ_k(18)], and rounding
    // puts an age in [35, 55) when the draw is in [34.5, 54.5).
    const mix = [
      [0.5, 24, 6],
      [0.45, 38, 15],
      [0.15, 55, 10],
    ] as const;
    const mass = (lo: number, hi: number) => mix.reduce((s, [w, m, sd]) => s + w * (normalCdf((hi - m) / sd) - normalCdf((lo - m) / sd)), 0);
    const bounds = [
      [18, 34.5],
      [34.5, 54.5],
      [54.5, 90],
    ];
    bounds.forEach(([lo, hi], g) => {
      const p = mass(lo, hi) / mass(18, 90);
      const s = shareWhere({ where: () => true, hit: (i) => ageGroup(age.values[i]) === g });
      expect(Math.abs(s.share - p), `group ${g}: ${p}`).toBeLessThan(tolerance(p, ROWS));
    });
  });

  it('draws price from the category’s normal truncated to [0, 2000] (its mean by the truncated-normal formula)', () => {
    // E[X | a ≤ X ≤ b] = μ + σ (φ(α) − φ(β)) / (Φ(β) − Φ(α)), α = (a − μ)/σ, β = (b − μ)/σ;
    // its sd is below σ, so 4σ/√n is a safe tolerance (rounding to cents moves the mean < 0.005).
    const normals = [
      [800, 1000],
      [100, 500],
      [100, 400],
      [200, 500],
    ] as const;
    normals.forEach(([mu, sd], c) => {
      const [alpha, beta] = [(0 - mu) / sd, (2000 - mu) / sd];
      const expected = mu + (sd * (normalPdf(alpha) - normalPdf(beta))) / (normalCdf(beta) - normalCdf(alpha));
      let sum = 0;
      let n = 0;
      for (let i = 0; i < ROWS; i++) {
        if (label(category, i) !== CATEGORIES[c]) continue;
        sum += price.values[i];
        n++;
      }
      expect(Math.abs(sum / n - expected), `${CATEGORIES[c]}: expected ${expected.toFixed(1)}`).toBeLessThan((4 * sd) / Math.sqrt(n));
    });
  });
});
