import { describe, expect, it } from 'vitest';
import { detectDatetimeFormat, formatDatetime, parseDatetime } from '../../../src/stats/schema/datetime-format.ts';

describe('detectDatetimeFormat', () => {
  it.each([
    [['2012-01-01', '2015-12-31'], '%Y-%m-%d'],
    [['2023-09-20 09:11:06', '2021-01-30 20:18:33'], '%Y-%m-%d %H:%M:%S'],
    [['2023-09-20T09:11:06', '2021-01-30T20:18:33'], '%Y-%m-%dT%H:%M:%S'],
    [['2023-09-20T09:11:06Z'], '%Y-%m-%dT%H:%M:%SZ'],
    // Milliseconds as JavaScript writes them are %3f; Python's six digits are %f.
    [['2023-09-20T09:11:06.250Z', '2023-09-20T09:11:06.001Z'], '%Y-%m-%dT%H:%M:%S.%3fZ'],
    [['2023-09-20 09:11:06.125'], '%Y-%m-%d %H:%M:%S.%3f'],
    [['2023-09-20 09:11:06.123456', '2023-09-20 09:11:06.000001'], '%Y-%m-%d %H:%M:%S.%f'],
    [['2023-09-20 09:11'], '%Y-%m-%d %H:%M'],
    [['2020/02/29'], '%Y/%m/%d'],
    [['01/02/2020', '12/11/2020'], '%m/%d/%Y'],
    [['01/02/2020', '25/11/2020'], '%d/%m/%Y'],
    [['12/25/2020', '01/02/2020'], '%m/%d/%Y'],
    [['1/2/2020', '12/25/2020'], '%-m/%-d/%Y'],
    [['25.12.2020', '01.02.2021'], '%d.%m.%Y'],
    // English month names: cannot be numbers, so safe to guess; padding and order as written.
    [['Jan 05 2020', 'Dec 31 1999'], '%b %d %Y'],
    [['Jan 5 2020', 'Dec 31 1999'], '%b %-d %Y'],
    [['05 Jan 2020'], '%d %b %Y'],
    [['5 Jan 2020', '31 Dec 1999'], '%-d %b %Y'],
    [['Jan 5, 2020'], '%b %-d, %Y'],
    [['January 5, 2020', 'May 17, 2021'], '%B %-d, %Y'],
    [['05-Jan-2020'], '%d-%b-%Y'],
    [['Jan 05 2020 13:45:00'], '%b %d %Y %H:%M:%S'],
    // Written otherwise than we would write them back: no guess.
    [['JAN 05 2020'], null],
    [['Jan 05 2020', 'Jan 5 2020'], null],
    [['Jan 2020'], null],
    [['20200101'], null],
    [['2020-01-01', 'soon'], null],
    [['2020-02-30'], null],
    [['2023-09-20 09:11:06.1234'], null],
    [['a', 'b'], null],
    [['1', '2'], null],
    [[], null],
  ])('%j → %s', (values, format) => {
    expect(detectDatetimeFormat(values)).toBe(format);
  });
});

describe('parseDatetime', () => {
  it.each([
    ['2012-01-02', '%Y-%m-%d', Date.UTC(2012, 0, 2)],
    ['2012-1-2', '%Y-%m-%d', Date.UTC(2012, 0, 2)],
    ['2024-02-29 23:59:59', '%Y-%m-%d %H:%M:%S', Date.UTC(2024, 1, 29, 23, 59, 59)],
    ['2024-02-29T01:02:03.5Z', '%Y-%m-%dT%H:%M:%S.%fZ', Date.UTC(2024, 1, 29, 1, 2, 3, 500)],
    ['2024-02-29 01:02:03.123', '%Y-%m-%d %H:%M:%S.%3f', Date.UTC(2024, 1, 29, 1, 2, 3, 123)],
    ['0050-06-01', '%Y-%m-%d', new Date('0050-06-01T00:00:00Z').getTime()],
    ['20200131', '%Y%m%d', Date.UTC(2020, 0, 31)],
    ['100%', '%Y%%', NaN],
    ['2023-02-29', '%Y-%m-%d', NaN],
    ['2023-13-01', '%Y-%m-%d', NaN],
    ['2023-01-01 24:00:00', '%Y-%m-%d %H:%M:%S', NaN],
    ['2023-01-01 ', '%Y-%m-%d', NaN],
    ['23-01-01', '%Y-%m-%d', NaN],
    ['Jan 1 2020', '%b %d %Y', Date.UTC(2020, 0, 1)],
  ])('%s with %s', (text, format, ms) => {
    expect(parseDatetime(text, format)).toBe(ms);
  });
});

describe('formatDatetime', () => {
  it.each([
    [Date.UTC(2012, 0, 2, 3, 4, 5, 60), '%Y-%m-%dT%H:%M:%S.%3fZ', '2012-01-02T03:04:05.060Z'],
    [Date.UTC(2012, 0, 2, 3, 4, 5, 60), '%Y-%m-%dT%H:%M:%S.%fZ', '2012-01-02T03:04:05.060000Z'],
    [Date.UTC(2012, 0, 2), '%-m/%-d/%Y', '1/2/2012'],
    [Date.UTC(2012, 0, 2), '%d.%m.%Y 100%%', '02.01.2012 100%'],
    [NaN, '%Y-%m-%d', ''],
  ])('%s as %s', (ms, format, text) => {
    expect(formatDatetime(ms, format)).toBe(text);
  });

  it('round-trips every value of a detected column', () => {
    const values = Array.from({ length: 400 }, (_, i) => new Date(Date.UTC(1999, 11, 1) + i * 86_400_000 * 3.7).toISOString().slice(0, 19).replace('T', ' '));
    const format = detectDatetimeFormat(values);
    expect(format).toBe('%Y-%m-%d %H:%M:%S');
    for (const v of values) expect(formatDatetime(parseDatetime(v, format as string), format as string)).toBe(v);
  });

  it('writes every directive as Python 3.11 strftime does for a UTC datetime', () => {
    // datetime(2024, 12, 31, 13, 5, 9, 7123, tzinfo=timezone.utc).strftime(<the same format>), '|' between directives.
    const python =
      'Tue|Tuesday|Dec|December|Tue Dec 31 13:05:09 2024|31|007123|13|01|366|12|05|PM|09|2|2|12/31/24|13:05:09|24|2024|%|31|366|1|31|13| 1|pm|2024-12-31|13:05:09|12/31/24|13:05|01:05:09 PM|Dec|+0000|UTC';
    const format = '%a|%A|%b|%B|%c|%d|%f|%H|%I|%j|%m|%M|%p|%S|%u|%w|%x|%X|%y|%Y|%%|%-d|%-j|%-I|%e|%k|%l|%P|%F|%T|%D|%R|%r|%h|%z|%Z';
    expect(formatDatetime(Date.UTC(2024, 11, 31, 13, 5, 9, 7) + 0.123, format)).toBe(python);
  });

  it('refuses an unknown directive', () => {
    expect(() => formatDatetime(0, '%Q')).toThrow('formatDatetime: format "%Q" uses an unknown directive %Q; use Python strftime directives');
  });
});
