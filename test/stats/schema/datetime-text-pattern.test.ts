import { describe, expect, it } from 'vitest';
import { compileDatetimeFormat, datetimeTextPattern, formatDatetime } from '../../../src/stats/schema/datetime-format.ts';

const textPattern = (format: string) => {
  const compiled = compileDatetimeFormat(format);
  if (!('parts' in compiled)) throw new Error(compiled.problem);
  return datetimeTextPattern(compiled.parts);
};

describe('datetimeTextPattern', () => {
  it.each([
    ['%Y-%m-%d', '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', 10],
    ['%b %-d, %Y (%a)', '^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{1,2}, [0-9]{4} \\((Sun|Mon|Tue|Wed|Thu|Fri|Sat)\\)$', 18],
    ['%B %e', '^(January|February|March|April|May|June|July|August|September|October|November|December) [ 0-9]{1}[0-9]$', 12],
    ['%I%p %P', '^[0-9]{2}(AM|PM) (am|pm)$', 7],
    ['%j.%f%z %:z %Z', '^[0-9]{3}\\.[0-9]{6}\\+0000 \\+00:00 UTC$', 26],
  ])('%s', (format, pattern, maxLength) => {
    expect(textPattern(format)).toEqual({ pattern, maxLength });
  });

  it.each(['%c', '%A, %B %-d, %Y %l:%M %p', '%x %X.%3f', '%Y-%m-%dT%H:%M:%S.%f%:z', '%e %b %Y %k:%M %Z'])(
    'matches what %s writes, and never more than maxLength',
    (format) => {
      const { pattern, maxLength } = textPattern(format);
      const re = new RegExp(pattern);
      for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2030, 0, 1); t += 86_400_000 * 3.3 + 0.137) {
        const text = formatDatetime(t, format);
        expect(re.test(text), text).toBe(true);
        expect(text.length).toBeLessThanOrEqual(maxLength);
      }
    },
  );
});
