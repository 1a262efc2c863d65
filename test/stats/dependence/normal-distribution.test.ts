import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from '../../../src/stats/dependence/normal-distribution.ts';

// Reference values of the standard normal (scipy.stats.norm.cdf / ppf; Python's math.erfc for the tails).
describe('normal distribution', () => {
  it.each([
    [0, 0.5],
    [1, 0.8413447460685429],
    [-1.959963984540054, 0.025],
    [2.5, 0.9937903346742238],
    [-3.5, 0.00023262907903552502],
  ])('Φ(%d) = %d', (z, p) => expect(normalCdf(z)).toBeCloseTo(p, 7));

  // Between the table's nodes (steps of 1/64) and beyond it: within 1e-6 of the value relative to it, far into the tails.
  it.each([
    [0.1, 0.539827837277029],
    [-2.3, 0.010724110021675818],
    [-4.1, 2.0657506912546785e-5],
    [-6.1, 5.303423262948855e-10],
    [-7.77, 3.924306316131585e-15],
    [3.3, 0.9995165758576162],
    [-9.2, 1.7897488120140712e-20],
  ])('Φ(%d) = %d to a relative 1e-6', (z, p) => expect(Math.abs(normalCdf(z) - p) / p).toBeLessThan(1e-6));

  it('is 0 and 1 at the infinities and NaN at NaN', () => {
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(normalCdf(Number.NaN)).toBeNaN();
  });

  it.each([
    [0.5, 0],
    [0.975, 1.959963984540054],
    [0.01, -2.3263478740408408],
    [0.999, 3.090232306167813],
    [1e-6, -4.753424308822899],
  ])('Φ⁻¹(%d) = %d', (p, z) => expect(normalQuantile(p)).toBeCloseTo(z, 7));

  it('is infinite at 0 and 1', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
  });
});
