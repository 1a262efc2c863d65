import { describe, expect, it } from 'vitest';
import { datetimeResolution } from '../../../src/stats/schema/datetime-resolution.ts';

describe('datetimeResolution', () => {
  it.each([
    ['%Y-%m-%d', 86_400_000],
    ['%b %d %Y (%a, day %j)', 86_400_000],
    ['%Y-%m-%d %p', 43_200_000],
    ['%Y-%m-%d %I %p', 3_600_000],
    ['%c', 1000],
    ['%F %R', 60_000],
    ['%Y-%m-%dT%H:%M:%S.%3fZ', 1],
    ['%Y-%m-%d %H:%M:%S.%f', 0.001],
    // A literal "%f" written as %%f is not a fraction.
    ['%Y-%m-%d 100%%f', 86_400_000],
  ])('%s: %d ms', (format, step) => {
    expect(datetimeResolution(format)).toBe(step);
  });

  it('refuses a format it cannot read', () => {
    expect(() => datetimeResolution('%Q')).toThrow('datetimeResolution: format "%Q" uses an unknown directive %Q; use Python strftime directives');
  });
});
