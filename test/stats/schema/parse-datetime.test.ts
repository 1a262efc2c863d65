import { describe, expect, it } from 'vitest';
import { formatDatetime, parseDatetime, readDatetime } from '../../../src/stats/schema/datetime-format.ts';

// Expected instants are microseconds since 1970 from CPython 3.11:
// (datetime.strptime(text, format).replace(tzinfo=utc) - epoch) // timedelta(microseconds=1),
// converted to UTC first when the format has %z. Compared in µs because %f keeps microseconds.
const micros = (ms: number) => Math.round(ms * 1000);

describe('parseDatetime and formatDatetime round-trip every directive', () => {
  it.each([
    ['%Y-%m-%d %H:%M:%S', '2024-02-29 23:59:59', 1709251199000000],
    // %y: Python's pivot, 69–99 → 19xx, 00–68 → 20xx.
    ['%y-%m-%d', '69-07-20', -14256000000000],
    ['%y-%m-%d', '68-01-01', 3092601600000000],
    ['%y-%m-%d', '00-01-01', 946684800000000],
    ['%y-%m-%d', '99-12-31', 946598400000000],
    ['%b %d %Y', 'Jan 05 2020', 1578182400000000],
    ['%b %d %Y', 'Feb 29 2024', 1709164800000000],
    ['%B %d, %Y', 'September 09, 2021', 1631145600000000],
    ['%a %d %b %Y', 'Tue 02 Jan 2024', 1704153600000000],
    ['%A, %B %-d, %Y', 'Thursday, February 29, 2024', 1709164800000000],
    // 12 AM is midnight, 12 PM noon.
    ['%Y-%m-%d %I:%M %p', '2024-03-10 12:00 AM', 1710028800000000],
    ['%Y-%m-%d %I:%M %p', '2024-03-10 12:59 AM', 1710032340000000],
    ['%Y-%m-%d %I:%M %p', '2024-03-10 12:00 PM', 1710072000000000],
    ['%Y-%m-%d %I:%M %p', '2024-03-10 01:00 PM', 1710075600000000],
    ['%Y-%m-%d %I:%M %p', '2024-03-10 11:59 PM', 1710115140000000],
    ['%Y-%m-%d %I:%M:%S %p', '2024-03-10 11:05:09 PM', 1710111909000000],
    ['%Y-%m-%d %-I:%M %P', '2024-03-10 9:05 pm', 1710104700000000],
    ['%Y-%m-%d %l:%M %p', '2024-03-10  9:05 PM', 1710104700000000],
    ['%Y-%m-%d %k:%M', '2024-03-10  9:05', 1710061500000000],
    ['%Y-%m-%d %r', '2024-03-10 11:05:09 PM', 1710111909000000],
    // %j: day 60 of a leap year is Feb 29; 366 exists only in leap years.
    ['%Y %j', '2024 060', 1709164800000000],
    ['%Y %j', '2024 366', 1735603200000000],
    ['%Y %j', '2023 365', 1703980800000000],
    ['%Y %j', '2023 001', 1672531200000000],
    ['%Y day %-j', '2024 day 60', 1709164800000000],
    // %f: six digits, microseconds kept (also before 1970, and at the edges of the exact range).
    ['%Y-%m-%d %H:%M:%S.%f', '2024-02-29 01:02:03.123456', 1709168523123456],
    ['%Y-%m-%d %H:%M:%S.%f', '1969-12-31 23:59:59.999999', -1],
    ['%Y-%m-%d %H:%M:%S.%f', '2247-12-31 23:59:59.999999', 8772796799999999],
    ['%Y-%m-%d %H:%M:%S.%f', '1692-01-01 00:00:00.000001', -8772796799999999],
    ['%Y-%m-%dT%H:%M:%S.%3fZ', '2023-09-20T09:11:06.250Z', 1695201066250000],
    ['%Y-%m-%d %H:%M:%S%z', '2024-01-02 03:04:05+0000', 1704164645000000],
    ['%Y-%m-%dT%H:%M:%S%:z', '2024-01-02T03:04:05+00:00', 1704164645000000],
    ['%d/%m/%Y %H:%M %Z', '31/12/1999 23:59 UTC', 946684740000000],
    ['100%% on %Y-%m-%d', '100% on 2020-01-31', 1580428800000000],
    ['%-d/%-m/%Y %-H:%M', '5/1/2020 7:05', 1578207900000000],
    ['%e %b %Y', ' 5 Jan 2020', 1578182400000000],
    ['%e %b %Y', '15 Jan 2020', 1579046400000000],
    ['%c', 'Thu Jan  1 00:00:00 1970', 0],
    ['%c', 'Sat Feb 29 13:05:09 2020', 1582981509000000],
    ['%x %X', '12/31/99 23:59:59', 946684799000000],
    ['%F %T', '1999-12-31 23:59:59', 946684799000000],
    ['%D %R', '12/31/99 23:59', 946684740000000],
    ['%h %d %Y', 'Jan 05 2020', 1578182400000000],
    ['%Y-%m-%d (%a, %u, %w)', '2024-03-10 (Sun, 7, 0)', 1710028800000000],
    ['%Y-%m-%d', '0050-06-01', -60576249600000000],
  ])('%s: %s', (format, text, us) => {
    const ms = parseDatetime(text, format);
    expect(micros(ms)).toBe(us);
    expect(formatDatetime(ms, format)).toBe(text);
  });
});

describe('parseDatetime reads what strptime reads and writes it the one way', () => {
  it.each([
    ['%b %d %Y', 'jan 5 2020', 1578182400000000, 'Jan 05 2020'],
    ['%B %d %Y', 'JANUARY 5 2020', 1578182400000000, 'January 05 2020'],
    // Any run of white space matches one space in the format.
    ['%b %d %Y', 'Jan  5   2020', 1578182400000000, 'Jan 05 2020'],
    ['%Y-%m-%d %I:%M %p', '2024-03-10 9:05 pm', 1710104700000000, '2024-03-10 09:05 PM'],
    // %I without %p is AM.
    ['%Y-%m-%d %I:%M', '2024-03-10 12:30', 1710030600000000, '2024-03-10 12:30'],
    ['%Y-%m-%d %H:%M:%S.%f', '2024-03-10 00:00:00.5', 1710028800500000, '2024-03-10 00:00:00.500000'],
    // %z offsets become UTC, which is what we write.
    ['%Y-%m-%d %H:%M:%S%z', '2024-01-02 03:04:05+0230', 1704155645000000, '2024-01-02 00:34:05+0000'],
    ['%Y-%m-%d %H:%M:%S%z', '2024-01-02 03:04:05-05:00', 1704182645000000, '2024-01-02 08:04:05+0000'],
    ['%Y-%m-%d %H:%M:%S%z', '2024-01-02 03:04:05Z', 1704164645000000, '2024-01-02 03:04:05+0000'],
    ['%Y-%m-%d %H:%M:%S%z', '2024-01-02 03:04:05+023015', 1704155630000000, '2024-01-02 00:33:50+0000'],
    ['%d/%m/%Y %H:%M %Z', '31/12/1999 23:59 gmt', 946684740000000, '31/12/1999 23:59 UTC'],
    ['%Y-%m-%d', '2012-1-2', 1325462400000000, '2012-01-02'],
    // No year: 1900, as in strptime, and then the weekday is not checked (strptime ignores it).
    ['%a %b %d', 'Mon Jan 02', -2208902400000000, 'Tue Jan 02'],
  ])('%s: %s', (format, text, us, written) => {
    const ms = parseDatetime(text, format);
    expect(micros(ms)).toBe(us);
    expect(formatDatetime(ms, format)).toBe(written);
  });
});

describe('readDatetime refuses', () => {
  it.each([
    // Shape mismatches: no reason beyond "does not match".
    ['%b %d %Y', 'Foo 05 2020', null],
    ['%b %d %Y', 'Janu 05 2020', null],
    ['%B %d %Y', 'Jan 05 2020', null],
    ['%Y-%m-%d', '24-01-02', null],
    ['%y', '2024', null],
    ['%Y-%m-%d', '2023-01-01 ', null],
    ['%Y-%m-%d %z', '2024-01-02 +2400', null],
    ['%Y-%m-%d %z', '2024-01-02 +05', null],
    ['%Y-%m-%d %Z', '2024-01-02 CET', null],
    ['%Y-%m-%d %p', '2024-01-02 XM', null],
    ['%Y%%', '100%', null],
    // A real shape naming no real date or time.
    ['%b %d %Y', 'Jan 32 2020', 'there is no such date or time'],
    ['%b %d %Y', 'Feb 29 2023', 'there is no such date or time'],
    ['%Y-%m-%d %H:%M:%S', '2023-01-01 24:00:00', 'there is no such date or time'],
    ['%Y-%m-%d', '2023-13-01', 'there is no such date or time'],
    ['%I:%M %p', '13:00 PM', 'there is no such date or time'],
    ['%I:%M %p', '00:30 AM', 'there is no such date or time'],
    ['%Y %j', '2023 366', 'there is no such date or time'],
    ['%Y %j', '2024 000', 'there is no such date or time'],
    // Fields that disagree: strptime would ignore one of them, and we would write it otherwise.
    ['%a %b %d %Y', 'Mon Jan 02 2024', '2024-01-02 is a Tuesday'],
    ['%A %Y-%m-%d', 'Monday 2024-01-02', '2024-01-02 is a Tuesday'],
    ['%Y-%m-%d %u', '2024-01-02 1', '2024-01-02 is a Tuesday'],
    ['%y-%m-%d %w', '24-01-02 1', '2024-01-02 is a Tuesday'],
    ['%H:%M %p', '13:30 AM', 'the AM/PM does not fit 13:30'],
    ['%H:%M %I', '13:30 03', 'the 12-hour clock hour does not fit 13:30'],
    ['%Y-%m-%d %j', '2024-02-03 033', 'the day of the year does not fit 2024-02-03'],
    ['%y %Y', '24 2023', 'the two-digit year does not fit 2023-01-01'],
    ['%d %d', '01 02', 'it gives one field twice, with different values'],
  ])('%s: %j', (format, text, problem) => {
    expect(readDatetime(text, format)).toEqual({ problem });
    expect(parseDatetime(text, format)).toBeNaN();
  });
});

describe('parse(format(x)) is x on the grid the format writes', () => {
  const HOUR_US = 3_600_000_000;
  // Every 37 h 13 min 17.123457 s: all hours, weekdays and days of the year come up.
  const STEP_US = 37 * HOUR_US + 13 * 60_000_000 + 17_123_457;
  // Whole microseconds, a multiple of the format's unit, then to ms: x is the float nearest the instant.
  const instants = (fromMs: number, toMs: number, unitUs: number) => {
    const out: number[] = [];
    for (let t = fromMs * 1000; t < toMs * 1000; t += STEP_US) out.push((Math.floor(t / unitUs) * unitUs) / 1000);
    return out;
  };
  const CENTURIES = [Date.UTC(1900, 0, 1), Date.UTC(2100, 0, 1)] as const;
  it.each([
    ['%a %b %d %Y', 24 * HOUR_US, CENTURIES],
    ['%A, %B %-d, %Y (day %j, %u)', 24 * HOUR_US, CENTURIES],
    ['%x %I:%M:%S %p', 1_000_000, [Date.UTC(1969, 0, 1), Date.UTC(2069, 0, 1)]],
    ['%c', 1_000_000, CENTURIES],
    ['%Y-%m-%dT%H:%M:%S.%f%z', 1, CENTURIES],
    ['%Y-%m-%dT%H:%M:%S.%3fZ', 1000, CENTURIES],
    ['%d-%b-%Y %l%P %Z', HOUR_US, CENTURIES],
  ] as const)('%s', (format, unitUs, [from, to]) => {
    const values = instants(from, to, unitUs);
    expect(values.length).toBeGreaterThan(20_000);
    const wrong = values.filter((x) => micros(parseDatetime(formatDatetime(x, format), format)) !== micros(x));
    expect(wrong.map((x) => formatDatetime(x, format)).slice(0, 3)).toEqual([]);
  });
});
