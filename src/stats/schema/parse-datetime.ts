import { WEEKDAY_NAMES } from './datetime-directives.ts';
import { compileDatetimeFormat } from './datetime-pattern.ts';
import { readDatetimeFields } from './read-datetime-fields.ts';
import { fixedWidthReader } from './fixed-width-datetime.ts';
import { utcMs, wallClock, type ClockField, type WallClock } from './wall-clock.ts';

/**
 * The instant, or why there is none: `problem` is null when the text does not
 * have the format's shape, else it says what is wrong with the date it names
 * ("2024-01-02 is a Tuesday"), for the message that reports the value.
 */
export type DatetimeReading = { readonly ms: number } | { readonly problem: string | null };

/**
 * Milliseconds since 1970-01-01 of `text` read with a strftime `format`,
 * naive times taken as UTC and %z offsets turned into UTC; NaN when the text
 * does not match or names no real date (Feb 30, hour 24, 12-hour "13 PM").
 */
export function parseDatetime(text: string, format: string): number {
  // Most dates have every character in its place: read by position, and by the general reader only when that fails.
  const fast = fixedWidthReader(format)?.(text);
  if (fast !== undefined && !Number.isNaN(fast)) return fast;
  const reading = readDatetime(text, format);
  return 'ms' in reading ? reading.ms : NaN;
}

/**
 * As Python's strptime, with its defaults (a missing year is 1900, a missing
 * month or day 1, a missing hour 0; %I without %p is AM; %y 69–99 is 19xx,
 * 00–68 20xx). Unlike strptime, every field must agree with the date the
 * others make: a wrong weekday, %j or AM/PM is refused rather than ignored
 * (and day 366 of 2023 is not 2024-01-01), so a value is written back as it
 * was read.
 */
export function readDatetime(text: string, format: string): DatetimeReading {
  const compiled = compileDatetimeFormat(format);
  if (!('parts' in compiled)) return { problem: null };
  const fields = readDatetimeFields(text, compiled.parts);
  if (fields === null) return { problem: null };
  if (fields.clash) return { problem: 'it gives one field twice, with different values' };
  const c = fields.claims;
  const year = c.year ?? (c.year2 === undefined ? 1900 : c.year2 + (c.year2 <= 68 ? 2000 : 1900));
  const hour = c.hour ?? (c.hour12 === undefined ? 0 : (c.hour12 % 12) + 12 * (c.pm ?? 0));
  const byYday = c.yday !== undefined && c.month === undefined && c.day === undefined;
  const wall = byYday ? utcMs(year, 1, c.yday ?? 1, hour, c.minute, c.second) : utcMs(year, c.month ?? 1, c.day ?? 1, hour, c.minute, c.second);
  const clock = wallClock(wall);

  // The fields the date was built from: one that changed (day 30 became
  // March 2, hour 24 the next day) named no real date.
  const changed =
    (c.year !== undefined ? differs(c, clock, 'year') : differs(c, clock, 'year2')) ||
    (byYday ? differs(c, clock, 'yday') : differs(c, clock, 'month') || differs(c, clock, 'day')) ||
    (c.hour !== undefined ? differs(c, clock, 'hour') : differs(c, clock, 'hour12')) ||
    differs(c, clock, 'minute') ||
    differs(c, clock, 'second');
  if (changed) return { problem: 'there is no such date or time' };

  const hasYear = c.year !== undefined || c.year2 !== undefined;
  for (const [field, label, at] of CHECKED) {
    if (!differs(c, clock, field)) continue;
    if (field === 'weekday' || field === 'isoWeekday') {
      // Without a year the date is a guess (1900), so its weekday proves nothing; strptime ignores it too.
      if (!hasYear) continue;
      return { problem: `${isoDate(clock)} is a ${WEEKDAY_NAMES[clock.weekday]}` };
    }
    return { problem: `the ${label} does not fit ${at === 'date' ? isoDate(clock) : `${pad2(clock.hour)}:${pad2(clock.minute)}`}` };
  }
  return { ms: wall - fields.offsetMs + (c.micro ?? 0) / 1000 };
}

/** Fields that may also be given next to those the date is built from, and must then agree. */
const CHECKED: readonly (readonly [ClockField, string, 'date' | 'time'])[] = [
  ['year2', 'two-digit year', 'date'],
  ['yday', 'day of the year', 'date'],
  ['weekday', 'weekday', 'date'],
  ['isoWeekday', 'weekday', 'date'],
  ['hour12', '12-hour clock hour', 'time'],
  ['pm', 'AM/PM', 'time'],
];

function differs(claims: Readonly<Record<ClockField, number | undefined>>, clock: WallClock, field: ClockField): boolean {
  return claims[field] !== undefined && claims[field] !== clock[field];
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function isoDate(clock: WallClock): string {
  return `${String(clock.year).padStart(4, '0')}-${pad2(clock.month)}-${pad2(clock.day)}`;
}
