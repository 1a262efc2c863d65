import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from '../../../src/stats/dependence/normal-distribution.ts';

// Reference values of the standard normal (scipy.stats.norm.cdf / ppf).
describe('normal distribution', () => {
  it.each([
    [0, 0.5],
    [1, 0.8413447460685429],
    [-1.959963984540054, 0.025],
    [2.5, 0.9937903346742238],
    [-3.5, 0.00023262907903552502],
  ])('Φ(%d) = %d', (z, p) => expect(normalCdf(z)).toBeCloseTo(p, 7));

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
