import { compileDatetimeFormat } from './datetime-pattern.ts';

/** Most digits each field may take when read. */
const MAX_DIGITS = { Y: 4, m: 2, d: 2, H: 2, M: 2, S: 2, f: 6 } as const;

/**
 * Milliseconds since 1970-01-01 of `text` read with a strftime-style `format`
 * (datetime-pattern.ts), naive times taken as UTC; NaN when the text does not
 * match exactly or names an impossible date (Feb 30, hour 24).
 */
export function parseDatetime(text: string, format: string): number {
  const compiled = compileDatetimeFormat(format);
  if (!('parts' in compiled)) return NaN;
  const got = { Y: 1970, m: 1, d: 1, H: 0, M: 0, S: 0, f: 0 };
  let p = 0;
  for (const part of compiled.parts) {
    if (part.kind === 'literal') {
      if (!text.startsWith(part.text, p)) return NaN;
      p += part.text.length;
      continue;
    }
    const max = MAX_DIGITS[part.field];
    const start = p;
    let value = 0;
    while (p - start < max && p < text.length) {
      const c = text.charCodeAt(p) - 48;
      if (c < 0 || c > 9) break;
      value = value * 10 + c;
      p++;
    }
    const digits = p - start;
    if (digits === 0 || (part.field === 'Y' && digits !== 4)) return NaN;
    got[part.field] = part.field === 'f' ? Math.floor((value * 1000) / 10 ** digits) : value;
  }
  if (p !== text.length) return NaN;
  if (got.m < 1 || got.m > 12 || got.d < 1 || got.H > 23 || got.M > 59 || got.S > 59) return NaN;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(got.Y, got.m - 1, got.d);
  date.setUTCHours(got.H, got.M, got.S, got.f);
  return date.getUTCDate() === got.d ? date.getTime() : NaN;
}
