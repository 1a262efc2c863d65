/**
 * The calendar fields of an instant held as milliseconds since 1970 (UTC),
 * each in the unit a strftime directive writes. Sub-millisecond digits live
 * in the fraction of the float: an epoch value near 2^42 ms has a spacing of
 * about 0.24 µs, so microseconds come back exactly for years 1691–2248
 * (|ms| < 2^43) and to within a few microseconds beyond.
 */
export interface WallClock {
  readonly year: number;
  /** year mod 100, as %y writes it. */
  readonly year2: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
  /** Day of the year, 1–366. */
  readonly yday: number;
  readonly hour: number;
  /** 1–12 */
  readonly hour12: number;
  /** 0 before noon, 1 from noon. */
  readonly pm: number;
  readonly minute: number;
  readonly second: number;
  /** 0–999999 */
  readonly micro: number;
  /** 0 = Sunday, as %w. */
  readonly weekday: number;
  /** 1 = Monday … 7 = Sunday, as %u. */
  readonly isoWeekday: number;
}

export type ClockField = keyof WallClock;

const DAY_MS = 86_400_000;

// Calendar arithmetic rather than Date objects: parsing checks each value by
// taking it apart again, and Date made that ten times slower. The proleptic
// Gregorian calendar, as Date and Python use; days_from_civil and
// civil_from_days from Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms".

export function wallClock(ms: number): WallClock {
  let whole = Math.floor(ms);
  let sub = Math.round((ms - whole) * 1000);
  if (sub === 1000) {
    whole += 1;
    sub = 0;
  }
  const days = Math.floor(whole / DAY_MS);
  let rest = whole - days * DAY_MS;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const { year, month, day } = civilFromDays(days);
  const weekday = (((days + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  return {
    year,
    year2: ((year % 100) + 100) % 100,
    month,
    day,
    yday: days - daysFromCivil(year, 1, 1) + 1,
    hour,
    hour12: hour % 12 || 12,
    pm: hour < 12 ? 0 : 1,
    minute,
    second,
    micro: (rest - second * 1000) * 1000 + sub,
    weekday,
    isoWeekday: weekday || 7,
  };
}

/**
 * Milliseconds of a wall-clock date and time. Out-of-range fields carry over
 * as they do in Date (month 13 is January next year, day 0 the last of the
 * month before), so a caller can see that the date changed.
 */
export function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const days = daysFromCivil(year + Math.floor((month - 1) / 12), ((((month - 1) % 12) + 12) % 12) + 1, 1) + day - 1;
  return days * DAY_MS + hour * 3_600_000 + minute * 60_000 + second * 1000;
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}
