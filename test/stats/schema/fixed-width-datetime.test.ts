import { describe, expect, it } from 'vitest';
import { fixedWidthReader } from '../../../src/stats/schema/fixed-width-datetime.ts';
import { readDatetime } from '../../../src/stats/schema/parse-datetime.ts';
import { formatDatetime } from '../../../src/stats/schema/format-datetime.ts';
import { createRng } from '../../../src/synth/rng.ts';

const ISO = '%Y-%m-%dT%H:%M:%S';

describe('fixedWidthReader', () => {
  it('reads ISO dates and times to the instants Date.UTC gives', () => {
    const read = fixedWidthReader(ISO) as (text: string) => number;
    expect(read('2024-02-29T23:59:59')).toBe(Date.UTC(2024, 1, 29, 23, 59, 59));
    expect(read('1969-12-31T00:00:01')).toBe(Date.UTC(1969, 11, 31, 0, 0, 1));
    expect(read('2000-01-01T00:00:00')).toBe(Date.UTC(2000, 0, 1));
    expect(fixedWidthReader('%Y-%m-%dT%H:%M:%S.%3fZ')?.('2021-06-30T12:34:56.789Z')).toBe(Date.parse('2021-06-30T12:34:56.789Z'));
    expect(fixedWidthReader('%d/%m/%Y')?.('25/03/2020')).toBe(Date.UTC(2020, 2, 25));
    expect(fixedWidthReader('%m/%d/%Y %H:%M')?.('03/25/2020 07:05')).toBe(Date.UTC(2020, 2, 25, 7, 5));
  });

  it('answers NaN for a value that is not a real date in the format', () => {
    const read = fixedWidthReader(ISO) as (text: string) => number;
    for (const text of [
      '2023-02-29T00:00:00', // not a leap year
      '1900-02-29T00:00:00', // not a leap year either (divisible by 100)
      '2024-04-31T00:00:00',
      '2024-13-01T00:00:00',
      '2024-00-10T00:00:00',
      '2024-01-00T00:00:00',
      '2024-01-01T24:00:00',
      '2024-01-01T23:60:00',
      '2024-01-01T23:00:60',
      '2024-01-01 23:00:00', // a space where the format has T
      '2024-1-01T23:00:00', // unpadded: the general reader's to judge
      '2024-01-01T23:00:00Z',
      '2024-0a-01T23:00:00',
      '+024-01-01T23:00:00',
      '',
    ]) {
      expect(read(text), text).toBeNaN();
    }
    expect(fixedWidthReader('%Y-%m-%d')?.('2000-02-29')).toBe(Date.UTC(2000, 1, 29));
  });

  it('is offered only for zero-padded numeric formats with a year, month and day', () => {
    for (const format of [
      '%b %d %Y',
      '%-d/%-m/%Y',
      '%Y-%m-%d %H:%M:%S.%f',
      '%y-%m-%d',
      '%Y %j',
      '%m/%d',
      '%Y-%m-%d %I:%M %p',
      '%Y-%m-%dT%H:%M:%S%z',
      '%e/%m/%Y',
    ])
      expect(fixedWidthReader(format), format).toBeNull();
  });

  it('takes a value only when the general reader takes it to the same instant, and then writes it back as it was', () => {
    const rng = createRng(11);
    const formats = ['%Y-%m-%d', ISO, '%Y-%m-%d %H:%M:%S', '%Y-%m-%dT%H:%M:%S.%3fZ', '%d/%m/%Y', '%m/%d/%Y %H:%M', '%d.%m.%Y', '%Y/%m/%dT%H:%MZ'];
    const alphabet = '0123456789-/:.TZ ';
    let taken = 0;
    for (const format of formats) {
      const read = fixedWidthReader(format) as (text: string) => number;
      expect(read, format).not.toBeNull();
      for (let i = 0; i < 3000; i++) {
        // A real instant in years 0–9999 written in the format, then perhaps one character changed.
        const ms = Date.UTC(0, 0, 1) + Math.floor(rng.next() * (Date.UTC(9999, 11, 31) - Date.UTC(0, 0, 1)));
        let text = formatDatetime(format.includes('%3f') ? ms : ms - (ms % 1000), format);
        if (rng.next() < 0.7) {
          const at = Math.floor(rng.next() * text.length);
          text = text.slice(0, at) + alphabet[Math.floor(rng.next() * alphabet.length)] + text.slice(at + 1);
        }
        const fast = read(text);
        if (Number.isNaN(fast)) continue;
        taken++;
        const general = readDatetime(text, format);
        expect('ms' in general ? general.ms : general.problem, `${format} ${text}`).toBe(fast);
        expect(formatDatetime(fast, format)).toBe(text);
      }
    }
    expect(taken).toBeGreaterThan(8000);
  });
});
