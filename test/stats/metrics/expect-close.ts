import { expect } from 'vitest';

/** |actual - expected| <= tolerance, where NaN expects NaN. */
export function expectClose(actual: number, expected: number, tolerance = 1e-6, label = ''): void {
  if (Number.isNaN(expected)) {
    expect(actual, `${label}: expected NaN`).toBeNaN();
    return;
  }
  expect(Math.abs(actual - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}
