import { compileDatetimeFormat } from './datetime-pattern.ts';
import { daysFromCivil } from './wall-clock.ts';

/** Reads a text in one fixed-width format to milliseconds since 1970 (UTC); NaN when it is not one in every detail. */
export type FixedWidthReader = (text: string) => number;

/** Where each field's digits sit, for the fields a fixed-width format has (-1 for one it lacks). */
interface Layout {
  readonly length: number;
  /** Where each literal character must be, and its char code. */
  readonly literalAt: Int32Array;
  readonly literalCode: Int32Array;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly milli: number;
}

/** The fields read from zero-padded digits of a fixed width, and how many. */
const WIDTH: Readonly<Record<string, number>> = { year: 4, month: 2, day: 2, hour: 2, minute: 2, second: 2, milli: 3 };

const cache = new Map<string, FixedWidthReader | null>();

/**
 * A reader for the formats most dates come in — ISO dates and times, `%d/%m/%Y`, and
 * the like: zero-padded %Y %m %d %H %M %S and %3f between literal text, each field once,
 * %Y and %m and %d all there. Every character then has its place, so a value is read by
 * position and checked by range (a real day of its month, hour 0–23, minute and second
 * 0–59), and a value that reads writes back exactly as it was. It takes a value only when
 * parseDatetime would take it to the same instant, and answers NaN for anything else
 * (the caller then asks parseDatetime, which says why), so it is a shortcut, never a
 * second opinion: date columns with many distinct values (a timestamp to the second) are
 * read without the general reader's directive-by-directive walk. Null for any other format.
 */
export function fixedWidthReader(format: string): FixedWidthReader | null {
  let reader = cache.get(format);
  if (reader === undefined) {
    const layout = fixedLayout(format);
    reader = layout === null ? null : (text) => readFixed(text, layout);
    cache.set(format, reader);
  }
  return reader;
}

function fixedLayout(format: string): Layout | null {
  const compiled = compileDatetimeFormat(format);
  if (!('parts' in compiled)) return null;
  const at: Record<string, number> = { year: -1, month: -1, day: -1, hour: -1, minute: -1, second: -1, milli: -1 };
  const literals: [number, number][] = [];
  let length = 0;
  for (const part of compiled.parts) {
    if (part.kind === 'literal') {
      for (let i = 0; i < part.text.length; i++) literals.push([length + i, part.text.charCodeAt(i)]);
      length += part.text.length;
      continue;
    }
    const { directive } = part;
    if (directive.kind !== 'number' || !part.padded || directive.pad !== '0') return null;
    const field = directive.fraction ? (directive.width === 3 ? 'milli' : null) : directive.field;
    if (field === null || !Object.hasOwn(WIDTH, field) || at[field] !== -1) return null;
    at[field] = length;
    length += WIDTH[field];
  }
  if (at.year < 0 || at.month < 0 || at.day < 0) return null;
  // A second without a minute, or a minute without an hour, is a format no one writes; leave it to the general reader.
  if ((at.second >= 0 && at.minute < 0) || (at.minute >= 0 && at.hour < 0) || (at.milli >= 0 && at.second < 0)) return null;
  const literalAt = Int32Array.from(literals, ([i]) => i);
  const literalCode = Int32Array.from(literals, ([, code]) => code);
  return { length, literalAt, literalCode, year: at.year, month: at.month, day: at.day, hour: at.hour, minute: at.minute, second: at.second, milli: at.milli };
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function readFixed(text: string, layout: Layout): number {
  if (text.length !== layout.length) return NaN;
  const { literalAt, literalCode } = layout;
  for (let i = 0; i < literalAt.length; i++) if (text.charCodeAt(literalAt[i]) !== literalCode[i]) return NaN;
  const year = digits(text, layout.year, 4);
  const month = digits(text, layout.month, 2);
  const day = digits(text, layout.day, 2);
  const hour = layout.hour < 0 ? 0 : digits(text, layout.hour, 2);
  const minute = layout.minute < 0 ? 0 : digits(text, layout.minute, 2);
  const second = layout.second < 0 ? 0 : digits(text, layout.second, 2);
  const milli = layout.milli < 0 ? 0 : digits(text, layout.milli, 3);
  // digits() is -1 for a non-digit: every check below then fails, as NaN would not.
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || milli < 0) {
    return NaN;
  }
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > DAYS_IN_MONTH[month] + (leap ? 1 : 0)) return NaN;
  return daysFromCivil(year, month, day) * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + milli;
}

/** The number written by `width` ASCII digits from `at`, or -1 if any is not a digit. */
function digits(text: string, at: number, width: number): number {
  let value = 0;
  for (let i = at; i < at + width; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}
