import type { Directive } from './datetime-directives.ts';
import type { DatetimePart } from './datetime-pattern.ts';
import type { ClockField } from './wall-clock.ts';

/** What the text says of each field, before anyone checks that the fields make a date. */
export interface DatetimeFields {
  /** undefined: the format does not give the field. */
  readonly claims: Readonly<Record<ClockField, number | undefined>>;
  /** The UTC offset %z read, in ms (local = UTC + offset). */
  readonly offsetMs: number;
  /** One field was given twice with different values ("%d … %d"). */
  readonly clash: boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Fields = Mutable<DatetimeFields> & { claims: Record<ClockField, number | undefined> };

/**
 * Reads `text` part by part as Python's strptime does: numbers take one digit
 * up to their width (%Y and %y exactly their width), names any case, and a run
 * of white space in the format matches any run of white space. Null when the
 * text does not have the format's shape.
 */
export function readDatetimeFields(text: string, parts: readonly DatetimePart[]): DatetimeFields | null {
  // Every key from the start: one object shape keeps the lookups fast.
  const claims: Record<ClockField, number | undefined> = {
    year: undefined,
    year2: undefined,
    month: undefined,
    day: undefined,
    yday: undefined,
    hour: undefined,
    hour12: undefined,
    pm: undefined,
    minute: undefined,
    second: undefined,
    micro: undefined,
    weekday: undefined,
    isoWeekday: undefined,
  };
  const fields: Fields = { claims, offsetMs: 0, clash: false };
  let p = 0;
  for (const part of parts) {
    p = part.kind === 'literal' ? matchLiteral(text, p, part.text) : readDirective(text, p, part.directive, part.padded, fields);
    if (p < 0) return null;
  }
  return p === text.length ? fields : null;
}

/** Records what a directive read; the end of the text it read. */
function claim(fields: Fields, field: ClockField, value: number, end: number): number {
  const before = fields.claims[field];
  if (before !== undefined && before !== value) fields.clash = true;
  fields.claims[field] = value;
  return end;
}

/** White space as Python's \s (strptime's pattern for a space); ASCII first, as that is nearly all of it. */
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c > 127 && /\s/.test(text[i]);
}

function digitAt(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** End of `literal` matched at `p`, or -1. */
function matchLiteral(text: string, p: number, literal: string): number {
  for (let i = 0; i < literal.length; i++) {
    if (isSpace(literal, i)) {
      if (!isSpace(text, p)) return -1;
      while (isSpace(text, p)) p++;
      while (isSpace(literal, i + 1)) i++;
    } else if (text.charCodeAt(p) === literal.charCodeAt(i)) {
      p++;
    } else {
      return -1;
    }
  }
  return p;
}

/** The end of what the directive read at `p`, recorded in `fields`; -1 when it is not there. */
function readDirective(text: string, p: number, directive: Directive, padded: boolean, fields: Fields): number {
  switch (directive.kind) {
    case 'number':
      return readNumber(text, p, directive, padded, fields);
    case 'name': {
      // The longest name that fits, should one name ever start another.
      let best = -1;
      directive.names.forEach((name, i) => {
        if ((best < 0 || name.length > directive.names[best].length) && startsWithName(text, p, name)) best = i;
      });
      return best < 0 ? -1 : claim(fields, directive.field, directive.first + best, p + directive.names[best].length);
    }
    case 'offset':
      return readOffset(text, p, fields);
    case 'zone':
      return /^(utc|gmt)$/i.test(text.slice(p, p + 3)) ? p + 3 : -1;
  }
}

/** Names are ASCII letters; `| 32` lower-cases a letter and makes nothing else one. */
function startsWithName(text: string, p: number, name: string): boolean {
  if (p + name.length > text.length) return false;
  for (let k = 0; k < name.length; k++) if ((text.charCodeAt(p + k) | 32) !== (name.charCodeAt(k) | 32)) return false;
  return true;
}

function readNumber(text: string, p: number, directive: Directive & { kind: 'number' }, padded: boolean, fields: Fields): number {
  let width = directive.width;
  // %e writes day 5 as " 5": the space stands for the first digit.
  if (padded && directive.pad === ' ' && text.charCodeAt(p) === 32) {
    p++;
    width--;
  }
  let value = 0;
  let digits = 0;
  for (let d = digitAt(text, p); digits < width && d >= 0; d = digitAt(text, p + ++digits)) value = value * 10 + d;
  if (digits === 0 || (padded && directive.exact && digits !== width)) return -1;
  // A fraction's digits are its leading ones: ".5" is 500000 µs.
  if (directive.fraction) value *= 10 ** (6 - digits);
  return claim(fields, directive.field, value, p + digits);
}

/** Z, ±HHMM[SS] or ±HH:MM[:SS], as Python 3.7+ reads %z; hours up to 23. */
function readOffset(text: string, p: number, fields: Fields): number {
  if (text[p] === 'Z') {
    fields.offsetMs = 0;
    return p + 1;
  }
  const m = /^([+-])(\d\d)(:?)([0-5]\d)(?:\3([0-5]\d))?/.exec(text.slice(p));
  if (m === null || Number(m[2]) > 23) return -1;
  const seconds = Number(m[2]) * 3600 + Number(m[4]) * 60 + Number(m[5] ?? 0);
  fields.offsetMs = (m[1] === '-' ? -1 : 1) * seconds * 1000;
  return p + m[0].length;
}
