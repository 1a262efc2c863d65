/**
 * The strftime directives we read and write, with Python's meaning in the C
 * locale (English names, 24-hour %X), so SDV / SDMetrics metadata works as
 * written. Values are those of a WallClock (wall-clock.ts).
 */
import type { ClockField } from './wall-clock.ts';

export type Directive =
  /**
   * Digits. `width` is the padded width, also the most digits read. `exact`:
   * the padded form must have all `width` digits (Python's %Y and %y).
   * `fraction`: the leading digits of the microseconds, as %f is.
   */
  | {
      readonly kind: 'number';
      readonly field: ClockField;
      readonly width: number;
      readonly pad: '0' | ' ';
      readonly exact?: boolean;
      readonly fraction?: boolean;
    }
  /** One of `names`, read case-insensitively; names[i] stands for value `first + i`. */
  | { readonly kind: 'name'; readonly field: ClockField; readonly names: readonly string[]; readonly first: number }
  /** A UTC offset: read as ±HHMM[SS], ±HH:MM[:SS] or Z, written +0000 (or +00:00 with `colon`). */
  | { readonly kind: 'offset'; readonly colon: boolean }
  /** A time zone name: only UTC and GMT are read (we hold UTC times); UTC is written. */
  | { readonly kind: 'zone' };

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const short = (names: readonly string[]) => names.map((n) => n.slice(0, 3));

export const DIRECTIVES: Readonly<Record<string, Directive>> = {
  Y: { kind: 'number', field: 'year', width: 4, pad: '0', exact: true },
  y: { kind: 'number', field: 'year2', width: 2, pad: '0', exact: true },
  m: { kind: 'number', field: 'month', width: 2, pad: '0' },
  d: { kind: 'number', field: 'day', width: 2, pad: '0' },
  e: { kind: 'number', field: 'day', width: 2, pad: ' ' },
  j: { kind: 'number', field: 'yday', width: 3, pad: '0' },
  H: { kind: 'number', field: 'hour', width: 2, pad: '0' },
  k: { kind: 'number', field: 'hour', width: 2, pad: ' ' },
  I: { kind: 'number', field: 'hour12', width: 2, pad: '0' },
  l: { kind: 'number', field: 'hour12', width: 2, pad: ' ' },
  M: { kind: 'number', field: 'minute', width: 2, pad: '0' },
  S: { kind: 'number', field: 'second', width: 2, pad: '0' },
  f: { kind: 'number', field: 'micro', width: 6, pad: '0', fraction: true },
  // Not Python: chrono's %3f, milliseconds, for data written by JavaScript's toISOString.
  '3f': { kind: 'number', field: 'micro', width: 3, pad: '0', fraction: true },
  w: { kind: 'number', field: 'weekday', width: 1, pad: '0' },
  u: { kind: 'number', field: 'isoWeekday', width: 1, pad: '0' },
  b: { kind: 'name', field: 'month', names: short(MONTH_NAMES), first: 1 },
  h: { kind: 'name', field: 'month', names: short(MONTH_NAMES), first: 1 },
  B: { kind: 'name', field: 'month', names: MONTH_NAMES, first: 1 },
  a: { kind: 'name', field: 'weekday', names: short(WEEKDAY_NAMES), first: 0 },
  A: { kind: 'name', field: 'weekday', names: WEEKDAY_NAMES, first: 0 },
  p: { kind: 'name', field: 'pm', names: ['AM', 'PM'], first: 0 },
  // glibc's lower-case %P, so "3:45 pm" can be written back as it came.
  P: { kind: 'name', field: 'pm', names: ['am', 'pm'], first: 0 },
  z: { kind: 'offset', colon: false },
  ':z': { kind: 'offset', colon: true },
  Z: { kind: 'zone' },
};

/** Directives that stand for a whole format in the C locale (Python's %c %x %X; glibc's %D %F %T %R %r). */
export const MACROS: Readonly<Record<string, string>> = {
  c: '%a %b %e %H:%M:%S %Y',
  x: '%m/%d/%y',
  X: '%H:%M:%S',
  D: '%m/%d/%y',
  F: '%Y-%m-%d',
  T: '%H:%M:%S',
  R: '%H:%M',
  r: '%I:%M:%S %p',
  n: '\n',
  t: '\t',
};

/** Real strftime directives we cannot turn back into a date, with what they mean. */
export const UNREADABLE: Readonly<Record<string, string>> = {
  U: 'week of the year',
  W: 'week of the year',
  V: 'ISO week',
  G: 'ISO year',
  g: 'ISO year',
  C: 'century',
  s: 'seconds since 1970',
};
