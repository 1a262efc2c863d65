import { compileDatetimeFormat } from './datetime-pattern.ts';
import { utcMs } from './wall-clock.ts';

/** Reads a text in one fixed-width format to milliseconds since 1970 (UTC); NaN when it is not one in every detail. */
export type FixedWidthReader = (text: string) => number;

/**
 * What each character of a fixed-width format is: a literal (LITERAL, with the
 * char code it must have) or a digit of one field (its index in FIELDS).
 */
interface Layout {
  readonly role: Int8Array;
  readonly literal: Int32Array;
}

const LITERAL = -1;
/** The fields read from zero-padded digits, in the order a reader keeps them, and how many digits each has. */
const FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'milli'] as const;
const WIDTH = [4, 2, 2, 2, 2, 2, 3];
/** The fields' values while a text is read (one reader runs at a time). */
const values = new Int32Array(FIELDS.length);

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
  const role: number[] = [];
  const literal: number[] = [];
  const seen = new Set<number>();
  for (const part of compiled.parts) {
    if (part.kind === 'literal') {
      for (let i = 0; i < part.text.length; i++) {
        role.push(LITERAL);
        literal.push(part.text.charCodeAt(i));
      }
      continue;
    }
    const { directive } = part;
    if (directive.kind !== 'number' || !part.padded || directive.pad !== '0') return null;
    // %3f is milliseconds; %f's six digits are left to the general reader.
    const name: string = directive.fraction ? (directive.width === 3 ? 'milli' : '') : directive.field;
    const field = (FIELDS as readonly string[]).indexOf(name);
    if (field < 0 || seen.has(field)) return null;
    seen.add(field);
    for (let i = 0; i < WIDTH[field]; i++) {
      role.push(field);
      literal.push(0);
    }
  }
  const has = (name: (typeof FIELDS)[number]) => seen.has(FIELDS.indexOf(name));
  if (!has('year') || !has('month') || !has('day')) return null;
  // A second without a minute, or a minute without an hour, is a format no one writes; leave it to the general reader.
  if ((has('second') && !has('minute')) || (has('minute') && !has('hour')) || (has('milli') && !has('second'))) return null;
  return { role: Int8Array.from(role), literal: Int32Array.from(literal) };
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function readFixed(text: string, layout: Layout): number {
  const { role, literal } = layout;
  if (text.length !== role.length) return NaN;
  for (let f = 0; f < values.length; f++) values[f] = 0;
  for (let i = 0; i < role.length; i++) {
    const c = text.charCodeAt(i);
    const field = role[i];
    if (field === LITERAL) {
      if (c !== literal[i]) return NaN;
    } else {
      if (c < 48 || c > 57) return NaN;
      values[field] = values[field] * 10 + c - 48;
    }
  }
  const year = values[0];
  const month = values[1];
  const day = values[2];
  const hour = values[3];
  const minute = values[4];
  const second = values[5];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return NaN;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > DAYS_IN_MONTH[month] + (leap ? 1 : 0)) return NaN;
  return utcMs(year, month, day, hour, minute, second) + values[6];
}
