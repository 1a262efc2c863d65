import { formatDatetime } from './format-datetime.ts';
import { parseDatetime } from './parse-datetime.ts';
import { fixedWidthReader } from './fixed-width-datetime.ts';
import { INFERENCE_THRESHOLDS } from './inference-thresholds.ts';

// Month-first before day-first: when no value has a first number above 12 both
// fit, and we read it the US way; one value like 25/03/2020 rules month-first out.
// Dates with English month names cannot be mistaken for numbers, so they are safe to guess.
const NUMERIC_DATES = ['%Y-%m-%d', '%Y/%m/%d', '%m/%d/%Y', '%d/%m/%Y', '%-m/%-d/%Y', '%-d/%-m/%Y', '%d.%m.%Y'];
const NAMED_DATES = ['%b %d %Y', '%b %-d %Y', '%d %b %Y', '%-d %b %Y', '%b %d, %Y', '%b %-d, %Y', '%B %d, %Y', '%B %-d, %Y', '%d-%b-%Y'];
const DATES = [...NUMERIC_DATES, ...NAMED_DATES];
// Milliseconds (%3f, as JavaScript writes them) before Python's six-digit %f.
const FRACTIONS = ['.%3f', '.%f'];
const TIMES = [
  '',
  ' %H:%M:%S',
  'T%H:%M:%S',
  'T%H:%M:%SZ',
  ...FRACTIONS.flatMap((f) => [` %H:%M:%S${f}`, `T%H:%M:%S${f}`, `T%H:%M:%S${f}Z`]),
  ' %H:%M',
  'T%H:%M',
];
const CANDIDATES = DATES.flatMap((date) => TIMES.map((time) => date + time));

/**
 * The first candidate format under which every value parses and writes back
 * exactly as written (so synthetic dates look like the real ones), or null.
 * `%Y%m%d` is never guessed: 20120101 is more often a number; give it explicitly.
 * `values` are the distinct non-missing values.
 */
export function detectDatetimeFormat(values: readonly string[]): string | null {
  if (values.length === 0) return null;
  const sample = values.slice(0, INFERENCE_THRESHOLDS.datetimeSample);
  const fits = (list: readonly string[], format: string): boolean => {
    // A value the fixed-width reader takes writes back as it was (fixed-width-datetime.ts): no need to write it.
    const fast = fixedWidthReader(format);
    return list.every((text) => (fast !== null && !Number.isNaN(fast(text))) || formatDatetime(parseDatetime(text, format), format) === text);
  };
  for (const format of CANDIDATES) {
    if (fits(sample, format) && fits(values, format)) return format;
  }
  return null;
}
